package dk.hoeringssvar.importer;

/** A line of the text being imported, with its 1-based line number in the input as read. */
record SourceLine(int number, String text) {

    boolean blank() {
        return text.isBlank();
    }

    SourceLine withText(String newText) {
        return new SourceLine(number, newText);
    }
}
