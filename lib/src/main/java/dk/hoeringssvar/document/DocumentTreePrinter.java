package dk.hoeringssvar.document;

import java.util.List;
import java.util.Locale;

/**
 * A readable, stable dump of a document tree, one node a line, for golden-file tests and for seeing
 * what a template produced. Images print as format and size, not bytes.
 */
public final class DocumentTreePrinter {

    private DocumentTreePrinter() {
    }

    public static String print(DocumentTree tree) {
        StringBuilder sb = new StringBuilder();
        DocumentInfo info = tree.info();
        sb.append("document lang=").append(info.language()).append('\n')
                .append("  title: ").append(info.title()).append('\n')
                .append("  author: ").append(info.author()).append('\n')
                .append("  subject: ").append(info.subject()).append('\n')
                .append("  keywords: ").append(String.join(" | ", info.keywords())).append('\n');
        sb.append("header: ").append(inlines(tree.header())).append('\n');
        sb.append("footer: ").append(inlines(tree.footer())).append('\n');
        for (Block block : tree.blocks()) {
            block(sb, block, "");
        }
        return sb.toString();
    }

    private static void block(StringBuilder sb, Block block, String indent) {
        sb.append(indent);
        switch (block) {
            case Block.Heading h -> sb.append("h").append(h.level()).append(": ").append(inlines(h.content())).append('\n');
            case Block.Paragraph p -> sb.append("p[").append(p.role().name().toLowerCase(Locale.ROOT)).append("]: ")
                    .append(inlines(p.content())).append('\n');
            case Block.ListBlock l -> list(sb, l, indent);
            case Block.Quotation q -> {
                sb.append("quotation\n");
                for (Block inner : q.blocks()) {
                    block(sb, inner, indent + "  ");
                }
                sb.append(indent).append("  cite: ").append(inlines(q.attribution())).append('\n');
            }
            case Block.PullQuote pq -> sb.append("pull-quote: ").append(inlines(pq.content())).append('\n');
            case Block.Box b -> {
                sb.append("box: ").append(inlines(b.title())).append('\n');
                for (Block inner : b.blocks()) {
                    block(sb, inner, indent + "  ");
                }
            }
            case Block.Table t -> {
                sb.append("table header-rows=").append(t.headerRows()).append(" weights=").append(t.columnWeights()).append('\n');
                for (Block.TableRow row : t.rows()) {
                    sb.append(indent).append("  row:");
                    for (Block.TableCell cell : row.cells()) {
                        sb.append(" | ").append(inlines(cell.content()));
                    }
                    sb.append('\n');
                }
            }
            case Block.Figure f -> sb.append("figure ").append(f.image().format()).append(' ')
                    .append(f.image().widthPx()).append('x').append(f.image().heightPx())
                    .append(" width=").append(f.widthFraction()).append(" align=")
                    .append(f.alignment().name().toLowerCase(Locale.ROOT)).append(" alt=\"").append(f.altText())
                    .append("\" caption: ").append(inlines(f.caption())).append('\n');
            case Block.DefinitionList dl -> {
                sb.append("definitions\n");
                for (Block.Definition d : dl.entries()) {
                    sb.append(indent).append("  ").append(inlines(d.term())).append(" = ").append(inlines(d.description()))
                            .append('\n');
                }
            }
            case Block.Signatures s -> {
                sb.append("signatures ").append(s.layout().name().toLowerCase(Locale.ROOT)).append('\n');
                for (Block.Signature sig : s.signatures()) {
                    sb.append(indent).append("  ").append(inlines(sig.name())).append(" / ").append(inlines(sig.role()))
                            .append('\n');
                }
            }
            case Block.Rule r -> sb.append("rule\n");
            case Block.PageBreak pb -> sb.append("page-break\n");
            case Block.Contents c -> sb.append("contents: ").append(inlines(c.title())).append('\n');
            case Block.Chart c -> {
                sb.append("chart: ").append(c.title()).append(" alt=\"").append(c.altText()).append("\"\n");
                for (Block.ChartSeries s : c.series()) {
                    sb.append(indent).append("  ").append(s.name()).append(':');
                    for (int i = 0; i < s.values().size(); i++) {
                        sb.append(' ').append(c.categories().get(i)).append('=').append(s.values().get(i));
                    }
                    sb.append('\n');
                }
            }
        }
    }

    private static void list(StringBuilder sb, Block.ListBlock list, String indent) {
        sb.append(list.kind().name().toLowerCase(Locale.ROOT)).append("-list start=").append(list.start()).append('\n');
        for (Block.ListItem item : list.items()) {
            sb.append(indent).append("  li: ").append(inlines(item.content())).append('\n');
            for (Block.ListBlock child : item.children()) {
                sb.append(indent).append("    ");
                list(sb, child, indent + "    ");
            }
        }
    }

    /** Inlines as text: **bold**, _italic_, ⏎ for a line break, {page}/{pages} for page fields. */
    static String inlines(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Text t -> {
                    String mark = (t.bold() ? "**" : "") + (t.italic() ? "_" : "");
                    sb.append(mark).append(t.text()).append(new StringBuilder(mark).reverse());
                }
                case Inline.LineBreak br -> sb.append("⏎");
                case Inline.PageNumber pn -> sb.append("{page}");
                case Inline.PageCount pc -> sb.append("{pages}");
            }
        }
        return sb.toString();
    }
}
