package dk.hoeringssvar.render.docx;

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

    XWPFTable table(int rows, int columns);

    double width();

    record DocumentBody(XWPFDocument document, double width) implements BodyTarget {
        @Override
        public XWPFParagraph paragraph() {
            return document.createParagraph();
        }

        @Override
        public XWPFTable table(int rows, int columns) {
            return document.createTable(rows, columns);
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
        public XWPFTable table(int rows, int columns) {
            if (untouched) {
                untouched = false;
                cell.removeParagraph(0);
            }
            CTTbl ct = cell.getCTTc().addNewTbl();
            XWPFTable table = new XWPFTable(ct, cell, rows, columns);
            cell.insertTable(cell.getBodyElements().size(), table);
            return table;
        }

        @Override
        public double width() {
            return width;
        }

    }
}
