package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.theme.Rgb;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a table's XML with a fixed layout: total width, a {@code w:tblGrid}, cell widths, borders
 * and cell margins. Knows nothing of the document tree. One instance serves one document.
 */
final class TableBuilder {

    /**
     * The look of a table's frame.
     *
     * @param outer  border colour of the outside edges, or null for none
     * @param inner  border colour between cells, or null for none
     * @param margin cell margins in points
     */
    record Frame(Rgb outer, Rgb inner, double borderWidth, Insets margin) {
        static Frame borderless(Insets margin) {
            return new Frame(null, null, 0, margin);
        }
    }

    /** Distances in points. */
    record Insets(double top, double right, double bottom, double left) {
        static Insets all(double points) {
            return new Insets(points, points, points, points);
        }
    }

    /**
     * What a table's prototype depends on: column widths (twips), frame, and whether every row is
     * kept whole on a page.
     */
    private record Layout(List<Long> columns, Frame frame, boolean rowsWhole) {
    }

    /** A layout's table properties and grid (no rows), its empty row, and its header rows by fill. */
    private record Prototype(CTTbl table, CTRow row, Map<Rgb, CTRow> headers) {
    }

    private final Map<Layout, Prototype> prototypes = new HashMap<>();
    private final Map<Rgb, CTShd> shades = new HashMap<>();

    /**
     * Appends a table of {@code rows} rows with the given column widths (twips) to {@code target}
     * and returns its rows, each cell holding one empty paragraph. The properties, grid and rows are
     * written once per layout and copied from then on: a bundle has thousands of tables of a handful
     * of layouts, and XmlBeans copies a subtree much faster than its typed setters build one.
     *
     * @param rowsWhole whether a row must move to the next page whole rather than split
     */
    CTRow[] create(BodyTarget target, int rows, long[] columns, Frame frame, boolean rowsWhole) {
        return create(target, rows, 0, null, columns, frame, rowsWhole);
    }

    /**
     * As {@link #create(BodyTarget, int, long[], Frame, boolean)}, the first {@code headerRows} rows
     * header rows: repeated at the top of every page the table runs over, their cells filled with
     * {@code headerFill}.
     */
    CTRow[] create(BodyTarget target, int rows, int headerRows, Rgb headerFill, long[] columns, Frame frame,
                   boolean rowsWhole) {
        Prototype prototype = prototypes.computeIfAbsent(
                new Layout(Arrays.stream(columns).boxed().toList(), frame, rowsWhole),
                layout -> prototype(columns, frame, rowsWhole));
        CTTbl ct = target.table();
        ct.set(prototype.table());
        for (int r = 0; r < rows; r++) {
            CTRow row = r < headerRows
                    ? prototype.headers().computeIfAbsent(headerFill, fill -> header(prototype.row(), fill))
                    : prototype.row();
            ct.addNewTr().set(row);
        }
        return ct.getTrArray();
    }

    /** A copy of {@code row} marked as a header row, its cells filled with {@code fill}. */
    private CTRow header(CTRow row, Rgb fill) {
        CTRow header = (CTRow) row.copy();
        (header.isSetTrPr() ? header.getTrPr() : header.addNewTrPr()).addNewTblHeader().setVal(STOnOff1.ON);
        for (CTTc cell : header.getTcArray()) {
            shade(cell, fill);
        }
        return header;
    }

    /** The fixed layout: total width, a {@code w:tblGrid}, cell widths, borders and cell margins. */
    private static Prototype prototype(long[] columns, Frame frame, boolean rowsWhole) {
        CTTbl ct = CTTbl.Factory.newInstance();
        CTTblPr pr = ct.addNewTblPr();
        long total = 0;
        for (long column : columns) {
            total += column;
        }
        width(pr.addNewTblW(), total);
        width(pr.addNewTblInd(), 0);
        borders(pr.addNewTblBorders(), frame);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar mar = pr.addNewTblCellMar();
        width(mar.addNewTop(), Measure.twipsInt(frame.margin().top()));
        width(mar.addNewLeft(), Measure.twipsInt(frame.margin().left()));
        width(mar.addNewBottom(), Measure.twipsInt(frame.margin().bottom()));
        width(mar.addNewRight(), Measure.twipsInt(frame.margin().right()));

        CTTblGrid grid = ct.addNewTblGrid();
        for (long column : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(column));
        }
        CTRow row = CTRow.Factory.newInstance();
        if (rowsWhole) {
            row.addNewTrPr().addNewCantSplit().setVal(STOnOff1.ON);
        }
        for (long column : columns) {
            CTTc cell = row.addNewTc();
            width(cell.addNewTcPr().addNewTcW(), column);
            cell.addNewP();
        }
        return new Prototype(ct, row, new HashMap<>());
    }

    /**
     * Splits {@code total} twips over {@code count} columns by weight; equal shares when the weights
     * are missing, of the wrong count or not all positive. The shares add up to {@code total} exactly.
     */
    static long[] split(long total, List<Integer> weights, int count) {
        boolean weighted = weights.size() == count && weights.stream().allMatch(w -> w > 0);
        long sum = weighted ? weights.stream().mapToLong(Integer::longValue).sum() : count;
        long[] widths = new long[count];
        long used = 0;
        for (int i = 0; i < count - 1; i++) {
            widths[i] = total * (weighted ? weights.get(i) : 1) / sum;
            used += widths[i];
        }
        widths[count - 1] = total - used;
        return widths;
    }

    /** Fills a cell with {@code colour}; the shading is written once per colour and copied. */
    void shade(CTTc cell, Rgb colour) {
        CTShd prototype = shades.computeIfAbsent(colour, c -> {
            CTShd shd = CTShd.Factory.newInstance();
            Formats.fill(shd, c);
            return shd;
        });
        CTTcPr tcPr = tcPr(cell);
        (tcPr.isSetShd() ? tcPr.getShd() : tcPr.addNewShd()).set(prototype);
    }

    private static CTTcPr tcPr(CTTc cell) {
        return cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
    }

    private static void borders(CTTblBorders borders, Frame frame) {
        for (CTBorder edge : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight()}) {
            edge(edge, frame.outer(), frame.borderWidth());
        }
        edge(borders.addNewInsideH(), frame.inner(), frame.borderWidth());
        edge(borders.addNewInsideV(), frame.inner(), frame.borderWidth());
    }

    private static void edge(CTBorder border, Rgb colour, double width) {
        if (colour == null) {
            Formats.none(border);
        } else {
            Formats.line(border, colour, width, 0);
        }
    }

    private static void width(CTTblWidth width, long twips) {
        width.setW(BigInteger.valueOf(twips));
        width.setType(STTblWidth.DXA);
    }
}
