package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.render.TextStyle;
import dk.hoeringssvar.theme.Rgb;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a table: one slice per row (split between lines only when a row is taller than a page),
 * header rows bold on a tint and repeated, as decoration, at the top of each continued page.
 * Borders are drawn centred on the cell edges, so neighbouring cells share one line.
 */
final class TableLayout {

    private final StyleSheet styles;
    private final Typesetter typesetter;
    private final BlockLayout blocks;
    private final double bodyHeight;

    TableLayout(StyleSheet styles, Typesetter typesetter, BlockLayout blocks, double bodyHeight) {
        this.styles = styles;
        this.typesetter = typesetter;
        this.blocks = blocks;
        this.bodyHeight = bodyHeight;
    }

    BlockLayout.Laid table(Block.Table table, BlockLayout.Ctx ctx) {
        int columns = table.columnCount();
        if (columns == 0) {
            return BlockLayout.Laid.EMPTY;
        }
        double[] edges = columnEdges(table.columnWeights(), columns, ctx.width());
        StructNode tableNode = blocks.node(StructureRole.TABLE, ctx.parent());
        Tag lines = Tag.decoration(tableNode);
        Rgb borderColour = styles.tableBorderColour();
        double border = styles.borderWidth();
        List<Band> verticals = new ArrayList<>();
        for (double edge : edges) {
            verticals.add(new Band(edge - border / 2, border, borderColour, lines));
        }
        List<Slice> header = new ArrayList<>();
        List<Slice> out = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            boolean isHeader = r < table.headerRows();
            StructNode rowNode = blocks.node(StructureRole.TR, tableNode);
            List<Slice> row = row(table.rows().get(r), isHeader, edges, rowNode, ctx);
            List<Band> bands = new ArrayList<>();
            if (isHeader) {
                bands.add(new Band(0, ctx.width(), styles.theme().tintColour(), Tag.decoration(rowNode)));
            }
            bands.addAll(verticals);
            row.replaceAll(s -> s.underBands(bands));
            if (isHeader) {
                row.replaceAll(s -> s.withKeep(Keep.TOGETHER));
                header.addAll(row);
            } else if (!header.isEmpty()) {
                List<Slice> repeat = header.stream().map(Slice::asDecoration).toList();
                row.replaceAll(s -> s.withRepeat(repeat));
            }
            out.addAll(row);
        }
        return new BlockLayout.Laid(out, styles.blockGap(), styles.blockGap());
    }

    private List<Slice> row(Block.TableRow row, boolean isHeader, double[] edges, StructNode rowNode,
                            BlockLayout.Ctx ctx) {
        TextStyle style = styles.tableCell(isHeader);
        if (ctx.italic()) {
            style = BlockLayout.italic(style);
        }
        double pad = styles.tableCellPadding();
        double border = styles.borderWidth();
        Tag lines = Tag.decoration(rowNode);
        List<DrawItem> items = new ArrayList<>();
        int maxLines = 1;
        for (int c = 0; c < edges.length - 1; c++) {
            Block.TableCell cell = c < row.cells().size() ? row.cells().get(c) : new Block.TableCell(List.of());
            StructNode cellNode = blocks.node(isHeader ? StructureRole.TH : StructureRole.TD, rowNode);
            double x = edges[c] + pad;
            double width = Math.max(1, edges[c + 1] - edges[c] - 2 * pad);
            List<DrawItem.TextLine> cellLines = typesetter.set(cell.content(), style, x, width, Tag.content(cellNode),
                    null);
            cellLines.forEach(l -> items.add(l.shifted(0, pad)));
            if (cellLines.isEmpty()) {
                // Draws nothing, but gives the empty cell its TH/TD element: rows keep their column count.
                double ascent = typesetter.baselineOffset(style);
                items.add(new DrawItem.TextLine(x, pad + ascent, ascent, style.leading(), style.size(), style.colour(),
                        List.of(), Tag.content(cellNode)));
            }
            maxLines = Math.max(maxLines, cellLines.size());
        }
        double height = maxLines * style.leading() + 2 * pad;
        double width = edges[edges.length - 1];
        items.add(0, new DrawItem.Fill(0, -border / 2, width, border, styles.tableBorderColour(), lines));
        items.add(new DrawItem.Fill(0, height - border / 2, width, border, styles.tableBorderColour(), lines));
        return new ArrayList<>(Slice.of(height, items).splitAtLines(bodyHeight));
    }

    /** x of each column edge, from 0 to {@code width}; weights that are missing or not positive count as 1. */
    static double[] columnEdges(List<Integer> weights, int columns, double width) {
        double[] w = new double[columns];
        double total = 0;
        for (int i = 0; i < columns; i++) {
            int weight = i < weights.size() ? weights.get(i) : 1;
            w[i] = weight > 0 ? weight : 1;
            total += w[i];
        }
        double[] edges = new double[columns + 1];
        for (int i = 0; i < columns; i++) {
            edges[i + 1] = edges[i] + width * w[i] / total;
        }
        return edges;
    }
}
