package dk.hoeringssvar.importer;

import dk.hoeringssvar.HoeringssvarException;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF by PDFBox, sorted by position, with a form feed between pages. */
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
            PDFTextStripper stripper = new PDFTextStripper();
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
}
