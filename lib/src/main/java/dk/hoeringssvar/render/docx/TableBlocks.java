package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.render.docx.TableBuilder.Frame;
import dk.hoeringssvar.render.docx.TableBuilder.Insets;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

/** The blocks Word lays out as tables: data tables, boxes, definition lists and side-by-side signatures. */
final class TableBlocks {

    private final StyleSheet sheet;
    private final BlockWriter blocks;
    private final TableBuilder builder = new TableBuilder();

    TableBlocks(StyleSheet sheet, BlockWriter blocks) {
        this.sheet = sheet;
        this.blocks = blocks;
    }

    void table(Block.Table table, BodyTarget target) {
        int columns = table.columnCount();
        if (columns == 0) {
            return;
        }
        long[] widths = TableBuilder.split(Measure.twipsInt(target.width()), table.columnWeights(), columns);
        Frame frame = new Frame(sheet.tableBorderColour(), sheet.tableBorderColour(), sheet.borderWidth(),
                Insets.all(sheet.tableCellPadding()));
        // A row moves to the next page whole, as in the PDF, rather than leaving a line behind.
        CTRow[] rows = builder.create(target, table.rows().size(), table.headerRows(), sheet.theme().tintColour(),
                widths, frame, true);
        for (int r = 0; r < rows.length; r++) {
            List<Block.TableCell> cells = table.rows().get(r).cells();
            DocxStyle style = r < table.headerRows() ? DocxStyle.TABLE_HEADING : DocxStyle.TABLE_TEXT;
            CTTc[] row = rows[r].getTcArray();
            for (int c = 0; c < columns; c++) {
                List<Inline> content = c < cells.size() ? cells.get(c).content() : List.of();
                blocks.styled(cell(target, row[c], widths[c], frame), style, content);
            }
        }
        blocks.spacer(target, sheet.blockGap());
    }

    /** A frame in the accent colour: a tinted title row (when there is a title) over the content. */
    void box(Block.Box box, BodyTarget target) throws IOException, InvalidFormatException {
        double pad = sheet.boxPadding();
        long width = Measure.twipsInt(target.width());
        boolean titled = !box.title().isEmpty();
        Frame frame = new Frame(sheet.theme().accentColour(), null, sheet.borderWidth(), Insets.all(pad));
        CTRow[] rows = builder.create(target, titled ? 2 : 1, new long[] {width}, frame, false);
        if (titled) {
            CTTc titleCell = rows[0].getTcArray(0);
            builder.shade(titleCell, sheet.theme().tintColour());
            blocks.styled(cell(target, titleCell, width, frame), DocxStyle.BOX_TITLE, box.title());
            trimLastSpacing(titleCell);
        }
        CTTc content = rows[titled ? 1 : 0].getTcArray(0);
        blocks.writeAll(box.blocks(), cell(target, content, width, frame));
        trimLastSpacing(content);
        blocks.spacer(target, sheet.blockGap());
    }

    /** A borderless two-column table: the term column at the style sheet's width, terms bold. */
    void definitions(Block.DefinitionList list, BodyTarget target) {
        if (list.entries().isEmpty()) {
            return;
        }
        long total = Measure.twipsInt(target.width());
        long term = Math.round(total * sheet.definitionTermWidth() / sheet.textWidth());
        long[] widths = {term, total - term};
        Frame frame = Frame.borderless(new Insets(0, sheet.tableCellPadding(), 0, 0));
        CTRow[] rows = builder.create(target, list.entries().size(), widths, frame, true);
        for (int r = 0; r < rows.length; r++) {
            Block.Definition entry = list.entries().get(r);
            CTTc[] row = rows[r].getTcArray();
            blocks.styled(cell(target, row[0], widths[0], frame), DocxStyle.DEFINITION_TERM, entry.term());
            blocks.styled(cell(target, row[1], widths[1], frame), DocxStyle.DEFINITION_TEXT, entry.description());
        }
        blocks.spacer(target, sheet.blockGap());
    }

    void signatures(Block.Signatures signatures, BodyTarget target) {
        List<Block.Signature> list = signatures.signatures();
        if (list.isEmpty()) {
            return;
        }
        switch (signatures.layout()) {
            case STACKED -> list.forEach(signature -> signature(target, signature));
            case SIDE_BY_SIDE -> sideBySide(list, target);
        }
    }

    /** Two columns, or three when the signatures fill rows of three exactly. */
    private void sideBySide(List<Block.Signature> list, BodyTarget target) {
        int perRow = list.size() == 1 ? 1 : list.size() % 3 == 0 ? 3 : 2;
        double columnWidth = perRow == 3 ? target.width() / 3
                : target.width() * sheet.signatureColumnWidth() / sheet.textWidth();
        long[] widths = new long[perRow];
        Arrays.fill(widths, Measure.twipsInt(columnWidth));
        Frame frame = Frame.borderless(new Insets(0, sheet.tableCellPadding(), 0, 0));
        int rows = (list.size() + perRow - 1) / perRow;
        CTRow[] table = builder.create(target, rows, widths, frame, true);
        for (int i = 0; i < list.size(); i++) {
            CTTc cell = table[i / perRow].getTcArray(i % perRow);
            signature(cell(target, cell, widths[i % perRow], frame), list.get(i));
            trimLastSpacing(cell);
        }
        blocks.spacer(target, sheet.blockGap());
    }

    private void signature(BodyTarget target, Block.Signature signature) {
        blocks.styled(target, DocxStyle.SIGNATURE_NAME, signature.name());
        if (!signature.role().isEmpty()) {
            blocks.styled(target, DocxStyle.SIGNATURE_ROLE, signature.role());
        }
    }

    private static BodyTarget cell(BodyTarget table, CTTc cell, long widthTwips, Frame frame) {
        double inner = widthTwips / 20.0 - frame.margin().left() - frame.margin().right();
        return table.cell(cell, inner);
    }

    /** The cell margin is the padding at the bottom, so the last paragraph adds no space of its own. */
    private static void trimLastSpacing(CTTc cell) {
        try (XmlCursor cursor = cell.newCursor()) {
            if (cursor.toLastChild() && cursor.getObject() instanceof CTP last) {
                CTPPr ppr = last.isSetPPr() ? last.getPPr() : last.addNewPPr();
                (ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing()).setAfter(BigInteger.ZERO);
            }
        }
    }
}
