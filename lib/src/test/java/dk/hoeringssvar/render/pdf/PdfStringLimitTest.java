package dk.hoeringssvar.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.model.TestImages;
import dk.hoeringssvar.testing.Statements;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PDF/A-2 allows no string over 32,767 bytes (rule 6.1.13-3). Valid input may hold far longer titles,
 * headings, box titles and alt texts; the strings written to metadata, bookmarks and structure
 * attributes are shortened visibly, while the page keeps the whole text.
 */
class PdfStringLimitTest {

    /** 20,000 characters outside PDFDocEncoding: 40,002 bytes as UTF-16. */
    private static final String WIDE = "Høringssvar ő ".repeat(1_430).strip();
    /** 40,000 characters that PDFDocEncoding holds in one byte each. */
    private static final String NARROW = "abcde fghi".repeat(4_000);

    private static byte[] pdf;

    @BeforeAll
    static void render() {
        HearingStatement statement = HearingStatement.builder()
                .sender("Lindå Ungdomsråd", SenderKind.ASSOCIATION)
                .recipient("Kultur- og Fritidsudvalget")
                .title(WIDE)
                .date(LocalDate.of(2026, 5, 2))
                .body(new BodyBlock.Heading(1, NARROW))
                .body(BodyBlock.ProposalBox.of(WIDE, null, "Længere åbent om aftenen"))
                .body(new BodyBlock.Figure(Image.of(TestImages.pngBytes(40, 20), "test"), null, WIDE))
                .paragraph("Vi bakker op om forslaget.")
                .build();
        pdf = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build().render(statement, OutputFormat.PDF);
    }

    @Test
    void keepsThePdfAClaimAndPassesVeraPdf() {
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("pdfaid:part>2<");
        assertThat(VeraPdf.pdfA2uFailures(pdf)).isEmpty();
        assertThat(VeraPdf.pdfUa1Failures(pdf)).isEmpty();
    }

    @Test
    void shortensMetadataAndBookmarksVisiblyAndKeepsTheWholeTextOnThePage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String title = doc.getDocumentInformation().getTitle();
            assertThat(title).hasSizeLessThan(WIDE.length()).startsWith(WIDE.substring(0, 200)).endsWith("…");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item = doc.getDocumentCatalog().getDocumentOutline().getFirstChild(); item != null;
                    item = item.getNextSibling()) {
                bookmarks.add(item.getTitle());
                for (PDOutlineItem child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
                    bookmarks.add(child.getTitle());
                }
            }
            assertThat(bookmarks).anySatisfy(b -> assertThat(b).startsWith(NARROW.substring(0, 100)).endsWith("…"));
            assertThat(bookmarks).allSatisfy(b -> assertThat(b.length()).isLessThan(NARROW.length()));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // running headers and footers come between the pages, so count the heading's words instead
            assertThat(text.split("abcde", -1)).hasSize(4_001);
            assertThat(text.split("fghi", -1)).hasSize(4_001);
        }
    }
}
