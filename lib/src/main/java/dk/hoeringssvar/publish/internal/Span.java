package dk.hoeringssvar.publish.internal;

import java.util.ArrayList;
import java.util.List;

/** A stretch [start, end) of a text that a rule wants removed. */
public record Span(int start, int end, String rule) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /**
     * Pieces of one text (runs, XML text nodes) with the spans taken out: each span becomes {@code mark}
     * in the piece where it begins, so the pieces keep their own boundaries and styles.
     */
    static List<String> cut(List<String> pieces, List<Span> spans, String mark) {
        List<String> out = new ArrayList<>(pieces.size());
        int offset = 0;
        for (String piece : pieces) {
            StringBuilder kept = new StringBuilder(piece.length());
            for (int i = 0; i < piece.length(); i++) {
                Span span = at(spans, offset + i);
                if (span == null) {
                    kept.append(piece.charAt(i));
                } else if (span.start == offset + i) {
                    kept.append(mark);
                }
            }
            out.add(kept.toString());
            offset += piece.length();
        }
        return out;
    }

    private static Span at(List<Span> spans, int index) {
        for (Span span : spans) {
            if (span.start <= index && index < span.end) {
                return span;
            }
        }
        return null;
    }
}
