package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks inline content into lines of at most a given width, ragged right, using the fonts' width
 * metrics. Breaks at spaces; a word wider than the line is broken between characters, so no text is
 * ever lost. Runs of spaces collapse to one and spaces at a line start or end are dropped.
 */
final class LineBreaker {

    /** One broken line: runs with offsets from the line start, and the width they take. */
    record Line(List<Run> runs, double width) {
        Line {
            runs = List.copyOf(runs);
        }
    }

    /** Page numbers to print in place of {@link Inline.PageNumber}/{@link Inline.PageCount}. */
    record Numbers(int page, int count) {
    }

    /** Width reserved for a page number that is not known yet. */
    private static final String FIELD_PLACEHOLDER = "00";
    private static final double EPSILON = 1e-3;

    private final FontFaces fonts;

    LineBreaker(FontFaces fonts) {
        this.fonts = fonts;
    }

    /**
     * @param numbers the page numbers, or null while they are unknown (fields then become placeholders
     *                the painter fills in)
     */
    List<Line> breakLines(List<Inline> content, boolean bold, boolean italic, double size, double maxWidth,
                          Numbers numbers) {
        List<Atom> atoms = atoms(content, bold, italic, size, numbers);
        LineBuilder builder = new LineBuilder(size);
        List<Line> lines = new ArrayList<>();
        Face pendingSpace = null;
        for (Atom atom : atoms) {
            switch (atom) {
                case Atom.Break b -> {
                    lines.add(builder.finish());
                    pendingSpace = null;
                }
                case Atom.Space s -> {
                    if (!builder.isEmpty()) {
                        pendingSpace = s.face();
                    }
                }
                case Atom.Word w -> {
                    double spaceWidth = pendingSpace != null ? fonts.width(" ", pendingSpace, size) : 0;
                    if (builder.width + spaceWidth + w.width() <= maxWidth + EPSILON) {
                        if (pendingSpace != null) {
                            builder.append(" ", pendingSpace, null, spaceWidth);
                        }
                        builder.appendWord(w);
                    } else {
                        if (!builder.isEmpty()) {
                            lines.add(builder.finish());
                        }
                        if (w.width() <= maxWidth + EPSILON) {
                            builder.appendWord(w);
                        } else {
                            breakLongWord(w, maxWidth, builder, lines);
                        }
                    }
                    pendingSpace = null;
                }
            }
        }
        if (!builder.isEmpty()) {
            lines.add(builder.finish());
        }
        return lines;
    }

    private void breakLongWord(Atom.Word word, double maxWidth, LineBuilder builder, List<Line> lines) {
        for (Piece piece : word.pieces()) {
            if (piece.field() != null) {
                if (!builder.isEmpty() && builder.width + piece.width() > maxWidth + EPSILON) {
                    lines.add(builder.finish());
                }
                builder.append(piece.text(), piece.face(), piece.field(), piece.width());
                continue;
            }
            String text = piece.text();
            int i = 0;
            while (i < text.length()) {
                int end = i + Character.charCount(text.codePointAt(i));
                String ch = text.substring(i, end);
                double w = fonts.width(ch, piece.face(), builder.size);
                if (!builder.isEmpty() && builder.width + w > maxWidth + EPSILON) {
                    lines.add(builder.finish());
                }
                builder.append(ch, piece.face(), null, w);
                i = end;
            }
        }
    }

    private List<Atom> atoms(List<Inline> content, boolean bold, boolean italic, double size, Numbers numbers) {
        List<Atom> atoms = new ArrayList<>();
        List<Piece> word = new ArrayList<>();
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text t -> {
                    Face face = Face.of(bold || t.bold(), italic || t.italic());
                    String s = t.text();
                    int i = 0;
                    while (i < s.length()) {
                        boolean space = isSpace(s.charAt(i));
                        int j = i;
                        while (j < s.length() && isSpace(s.charAt(j)) == space) {
                            j++;
                        }
                        if (space) {
                            flushWord(word, atoms);
                            atoms.add(new Atom.Space(face));
                        } else {
                            String part = s.substring(i, j);
                            word.add(new Piece(part, face, null, fonts.width(part, face, size)));
                        }
                        i = j;
                    }
                }
                case Inline.LineBreak lb -> {
                    flushWord(word, atoms);
                    atoms.add(new Atom.Break());
                }
                case Inline.PageNumber pn -> word.add(field(PageField.PAGE_NUMBER, bold, italic, size, numbers));
                case Inline.PageCount pc -> word.add(field(PageField.PAGE_COUNT, bold, italic, size, numbers));
            }
        }
        flushWord(word, atoms);
        return atoms;
    }

    private Piece field(PageField field, boolean bold, boolean italic, double size, Numbers numbers) {
        Face face = Face.of(bold, italic);
        if (numbers != null) {
            String text = field.resolve(numbers.page(), numbers.count());
            return new Piece(text, face, null, fonts.width(text, face, size));
        }
        return new Piece(FIELD_PLACEHOLDER, face, field, fonts.width(FIELD_PLACEHOLDER, face, size));
    }

    private static void flushWord(List<Piece> word, List<Atom> atoms) {
        if (!word.isEmpty()) {
            atoms.add(new Atom.Word(List.copyOf(word)));
            word.clear();
        }
    }

    /** Break opportunities; other white space such as no-break space stays inside words. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private record Piece(String text, Face face, PageField field, double width) {
    }

    private sealed interface Atom {
        record Word(List<Piece> pieces) implements Atom {
            double width() {
                double w = 0;
                for (Piece p : pieces) {
                    w += p.width();
                }
                return w;
            }
        }

        record Space(Face face) implements Atom {
        }

        record Break() implements Atom {
        }
    }

    /** Collects the runs of one line, merging neighbours in the same face. */
    private static final class LineBuilder {
        private final double size;
        private final List<Run> runs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Face face;
        private double runStart;
        private double width;

        LineBuilder(double size) {
            this.size = size;
        }

        boolean isEmpty() {
            return runs.isEmpty() && text.isEmpty();
        }

        void appendWord(Atom.Word w) {
            for (Piece p : w.pieces()) {
                append(p.text(), p.face(), p.field(), p.width());
            }
        }

        void append(String s, Face f, PageField field, double w) {
            if (field != null) {
                closeRun();
                runs.add(new Run(s, f, width, w, field));
                width += w;
                runStart = width;
                return;
            }
            if (f != face) {
                closeRun();
                face = f;
                runStart = width;
            }
            text.append(s);
            width += w;
        }

        private void closeRun() {
            if (!text.isEmpty()) {
                runs.add(new Run(text.toString(), face, runStart, width - runStart, null));
                text.setLength(0);
            }
            face = null;
        }

        Line finish() {
            closeRun();
            Line line = new Line(runs, width);
            runs.clear();
            width = 0;
            runStart = 0;
            return line;
        }
    }
}
