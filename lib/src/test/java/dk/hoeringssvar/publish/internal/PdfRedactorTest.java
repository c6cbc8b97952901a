package dk.hoeringssvar.publish.internal;

import static dk.hoeringssvar.publish.internal.RedactionFixtures.CPR;
import static dk.hoeringssvar.publish.internal.RedactionFixtures.PLANTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.hoeringssvar.publish.internal.PdfRedactor.Outcome;
import dk.hoeringssvar.publish.internal.PdfRedactor.Outcome.Cleaned;
import dk.hoeringssvar.publish.internal.PdfRedactor.Outcome.Unsafe;
import dk.hoeringssvar.publish.internal.PdfRedactor.Removal;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** Personal data planted in every place a PDF can hold text is gone from the cleaned file; the rest stays. */
class PdfRedactorTest {

    private final PdfRedactor redactor = new PdfRedactor(RedactionFixtures::find);

    private Cleaned cleaned(byte[] pdf) {
        Outcome outcome = redactor.redact(pdf);
        assertThat(outcome).isInstanceOf(Cleaned.class);
        return (Cleaned) outcome;
    }

    private String unsafe(byte[] pdf) {
        Outcome outcome = redactor.redact(pdf);
        assertThat(outcome).isInstanceOf(Unsafe.class);
        return ((Unsafe) outcome).reason();
    }

    @Test
    void plantedDataIsGoneFromTextAndFromEveryStringAndStream() {
        Cleaned result = cleaned(RedactionFixtures.everything());

        String text = RedactionFixtures.pageTexts(result.pdf()).get(0);
        for (String planted : PLANTED) {
            assertThat(text).doesNotContain(planted);
        }
        List<String> strings = RedactionFixtures.everyString(result.pdf());
        for (String planted : PLANTED) {
            assertThat(strings).noneMatch(s -> s.contains(planted));
        }
        assertThat(strings).noneMatch(s -> s.contains("ubrugt"));
    }

    @Test
    void surroundingWordsStayInOrderAndTheMarkIsThere() {
        String text = RedactionFixtures.pageTexts(cleaned(RedactionFixtures.everything()).pdf()).get(0);

        assertThat(text).containsSubsequence("Borger med CPR", "har skrevet.", "Kontakt:", "i dag.", "Tlf.",
                "efter kl. 16.", "hos Æblebanken, Østergade.", "Sagsnr. 17 vedr.", "i formularen.",
                "Med venlig hilsen");
        assertThat(text.split("\\[fjernet]", -1)).hasSize(6);
    }

    @Test
    void removalsNameThePageRuleAndText() {
        assertThat(cleaned(RedactionFixtures.everything()).removals())
                .extracting(Removal::page, Removal::rule, Removal::text)
                .containsExactly(
                        tuple(1, "cpr", CPR),
                        tuple(1, "email", RedactionFixtures.EMAIL),
                        tuple(1, "phone", RedactionFixtures.PHONE),
                        tuple(1, "account", RedactionFixtures.ACCOUNT),
                        tuple(1, "cpr", RedactionFixtures.CPR_BARE));
    }

    @Test
    void glyphsAfterARemovalStayWhereTheyWere() {
        byte[] original = RedactionFixtures.everything();
        byte[] result = cleaned(original).pdf();

        for (String word : List.of("har skrevet", "i dag", "efter kl", "hos Æblebanken", "i formularen")) {
            assertThat(RedactionFixtures.positionOf(result, word))
                    .as(word)
                    .usingComparatorWithPrecision(0.01f)
                    .containsExactly(RedactionFixtures.positionOf(original, word));
        }
    }

    @Test
    void quoteOperatorsWordAndCharacterSpacingKeepTheRestInPlace() {
        byte[] original = RedactionFixtures.raw("BT /F1 12 Tf 16 TL 60 700 Td 2 Tw 0.4 Tc "
                + "(Borger med CPR " + CPR + " har skrevet.) Tj "
                + "(Tlf. " + RedactionFixtures.PHONE + " nu.) ' "
                + "1.5 0.2 (Mail " + RedactionFixtures.EMAIL + " slut.) \" ET", RedactionFixtures.helvetica());
        Cleaned result = cleaned(original);

        assertThat(result.removals()).extracting(Removal::rule).containsExactly("cpr", "phone", "email");
        for (String word : List.of("har skrevet", "nu.", "slut.")) {
            assertThat(RedactionFixtures.positionOf(result.pdf(), word)).as(word)
                    .usingComparatorWithPrecision(0.01f)
                    .containsExactly(RedactionFixtures.positionOf(original, word));
        }
        assertThat(RedactionFixtures.everyString(result.pdf()))
                .noneMatch(s -> PLANTED.stream().anyMatch(s::contains));
    }

