package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.Inline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks inline content into lines of at most a given width, ragged right, using the fonts' width
 * metrics. Breaks at spaces; a word wider than the line is broken between characters, so no text is
 * ever lost. Runs of spaces collapse to one and spaces at a line start are dropped; the space where a
 * line breaks is kept at the end of the line, outside the width it takes, as the word boundary.
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
        Breaking breaking = new Breaking(size, maxWidth);
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
                            breaking.space(face);
                        } else {
                            breaking.piece(s, i, j, face, null, fonts.width(s, i, j, face, size));
                        }
                        i = j;
                    }
                }
                case Inline.LineBreak lb -> breaking.lineBreak();
                case Inline.PageNumber pn -> field(breaking, PageField.PAGE_NUMBER, bold, italic, size, numbers);
                case Inline.PageCount pc -> field(breaking, PageField.PAGE_COUNT, bold, italic, size, numbers);
            }
        }
        return breaking.finish();
    }

    private void field(Breaking breaking, PageField field, boolean bold, boolean italic, double size,
                       Numbers numbers) {
        Face face = Face.of(bold, italic);
        if (numbers != null) {
            String text = field.resolve(numbers.page(), numbers.count());
            breaking.piece(text, 0, text.length(), face, null, fonts.width(text, face, size));
        } else {
            breaking.piece(FIELD_PLACEHOLDER, 0, FIELD_PLACEHOLDER.length(), face, field,
                    fonts.width(FIELD_PLACEHOLDER, face, size));
        }
    }

    /** Break opportunities; other white space such as no-break space stays inside words. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * One paragraph being broken, fed in reading order: pieces of words, spaces and forced breaks. A word
     * (the pieces between two spaces or breaks, which may differ in face) is placed when it ends: on the
     * current line after one space if it fits, else on the next line, else broken between characters.
     */
    private final class Breaking {
        private final double maxWidth;
        private final LineBuilder builder;
        private final List<Line> lines = new ArrayList<>();
        /** The face of the space before the word being collected, if the line has text to put it after. */
        private Face pendingSpace;
        /** The word being collected, as pieces of source strings. */
        private String[] sources = new String[4];
        private int[] starts = new int[4];
        private int[] ends = new int[4];
        private Face[] faces = new Face[4];
        private PageField[] fields = new PageField[4];
        private double[] widths = new double[4];
        private int pieces;

        Breaking(double size, double maxWidth) {
            this.maxWidth = maxWidth;
            this.builder = new LineBuilder(size);
        }

        void piece(String source, int start, int end, Face face, PageField field, double width) {
            if (pieces == sources.length) {
                int grown = pieces * 2;
                sources = Arrays.copyOf(sources, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                faces = Arrays.copyOf(faces, grown);
                fields = Arrays.copyOf(fields, grown);
                widths = Arrays.copyOf(widths, grown);
            }
            sources[pieces] = source;
            starts[pieces] = start;
            ends[pieces] = end;
            faces[pieces] = face;
            fields[pieces] = field;
            widths[pieces] = width;
            pieces++;
        }

        void space(Face face) {
            placeWord();
            if (!builder.isEmpty()) {
                pendingSpace = face;
            }
        }

        void lineBreak() {
            placeWord();
            lines.add(builder.finishBetweenWords());
            pendingSpace = null;
        }

        List<Line> finish() {
            placeWord();
            if (!builder.isEmpty()) {
                lines.add(builder.finish());
            }
            return lines;
        }

        private void placeWord() {
            if (pieces == 0) {
                return;
            }
            double wordWidth = 0;
            for (int p = 0; p < pieces; p++) {
                wordWidth += widths[p];
            }
            double spaceWidth = pendingSpace != null ? fonts.width(" ", pendingSpace, builder.size) : 0;
            if (builder.width + spaceWidth + wordWidth <= maxWidth + EPSILON) {
                if (pendingSpace != null) {
                    builder.append(" ", 0, 1, pendingSpace, null, spaceWidth);
                }
                appendWord();
            } else {
                if (!builder.isEmpty()) {
                    lines.add(builder.finishBetweenWords());
                }
                if (wordWidth <= maxWidth + EPSILON) {
                    appendWord();
                } else {
                    breakLongWord();
                }
            }
            pendingSpace = null;
            Arrays.fill(sources, 0, pieces, null);
            pieces = 0;
        }

        private void appendWord() {
            for (int p = 0; p < pieces; p++) {
                builder.append(sources[p], starts[p], ends[p], faces[p], fields[p], widths[p]);
            }
        }

        private void breakLongWord() {
            for (int p = 0; p < pieces; p++) {
                if (fields[p] != null) {
                    if (!builder.isEmpty() && builder.width + widths[p] > maxWidth + EPSILON) {
                        lines.add(builder.finish());
                    }
                    builder.append(sources[p], starts[p], ends[p], faces[p], fields[p], widths[p]);
                    continue;
                }
                String text = sources[p];
                int i = starts[p];
                while (i < ends[p]) {
                    int end = Math.min(ends[p], i + Character.charCount(text.codePointAt(i)));
                    double w = fonts.width(text, i, end, faces[p], builder.size);
                    if (!builder.isEmpty() && builder.width + w > maxWidth + EPSILON) {
                        lines.add(builder.finish());
                    }
                    builder.append(text, i, end, faces[p], null, w);
                    i = end;
                }
            }
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

        /** Appends {@code source} from {@code start} to {@code end}, {@code w} wide. */
        void append(String source, int start, int end, Face f, PageField field, double w) {
            if (field != null) {
                closeRun();
                runs.add(new Run(source.substring(start, end), f, width, w, field));
                width += w;
                runStart = width;
                return;
            }
            if (f != face) {
                closeRun();
                face = f;
                runStart = width;
            }
            text.append(source, start, end);
            width += w;
        }

        private void closeRun() {
            if (!text.isEmpty()) {
                runs.add(new Run(text.toString(), face, runStart, width - runStart, null));
                text.setLength(0);
            }
            face = null;
        }

        /**
         * Finishes a line that ends between two words, at a space or a forced break: the space is kept at
         * the end of its last run, outside its width, so that text taken from the PDF (by a screen reader,
         * or copied) has the word boundary.
         */
        Line finishBetweenWords() {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            return finish();
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
