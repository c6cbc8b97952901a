package dk.hoeringssvar.publish.internal;

/** A stretch [start, end) of a text that a rule wants removed. */
public record Span(int start, int end, String rule) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
