package dk.hoeringssvar.render.docx;

import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Where blocks go: the document body or a table cell (boxes, signature columns). Both append in
 * order; {@link #width()} is the usable width in points, for tables and pictures.
 */
sealed interface BodyTarget {

    XWPFParagraph paragraph();

    /** Appends an empty table, lets {@code fill} write all of its XML (rows and cells too), and wraps it. */
    XWPFTable table(Consumer<CTTbl> fill);

    double width();

    /**
     * The document body. Tables go straight into its XML, as received documents do (see
     * {@link DocxAppender}): POI's own list of the document's tables is not kept up to date, since
     * adding to it searches all the tables so far.
     */
    record DocumentBody(XWPFDocument document, double width) implements BodyTarget {
        @Override
        public XWPFParagraph paragraph() {
            return document.createParagraph();
        }

        @Override
        public XWPFTable table(Consumer<CTTbl> fill) {
            CTTbl ct = document.getDocument().getBody().addNewTbl();
            fill.accept(ct);
            return new XWPFTable(ct, document, false);
        }

    }

    /** A cell arrives holding one empty paragraph; the first paragraph asked for reuses it. */
    final class CellBody implements BodyTarget {
        private final XWPFTableCell cell;
        private final double width;
        private boolean untouched = true;

        CellBody(XWPFTableCell cell, double width) {
            this.cell = cell;
            this.width = width;
        }

        @Override
        public XWPFParagraph paragraph() {
            if (untouched) {
                untouched = false;
                return cell.getParagraphs().getFirst();
            }
            return cell.addParagraph();
        }

        @Override
        public XWPFTable table(Consumer<CTTbl> fill) {
            if (untouched) {
                untouched = false;
                cell.removeParagraph(0);
            }
            CTTbl ct = cell.getCTTc().addNewTbl();
            fill.accept(ct);
            XWPFTable table = new XWPFTable(ct, cell, false);
            cell.insertTable(cell.getBodyElements().size(), table);
            return table;
        }

        @Override
        public double width() {
            return width;
        }

    }
}
