package dk.hoeringssvar.render.pdf;

/** Numbers the structure nodes of one render, so ids stay unique across the parts of a bundle. */
final class NodeIds {

    private int next;

    int next() {
        return next++;
    }
}
