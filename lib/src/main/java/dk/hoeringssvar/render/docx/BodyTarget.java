package dk.hoeringssvar.render.docx;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

/**
 * Where blocks go: the document body or a table cell (boxes, signature columns). Both append in
 * order; {@link #width()} is the usable width in points, for tables and pictures.
 *
 * <p>Tables are written as XML only ({@link TableBuilder}), without POI's table, row and cell
 * objects, which search each cell's content with XPath when made: a paragraph in a cell belongs to
 * the part (document or header) that holds the table, as POI's own cells resolve it.
 */
sealed interface BodyTarget {

    XWPFParagraph paragraph();

    /** Appends an empty table, to be filled by the caller. */
    CTTbl table();

    /** A target for {@code cell}, a cell of a table this target holds, {@code width} points wide inside. */
    default BodyTarget cell(CTTc cell, double width) {
        return new CellBody(cell, owner(), width);
    }

    double width();

    /** The body that owns the paragraphs written here: relations (pictures, links) are made in its part. */
    IBody owner();

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
        public CTTbl table() {
            return document.getDocument().getBody().addNewTbl();
        }

        @Override
        public IBody owner() {
            return document;
        }
    }

    /** A cell arrives holding one empty paragraph; the first paragraph asked for reuses it. */
    final class CellBody implements BodyTarget {
        private final CTTc cell;
        private final IBody owner;
        private final double width;
        private boolean untouched = true;

        CellBody(CTTc cell, IBody owner, double width) {
            this.cell = cell;
            this.owner = owner;
            this.width = width;
        }

        @Override
        public XWPFParagraph paragraph() {
            if (untouched) {
                untouched = false;
                return new XWPFParagraph(cell.getPArray(0), owner);
            }
            return new XWPFParagraph(cell.addNewP(), owner);
        }

        @Override
        public CTTbl table() {
            if (untouched) {
                untouched = false;
                cell.removeP(0);
            }
            return cell.addNewTbl();
        }

        @Override
        public double width() {
            return width;
        }

        @Override
        public IBody owner() {
            return owner;
        }
    }
}