    @Test
    void aFakeBoldTwinIsRemovedWithTheGlyphItDoubles() {
        Cleaned result = cleaned(RedactionFixtures.fakeBold());

        assertThat(result.removals()).hasSize(1);
        assertThat(RedactionFixtures.everyString(result.pdf())).noneMatch(s -> s.contains("0102"));
        assertThat(RedactionFixtures.pageTexts(result.pdf()).get(0)).contains("Borger med CPR", "har skrevet.");
    }

    @Test
    void theMarkCoversWhereTheTextWas() throws IOException {
        byte[] original = RedactionFixtures.everything();
        byte[] result = cleaned(original).pdf();

        try (PDDocument document = Loader.loadPDF(result)) {
            BufferedImage image = new PDFRenderer(document).renderImage(0, 1f);
            for (String removed : List.of(CPR, "jens", "+45", "Reg.", RedactionFixtures.CPR_BARE)) {
                float[] at = RedactionFixtures.positionOf(original, removed);
                int rgb = image.getRGB(Math.round(at[0]) + 1, Math.round(at[1]) - 2);
                assertThat((rgb >> 8) & 0xff).as("green at " + removed).isLessThan(60);
            }
        }
    }

    @Test
    void textInAVisibleLayerIsCleanedAndTheLayersGo() throws IOException {
        Cleaned result = cleaned(RedactionFixtures.layered(true));

        assertThat(result.removals()).extracting(Removal::text).containsExactly(CPR);
        assertThat(RedactionFixtures.pageTexts(result.pdf()).get(0)).contains("Note: CPR", "tjekket.");
        try (PDDocument document = Loader.loadPDF(result.pdf())) {
            assertThat(document.getDocumentCatalog().getOCProperties()).isNull();
        }
    }

    @Test
    void textInAHiddenLayerIsUnsafe() {
        assertThat(unsafe(RedactionFixtures.layered(false))).contains("layer that is switched off");
    }

    @Test
    void unbalancedSaveRestoreDoesNotMoveTheMarks() throws IOException {
        byte[] original = RedactionFixtures.raw("Q Q 2 0 0 2 0 0 cm q BT /F1 6 Tf 30 350 Td (CPR " + CPR
                + " slut) Tj ET", RedactionFixtures.helvetica());
        byte[] result = cleaned(original).pdf();

        try (PDDocument document = Loader.loadPDF(result)) {
            BufferedImage image = new PDFRenderer(document).renderImage(0, 1f);
            float[] at = RedactionFixtures.positionOf(original, "0102");
            assertThat((image.getRGB(Math.round(at[0]) + 2, Math.round(at[1]) - 3) >> 8) & 0xff).isLessThan(60);
        }
        assertThat(RedactionFixtures.pageTexts(result).get(0)).contains("CPR", "slut");
    }

    @Test
    void aFormDrawnOnTwoPagesIsCleanedOnBothAndCopiedOnce() throws IOException {
        Cleaned result = cleaned(RedactionFixtures.sharedForm());

        assertThat(result.removals()).extracting(Removal::page, Removal::text)
                .containsExactly(tuple(1, CPR), tuple(2, CPR));
        assertThat(RedactionFixtures.pageTexts(result.pdf()))
                .allSatisfy(text -> assertThat(text).contains("Aarby Kommune, sag om CPR", ", side"));
        assertThat(RedactionFixtures.everyString(result.pdf())).noneMatch(s -> s.contains(CPR));
        try (PDDocument document = Loader.loadPDF(result.pdf())) {
            var first = document.getPage(0).getResources().getXObjectNames().iterator().next();
            assertThat(document.getPage(1).getResources().getCOSObject().getCOSDictionary(
                    org.apache.pdfbox.cos.COSName.XOBJECT).getDictionaryObject(first))
                    .isSameAs(document.getPage(0).getResources().getCOSObject().getCOSDictionary(
                            org.apache.pdfbox.cos.COSName.XOBJECT).getDictionaryObject(first));
        }
    }

