package dk.hoeringssvar.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.RenderProgress;
import dk.hoeringssvar.testing.Bundles;
import dk.hoeringssvar.testing.Statements;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A whole bundle rendered by the engine and read back with PDFBox, as a secretariat would check it. */
class BundlePdfTest {

    private static byte[] pdf;

    @BeforeAll
    static void render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build().render(Bundles.bundle(), OutputFormat.PDF, out);
        pdf = out.toByteArray();
    }

    private static List<String> pages(PDDocument doc) throws Exception {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(doc));
        }
        return pages;
    }

    @Test
    void theContentsPageNumbersAreWhereEachAnnexStarts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = pages(doc);
            String contents = pages.stream().filter(p -> p.contains("Indholdsfortegnelse")).findFirst().orElseThrow();
            for (int n = 1; n <= 4; n++) {
                Matcher entry = Pattern.compile("Bilag " + n + "\\s.*?(\\d+)\\s*$", Pattern.MULTILINE).matcher(contents);
                assertThat(entry.find()).as("contents entry for Bilag %d", n).isTrue();
                int listed = Integer.parseInt(entry.group(1));
                assertThat(pages.get(listed - 1)).as("page %d", listed).contains("Bilag " + n + " · side 1 af");
            }
        }
    }

    @Test
    void everyAnnexPageCarriesItsStampAndTheRunningPageNumber() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = pages(doc);
            int total = pages.size();
            int stamped = 0;
            for (int i = 0; i < total; i++) {
                String text = pages.get(i);
                assertThat(text).as("page %d", i + 1).contains("Side " + (i + 1) + " af " + total);
                Matcher stamp = Pattern.compile("Bilag (\\d) · side (\\d+) af (\\d+)").matcher(text);
                if (stamp.find()) {
                    stamped++;
                    assertThat(text).contains("Beskæftigelsesudvalget · Sagsnr. 2015-0417");
                }
            }
            int front = (int) pages.stream().takeWhile(p -> !p.contains("Bilag 1 · side 1 af")).count();
            assertThat(stamped).isEqualTo(total - front);
        }
    }

    @Test
    void aReceivedPdfThatIsNotPdfAIsNamedInAWarningOrFailsInStrictMode(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        byte[] plain;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            plain = out.toByteArray();
        }
        AnnexBundle bundle = new AnnexBundle(Bundles.hearing(), List.of(
                new BundleItem.Statement(Statements.compact()),
                new BundleItem.Received(new ReceivedDocument("ikke-pdfa.pdf", plain, "Svar",
                        dk.hoeringssvar.model.Sender.of("A", dk.hoeringssvar.model.SenderKind.CITIZEN)))));
        List<String> warnings = new ArrayList<>();
        RenderProgress listener = new RenderProgress() {
            @Override
            public void statementsDone(int done, int total) {
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
        java.nio.file.Path target = dir.resolve("bundle.pdf");
        DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build().render(bundle, OutputFormat.PDF, target, listener);
        assertThat(warnings).singleElement().asString().contains("ikke-pdfa.pdf");
        assertThat(new String(java.nio.file.Files.readAllBytes(target), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("pdfaid:part");
        java.nio.file.Path strictTarget = dir.resolve("strict.pdf");
        DocumentEngine strict = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).strictArchival(true).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.render(bundle, OutputFormat.PDF, strictTarget,
                        RenderProgress.NONE))
                .isInstanceOf(dk.hoeringssvar.render.RenderException.class).hasMessageContaining("ikke-pdfa.pdf");
        assertThat(strictTarget).doesNotExist();
    }

    @Test
    void theReceivedPdfIsPlacedAsTextAndTheOutlineHasAnnexesWithTheirHeadings() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String first = pages(doc).stream().filter(p -> p.contains("Bilag 4 · side 1 af")).findFirst().orElseThrow();
            assertThat(first).as("the received PDF's own text").contains("Høringssvar om beskæftigelsesplanen");
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertThat(top).contains("Bilag 1: " + Bundles.bundle().items().get(0).title(),
                    "Bilag 4: Høringssvar fra Dansk Metal");
            PDOutlineItem second = null;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().startsWith("Bilag 2:")) {
                    second = item;
                }
            }
            assertThat(second).isNotNull();
            assertThat(second.hasChildren()).isTrue();
        }
    }
}
