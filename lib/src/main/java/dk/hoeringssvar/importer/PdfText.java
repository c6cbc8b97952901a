package dk.hoeringssvar.importer;

import dk.hoeringssvar.HoeringssvarException;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF by PDFBox, sorted by position, with a form feed between pages. A wide gap between
 * words on a line (signatures side by side, a meeting block's columns) comes out as three spaces, so
 * that columns can be told apart from words.
 */
final class PdfText {

    private PdfText() {
    }

    static String extract(byte[] bytes, String name) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                throw new HoeringssvarException(name + ": the PDF is encrypted; its text cannot be imported");
            }
            if (pdf.getNumberOfPages() == 0) {
                throw new HoeringssvarException(name + ": the PDF has no pages");
            }
            PDFTextStripper stripper = new ColumnStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n\f");
            return stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new HoeringssvarException(name + ": the PDF is encrypted; its text cannot be imported", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof HoeringssvarException he) {
                throw he;
            }
            throw new HoeringssvarException(name + ": not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    /** Widens the separator where the gap between two words is much wider than a space. */
    private static final class ColumnStripper extends PDFTextStripper {
        private float lastEnd = Float.NaN;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                if (!Float.isNaN(lastEnd)) {
                    float space = Math.max(first.getWidthOfSpace(), 1f);
                    if (first.getXDirAdj() - lastEnd > 4 * space) {
                        output.write("  ");
                    }
                }
                TextPosition last = positions.get(positions.size() - 1);
                lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
            }
            super.writeString(text, positions);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lastEnd = Float.NaN;
            super.writeLineSeparator();
        }

        @Override
        protected void writePageEnd() throws IOException {
            lastEnd = Float.NaN;
            super.writePageEnd();
        }
    }
}