    @Test
    void inlineImagesAreKept() {
        byte[] original = RedactionFixtures.raw("q 20 0 0 20 60 600 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u0000\u00ff\u00ff\u0000"
                + " EI Q BT /F1 12 Tf 60 700 Td (CPR " + CPR + " her) Tj ET", RedactionFixtures.helvetica());
        Cleaned result = cleaned(original);

        assertThat(result.removals()).hasSize(1);
        assertThat(RedactionFixtures.everyString(result.pdf()))
                .anyMatch(s -> s.contains("BI") && s.contains("ID\n\u0000\u00ff\u00ff\u0000"));
    }

    @Test
    void aFileWithNothingToRemoveComesBackCleanedAndReadable() throws IOException {
        byte[] original = RedactionFixtures.letter(2, false);
        Cleaned result = cleaned(original);

        assertThat(result.removals()).isEmpty();
        assertThat(RedactionFixtures.pageTexts(result.pdf())).isEqualTo(RedactionFixtures.pageTexts(original));
        try (PDDocument document = Loader.loadPDF(result.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
    }

    @Test
    void aBlankPageWithoutContentIsFine() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            pdf = RedactionFixtures.save(document);
        }
        assertThat(cleaned(pdf).removals()).isEmpty();
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        byte[] original = RedactionFixtures.everything();

        assertThat(cleaned(original).pdf()).isEqualTo(new PdfRedactor(RedactionFixtures::find)
                .redact(original) instanceof Cleaned c ? c.pdf() : null);
    }

    @Test
    void oneRedactorServesManyThreads() throws Exception {
        byte[] original = RedactionFixtures.letter(3, true);
        byte[] expected = cleaned(original).pdf();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Outcome>> runs = pool.invokeAll(
                    java.util.Collections.nCopies(8, () -> redactor.redact(original)));
            for (Future<Outcome> run : runs) {
                assertThat(((Cleaned) run.get()).pdf()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aHundredPagesInReasonableTime() {
        byte[] original = RedactionFixtures.letter(100, true);
        long start = System.nanoTime();
        Cleaned result = cleaned(original);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.removals()).hasSize(100).allMatch(r -> r.text().equals(CPR));
        assertThat(millis).as("milliseconds for 100 pages").isLessThan(30_000);
    }

    @Test
    void encryptedFileIsUnsafe() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
            pdf = RedactionFixtures.save(document);
        }
        assertThat(unsafe(pdf)).isEqualTo("the file is encrypted");
    }

    @Test
    void damagedFileIsUnsafe() {
        assertThat(unsafe("%PDF-1.7\nnot really a pdf".getBytes())).contains("damaged");
        byte[] whole = RedactionFixtures.letter(1, true);
        assertThat(redactor.redact(Arrays.copyOf(whole, 40))).isInstanceOf(Unsafe.class);
    }

    @Test
    void scannedPageIsUnsafe() {
        assertThat(unsafe(RedactionFixtures.scan()))
                .isEqualTo("page 1 has no text layer (a scan?); personal data in it cannot be found");
    }

    @Test
    void scanWithOcrLayerIsUnsafe() {
        assertThat(unsafe(RedactionFixtures.ocrScan())).startsWith("page 1 is a scanned image");
    }

    @Test
    void personalDataInAType3FontIsUnsafe() {
        assertThat(unsafe(RedactionFixtures.type3())).contains("Type 3");
    }

    @Test
    void fontWithoutUnicodeMappingIsUnsafe() {
        assertThat(unsafe(RedactionFixtures.withoutUnicode())).contains("without a Unicode mapping");
    }

    @Test
    void aFinderThatThrowsIsNotTurnedIntoUnsafe() {
        PdfRedactor broken = new PdfRedactor(text -> {
            throw new IllegalStateException("rule table missing");
        });
        assertThatThrownBy(() -> broken.redact(RedactionFixtures.letter(1, false)))
                .isInstanceOf(IllegalStateException.class).hasMessage("rule table missing");
    }

    @Test
    void writesAPageForTheEye() throws IOException {
        Path out = Path.of("target", "redact-fixture.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, cleaned(RedactionFixtures.everything()).pdf());
        Files.write(Path.of("target", "redact-original.pdf"), RedactionFixtures.everything());
    }
}
