package dk.hoeringssvar.document;

import dk.hoeringssvar.model.Image;
import java.util.List;
import java.util.Objects;

/**
 * A block of the format-neutral document tree. The set is closed, so adding a kind is a compile error
 * in every renderer's exhaustive {@code switch} rather than a silently skipped case.
 */
public sealed interface Block {

    /** A heading; level 1 is the document title, 2 and 3 are sections and subsections. */
    record Heading(int level, List<Inline> content) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level must be 1-3, was " + level);
            }
            content = List.copyOf(content);
        }
    }

    record Paragraph(ParagraphRole role, List<Inline> content) implements Block {
        public Paragraph {
            Objects.requireNonNull(role, "role");
            content = List.copyOf(content);
        }
    }

    /** A bullet or numbered list; {@code start} is the first number of a numbered list. */
    record ListBlock(ListKind kind, int start, List<ListItem> items) implements Block {
        public ListBlock {
            Objects.requireNonNull(kind, "kind");
            items = List.copyOf(items);
        }
    }

    /** Quoted text, such as an excerpt of minutes, with its attribution (may be empty). */
    record Quotation(List<Block> blocks, List<Inline> attribution) implements Block {
        public Quotation {
            blocks = List.copyOf(blocks);
            attribution = List.copyOf(attribution);
        }
    }

    /** A highlighted sentence set apart in a tinted box. */
    record PullQuote(List<Inline> content) implements Block {
        public PullQuote {
            content = List.copyOf(content);
        }
    }

    /** A framed box with a title, such as "Forslag" with a list of proposals. */
    record Box(List<Inline> title, List<Block> blocks) implements Block {
        public Box {
            title = List.copyOf(title);
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A table. The first {@code headerRows} rows are header rows (repeated on a new page in PDF).
     * {@code columnWeights} gives relative column widths; empty means equal widths.
     */
    record Table(List<TableRow> rows, int headerRows, List<Integer> columnWeights) implements Block {
        public Table {
            rows = List.copyOf(rows);
            columnWeights = List.copyOf(columnWeights);
            if (headerRows < 0 || headerRows > rows.size()) {
                throw new IllegalArgumentException("headerRows out of range: " + headerRows);
            }
        }

        public int columnCount() {
            return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        }
    }

    /**
     * An image with alt text and an optional caption. {@code widthFraction} is the share of the text
     * width the image takes (0 &lt; f &le; 1); the height follows the image's aspect ratio.
     */
    record Figure(Image image, String altText, List<Inline> caption, double widthFraction, Alignment alignment)
            implements Block {
        public Figure {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(altText, "altText");
            Objects.requireNonNull(alignment, "alignment");
            caption = List.copyOf(caption);
            if (!(widthFraction > 0 && widthFraction <= 1)) {
                throw new IllegalArgumentException("widthFraction must be in (0, 1], was " + widthFraction);
            }
        }
    }

    /** Term/description pairs, used for the meeting block (Mødedato, Tid, Sted, Deltagere …). */
    record DefinitionList(List<Definition> entries) implements Block {
        public DefinitionList {
            entries = List.copyOf(entries);
        }
    }

    /** Signatures, each a name with an optional role, side by side or stacked. */
    record Signatures(SignatureLayout layout, List<Signature> signatures) implements Block {
        public Signatures {
            Objects.requireNonNull(layout, "layout");
            signatures = List.copyOf(signatures);
        }
    }

    /** A thin horizontal rule. */
    record Rule() implements Block {
    }

    /**
     * The table of contents. In a {@link CompiledDocument} it lists the parts (label, title, first page,
     * each a link); in a single document it lists the level-2 headings. DOCX writes a TOC field that
     * Word fills in on opening.
     */
    record Contents(List<Inline> title) implements Block {
        public Contents {
            title = List.copyOf(title);
        }
    }

    /**
     * A bar chart of counts: one group of bars per category (a theme), one bar per series (a stance),
     * stacked. Vector in PDF, a native chart in DOCX, inline SVG in HTML. {@code altText} describes it
     * for screen readers.
     */
    record Chart(String title, List<String> categories, List<ChartSeries> series, String altText) implements Block {
        public Chart {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(altText, "altText");
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (ChartSeries s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                            + " values for " + categories.size() + " categories");
                }
            }
        }
    }

    /** One series of a chart: its name (shown in the legend) and a count per category. */
    record ChartSeries(String name, List<Integer> values) {
        public ChartSeries {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    /** Start a new page. HTML shows it as a page separator. */
    record PageBreak() implements Block {
    }

    /** One list item: its text and any nested lists. */
    record ListItem(List<Inline> content, List<ListBlock> children) {
        public ListItem {
            content = List.copyOf(content);
            children = List.copyOf(children);
        }
    }

    record TableRow(List<TableCell> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    record TableCell(List<Inline> content) {
        public TableCell {
            content = List.copyOf(content);
        }
    }

    record Definition(List<Inline> term, List<Inline> description) {
        public Definition {
            term = List.copyOf(term);
            description = List.copyOf(description);
        }
    }

    record Signature(List<Inline> name, List<Inline> role) {
        public Signature {
            name = List.copyOf(name);
            role = List.copyOf(role);
        }
    }
}
