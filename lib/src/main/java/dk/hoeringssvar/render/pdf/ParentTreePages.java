package dk.hoeringssvar.render.pdf;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Map;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes each page's entry of the parent tree as soon as the page is finished.
 *
 * <p>OpenPDF keeps, for every page, an array with a reference to the structure element of each
 * marked-content id on it, and writes them all when the document closes: for a bundle of 20,000 pages
 * some 20 MB. A finished page's array never changes, so it is written out at once and replaced by its
 * reference, which OpenPDF's {@code PdfStructureTreeRoot.buildTree} takes as it takes the references it
 * keeps for annotations. The map is private to OpenPDF: if it cannot be reached (another OpenPDF
 * version), the arrays are left to OpenPDF, which is correct and only costs memory.
 *
 * <p>One instance per PDF; not thread-safe.
 */
final class ParentTreePages {

    private static final Field PARENT_TREE = parentTreeField();

    private final PdfWriter writer;
    private Map<Integer, PdfObject> entries;
    /** OpenPDF numbers the entries 0, 1, 2 … as it makes them; those below this are written. */
    private int written;

    ParentTreePages(PdfWriter writer) {
        this.writer = writer;
    }

    private static Field parentTreeField() {
        try {
            Field field = PdfStructureTreeRoot.class.getDeclaredField("parentTree");
            field.setAccessible(true);
            return Map.class.isAssignableFrom(field.getType()) ? field : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the arrays of every page before the current one; call when a new page starts. */
    void writeFinishedPages() throws IOException {
        Map<Integer, PdfObject> map = entries();
        if (map == null) {
            return;
        }
        for (int key = written; key < map.size(); key++) {
            if (map.get(key) instanceof PdfArray array) {
                map.put(key, writer.addToBody(array).getIndirectReference());
            }
        }
        written = map.size();
    }

    @SuppressWarnings("unchecked")
    private Map<Integer, PdfObject> entries() {
        if (entries == null && PARENT_TREE != null) {
            try {
                entries = (Map<Integer, PdfObject>) PARENT_TREE.get(writer.getStructureTreeRoot());
            } catch (IllegalAccessException | ClassCastException e) {
                return null;
            }
        }
        return entries;
    }
}
