package dk.hoeringssvar.model;

import java.util.List;

/**
 * A block of a statement's body. Closed; templates dispatch on {@link #kind()}.
 */
public sealed interface BodyBlock {

    /** The kind of block, for templates: {@code <#switch block.kind>}. */
    Kind kind();

    /** Plain rich texts from strings; a null element is reported by {@link RichText}. */
    private static List<RichText> plain(String... texts) {
        return java.util.Arrays.stream(texts).map(RichText::plain).toList();
    }

    enum Kind {
        HEADING, PARAGRAPH, BULLET_LIST, NUMBERED_LIST, QUOTATION, PULL_QUOTE, PROPOSAL_BOX, TABLE, FIGURE
    }

    /** Overskrift: level 1 for a section, 2 for a subsection. */
    record Heading(int level, String text) implements BodyBlock {
        public Heading {
            if (level < 1 || level > 2) {
                throw new InvalidModelException("Heading.level", "must be 1 or 2, was " + level);
            }
            text = Checks.required(text, "Heading.text");
        }

        @Override
        public Kind kind() {
            return Kind.HEADING;
        }
    }

    record Paragraph(RichText text) implements BodyBlock {
        public Paragraph {
            Checks.notNull(text, "Paragraph.text");
        }

        public static Paragraph of(String text) {
            return new Paragraph(RichText.plain(text));
        }

        @Override
        public Kind kind() {
            return Kind.PARAGRAPH;
        }
    }

    record BulletList(List<RichText> items) implements BodyBlock {
        public BulletList {
            items = Checks.nonEmptyList(items, "BulletList.items");
        }

        public static BulletList of(String... items) {
            return new BulletList(plain(items));
        }

        @Override
        public Kind kind() {
            return Kind.BULLET_LIST;
        }
    }

    /** Numbered list starting at {@code start} (1 as a rule). */
    record NumberedList(int start, List<RichText> items) implements BodyBlock {
        public NumberedList {
            if (start < 0) {
                throw new InvalidModelException("NumberedList.start", "must not be negative, was " + start);
            }
            items = Checks.nonEmptyList(items, "NumberedList.items");
        }

        public static NumberedList of(String... items) {
            return startingAt(1, items);
        }

        public static NumberedList startingAt(int start, String... items) {
            return new NumberedList(start, plain(items));
        }

        @Override
        public Kind kind() {
            return Kind.NUMBERED_LIST;
        }
    }

    /**
     * Citat: quoted text such as an excerpt of minutes, with its attribution
     * ("Referat fra FagMED, 3. marts 2023"; may be null).
     */
    record Quotation(List<RichText> paragraphs, String attribution) implements BodyBlock {
        public Quotation {
            paragraphs = Checks.nonEmptyList(paragraphs, "Quotation.paragraphs");
            attribution = Checks.optional(attribution, "Quotation.attribution");
        }

        /** Plain paragraphs with an attribution (may be null). */
        public static Quotation of(String attribution, String... paragraphs) {
            return new Quotation(plain(paragraphs), attribution);
        }

        @Override
        public Kind kind() {
            return Kind.QUOTATION;
        }
    }

    /** A sentence set apart and highlighted. */
    record PullQuote(String text) implements BodyBlock {
        public PullQuote {
            text = Checks.required(text, "PullQuote.text");
        }

        @Override
        public Kind kind() {
            return Kind.PULL_QUOTE;
        }
    }

    /** A titled box with an optional introduction and a list, such as "Forslag". */
    record ProposalBox(String title, RichText intro, List<RichText> items) implements BodyBlock {
        public ProposalBox {
            title = Checks.required(title, "ProposalBox.title");
            items = Checks.list(items, "ProposalBox.items");
            if (intro == null && items.isEmpty()) {
                throw new InvalidModelException("ProposalBox.items", "a box needs an intro or items");
            }
        }

        /** A box with a plain intro (may be null) and plain items. */
        public static ProposalBox of(String title, String intro, String... items) {
            return new ProposalBox(title, intro == null ? null : RichText.plain(intro), plain(items));
        }

        @Override
        public Kind kind() {
            return Kind.PROPOSAL_BOX;
        }
    }

    /** A table with a header row; every row has as many cells as the header. */
    record Table(List<String> header, List<List<String>> rows) implements BodyBlock {
        public Table {
            header = Checks.lines(header, "Table.header");
            if (header.isEmpty()) {
                throw new InvalidModelException("Table.header", "needs at least one column");
            }
            List<List<String>> copy = Checks.list(rows, "Table.rows");
            java.util.ArrayList<List<String>> cleaned = new java.util.ArrayList<>();
            for (int r = 0; r < copy.size(); r++) {
                List<String> row = Checks.list(copy.get(r), "Table.rows[" + r + "]");
                if (row.size() != header.size()) {
                    throw new InvalidModelException("Table.rows[" + r + "]",
                            "has " + row.size() + " cells, the header has " + header.size());
                }
                java.util.ArrayList<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    cells.add(Checks.text(row.get(c), "Table.rows[" + r + "][" + c + "]"));
                }
                cleaned.add(List.copyOf(cells));
            }
            rows = List.copyOf(cleaned);
        }

        @Override
        public Kind kind() {
            return Kind.TABLE;
        }
    }

    /** Figur: an image with alt text (required: it is read aloud) and an optional caption. */
    record Figure(Image image, String caption, String altText) implements BodyBlock {
        public Figure {
            Checks.notNull(image, "Figure.image");
            caption = Checks.optional(caption, "Figure.caption");
            altText = Checks.required(altText, "Figure.altText");
        }

        @Override
        public Kind kind() {
            return Kind.FIGURE;
        }
    }
}
