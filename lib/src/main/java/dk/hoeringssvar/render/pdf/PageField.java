package dk.hoeringssvar.render.pdf;

/** A number known only after pagination. */
enum PageField {
    PAGE_NUMBER,
    PAGE_COUNT;

    String resolve(int pageNumber, int pageCount) {
        return Integer.toString(this == PAGE_NUMBER ? pageNumber : pageCount);
    }
}
