package dk.hoeringssvar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.bundle.Hearing;
import dk.hoeringssvar.bundle.ReceivedDocument;
import dk.hoeringssvar.document.DocumentTreePrinter;
import dk.hoeringssvar.json.HoeringssvarJson;
import dk.hoeringssvar.json.JsonFormatException;
import dk.hoeringssvar.markup.MarkupException;
import dk.hoeringssvar.model.Annex;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingReference;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.model.Meeting;
import dk.hoeringssvar.model.ParticipantGroup;
import dk.hoeringssvar.model.Point;
import dk.hoeringssvar.model.RichText;
import dk.hoeringssvar.model.Sender;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.model.Stance;
import dk.hoeringssvar.model.TestImages;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.template.TemplateNames;
import dk.hoeringssvar.testing.Statements;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of hostile and broken input. Each case says what must happen: the text comes out
 * literally (markup and template syntax are never interpreted), or a typed error names the field or
 * file. Nothing else may escape.
 */
class HostileInputTest {

    /** Shows the points too, so every text field of the model reaches the page. */
    private static final DocumentEngine ENGINE = DocumentEngine.builder().clock(Statements.FIXED_CLOCK)
            .showPoints(true).build();

    /** Markup, template syntax, entities, CDATA, script and quotes in one string. */
    static final String PAYLOAD = "<b>fed</b> &amp; <![CDATA[x]]> ${statement.title} <#assign x=1> [=x] "
            + "<script>alert('x')</script> \"citat\" <!-- c --> &#x41; </document>";

    /** Each text field of the model, with the payload put into it. */
    static Stream<Arguments> everyTextField() {
        List<Arguments> cases = new ArrayList<>();
        field(cases, "title", t -> base().title(t));
        field(cases, "recipient", t -> base().recipient(t));
        field(cases, "letterhead line", t -> base().letterhead(t));
        field(cases, "sender name", t -> HearingStatement.builder().sender(t, SenderKind.CITIZEN).title("T"));
        field(cases, "place", t -> base().place(t).date(LocalDate.of(2026, 1, 2)));
        field(cases, "closing", t -> base().closing(t));
        field(cases, "signatory name", t -> base().signatory(t, "Formand"));
        field(cases, "signatory role", t -> base().signatory("Bo", t));
        field(cases, "proposal title", t -> base().hearing(new HearingReference(t, null, null, null)));
        field(cases, "authority", t -> base().hearing(new HearingReference("F", t, null, null)));
        field(cases, "case number", t -> base().hearing(new HearingReference("F", null, t, null)));
        field(cases, "heading", t -> base().heading(t));
        field(cases, "paragraph", t -> base().paragraph(t));
        field(cases, "bullet item", t -> base().body(BodyBlock.BulletList.of(t)));
        field(cases, "numbered item", t -> base().body(BodyBlock.NumberedList.of(t)));
        field(cases, "quotation", t -> base().body(BodyBlock.Quotation.of(t, t)));
        field(cases, "pull-quote", t -> base().body(new BodyBlock.PullQuote(t)));
        field(cases, "box title, intro and item", t -> base().body(BodyBlock.ProposalBox.of(t, t, t)));
        field(cases, "table header and cell", t -> base().body(new BodyBlock.Table(List.of(t), List.of(List.of(t)))));
        field(cases, "figure caption and alt text", t -> base().body(new BodyBlock.Figure(TestImages.png(8, 4), t, t)));
        field(cases, "point text, theme and reference", t -> base().point(new Point(t, Stance.CONCERN, t, t)));
        field(cases, "meeting place, chair, minute-taker, side, names, apologies", t -> base().meeting(
                new Meeting(LocalDate.of(2026, 1, 2), null, null, t, List.of(new ParticipantGroup(t, List.of(t))),
                        List.of(t), t, t)));
        field(cases, "annex title and annexed statement", t -> base().annex(new Annex(t, List.of(BodyBlock.Paragraph.of(t)),
                List.of(HearingStatement.builder().sender(t, SenderKind.OTHER).title(t).build()))));
        return cases.stream();
    }

    private static void field(List<Arguments> cases, String name, Function<String, HearingStatement.Builder> put) {
        cases.add(Arguments.of(name, put));
    }

    private static HearingStatement.Builder base() {
        return HearingStatement.builder().sender("Ældrerådet", SenderKind.ASSOCIATION).title("Høringssvar");
    }

    @ParameterizedTest(name = "markup and template syntax in {0} come out literally")
    @MethodSource("everyTextField")
    void markupAndTemplateSyntaxInEveryFieldComeOutLiterally(String name, Function<String, HearingStatement.Builder> put) {
        HearingStatement statement = put.apply(PAYLOAD).build();
        String tree = DocumentTreePrinter.print(ENGINE.documentTree(statement, TemplateNames.STATEMENT));
        assertThat(tree).contains(PAYLOAD);
        String html = new String(ENGINE.render(statement, OutputFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;b&gt;fed&lt;/b&gt; &amp;amp; &lt;![CDATA[x]]&gt; ${statement.title} &lt;#assign x=1&gt;")
                .doesNotContain("<script>alert");
        assertThat(ENGINE.render(statement, OutputFormat.DOCX)).isNotEmpty();
        assertThat(pdfText(ENGINE.render(statement, OutputFormat.PDF)).replaceAll("\\s+", " "))
                .contains("<b>fed</b> &amp; <![CDATA[x]]>");
    }

    static Stream<Arguments> rejectedCharacters() {
        return Stream.of(
                Arguments.of("NUL", "\u0000", "control character U+0000"),
                Arguments.of("bell", "\u0007", "control character U+0007"),
                Arguments.of("escape", "\u001B", "control character U+001B"),
                Arguments.of("delete", "\u007F", "control character U+007F"),
                Arguments.of("C1 next line", "\u0085", "control character U+0085"),
                Arguments.of("non-character U+FFFE", "\uFFFE", "non-character U+FFFE"),
                Arguments.of("non-character U+FFFF", "\uFFFF", "non-character U+FFFF"),
                Arguments.of("lone high surrogate", "\uD83D", "unpaired surrogate U+D83D"),
                Arguments.of("lone low surrogate", "\uDE00", "unpaired surrogate U+DE00"));
    }

    @ParameterizedTest(name = "{0} is rejected with the field named")
    @MethodSource("rejectedCharacters")
    void xmlIllegalCharactersAreRejectedWithTheFieldNamed(String name, String bad, String message) {
        assertThatThrownBy(() -> base().paragraph("Før" + bad + "efter").build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith("TextRun.text: ").hasMessageContaining(message);
        assertThatThrownBy(() -> base().title("Før" + bad).build())
                .isInstanceOf(InvalidModelException.class).hasMessageStartingWith("HearingStatement.title: ");
    }

    @Test
    void verticalTabAndFormFeedFromWordBecomeLineBreaks() {
        HearingStatement s = base().paragraph("Linje 1\u000BLinje 2\u000CLinje 3").build();
        assertThat(DocumentTreePrinter.print(ENGINE.documentTree(s, TemplateNames.STATEMENT)))
                .contains("p[body]: Linje 1⏎Linje 2⏎Linje 3");
    }

    @Test
    void hebrewRightToLeftTextIsKeptInLogicalOrder() {
        HearingStatement s = base().paragraph("Svar på hebraisk: שלום עולם.").build();
        assertThat(pdfText(ENGINE.render(s, OutputFormat.PDF))).contains("Svar på hebraisk:");
        assertThat(new String(ENGINE.render(s, OutputFormat.HTML), StandardCharsets.UTF_8)).contains("שלום עולם");
    }

    static Stream<Arguments> charactersTheFontLacks() {
        return Stream.of(
                Arguments.of("emoji", "Tak 😀 for høringen", "U+1F600"),
                Arguments.of("Arabic", "مرحبا", "U+0645"),
                Arguments.of("Chinese", "漢字", "U+6F22"));
    }

    @ParameterizedTest(name = "{0}: a clear PDF error, never a dropped glyph; DOCX and HTML keep it")
    @MethodSource("charactersTheFontLacks")
    void charactersTheFontLacksAreAClearPdfErrorNeverADroppedGlyph(String name, String text, String codePoint) {
        HearingStatement s = base().paragraph(text).build();
        assertThatThrownBy(() -> ENGINE.render(s, OutputFormat.PDF))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("Liberation Sans has no glyph for " + codePoint).hasMessageContaining(text);
        assertThat(new String(ENGINE.render(s, OutputFormat.HTML), StandardCharsets.UTF_8)).contains(text);
        assertThat(ENGINE.render(s, OutputFormat.DOCX)).isNotEmpty();
    }

    @Test
    void aVeryLongWordIsBrokenAcrossLinesWithoutLosingACharacter() {
        String word = "Beskæftigelsesindsatsomlægningsprocesforløb".repeat(60);
        String text = pdfText(ENGINE.render(base().paragraph(word).build(), OutputFormat.PDF));
        assertThat(text.replaceAll("\\s+", "")).contains(word);
    }

    @Test
    void aTableOfFiveHundredRowsRunsOverPagesWithItsHeader() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            rows.add(List.of(Integer.toString(i), "Bemærkning nummer " + i + " om åbningstiderne"));
        }
        byte[] pdf = ENGINE.render(base().body(new BodyBlock.Table(List.of("Nr.", "Bemærkning"), rows)).build(),
                OutputFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(10);
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            assertThat(last.getText(doc)).contains("Bemærkning", "500");
        }
    }

    @Test
    void aTableWithTwelveColumnsOfLongWordsStaysOnThePage() {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            header.add("Kolonneoverskriftsbetegnelse" + i);
        }
        byte[] pdf = ENGINE.render(base().body(new BodyBlock.Table(header, List.of(header))).build(), OutputFormat.PDF);
        assertThat(pdfText(pdf).replaceAll("\\s+", "")).contains("Kolonneoverskriftsbetegnelse11");
    }

    @Test
    void tenMegabytesOfTextRender() {
        StringBuilder sb = new StringBuilder(10_100_000);
        while (sb.length() < 10_000_000) {
            sb.append("Høringssvaret om bibliotekernes åbningstider fylder – meget. ");
        }
        HearingStatement s = base().paragraph(sb.toString()).build();
        assertThat(ENGINE.render(s, OutputFormat.HTML).length).isGreaterThan(10_000_000);
        byte[] pdf = ENGINE.render(s, OutputFormat.PDF);
        assertThat(new String(pdf, 0, 8, StandardCharsets.US_ASCII)).startsWith("%PDF-");
    }

    @Test
    void aFieldLongerThanTheLimitIsRejectedWithItsName() {
        char[] huge = new char[20_000_001];
        Arrays.fill(huge, 'a');
        assertThatThrownBy(() -> base().title(new String(huge)).build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("HearingStatement.title: is 20000001 characters long; at most 20000000 are allowed");
    }

    @Test
    void brokenImagesAreRejectedWhereTheyEnter(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> Image.of("<svg/>".getBytes(StandardCharsets.UTF_8), "logo.svg"))
                .isInstanceOf(InvalidModelException.class).hasMessage("logo.svg: not a PNG or JPEG image");
        byte[] png = TestImages.pngBytes(40, 40);
        assertThatThrownBy(() -> Image.of(Arrays.copyOf(png, 60), "figur.png"))
                .isInstanceOf(InvalidModelException.class).hasMessageStartingWith("figur.png: unreadable PNG image");
        byte[] jpegHeaderOnly = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        assertThatThrownBy(() -> Image.of(jpegHeaderOnly, "foto.jpg"))
                .isInstanceOf(InvalidModelException.class).hasMessageStartingWith("foto.jpg: unreadable JPEG image");
        Path json = Files.writeString(dir.resolve("svar.json"), """
                {"senders": [{"name": "A", "kind": "citizen"}], "title": "T",
                 "body": [{"type": "figure", "image": {"file": "mangler.png"}, "altText": "x"}]}""");
        assertThatThrownBy(() -> new HoeringssvarJson().readStatement(json))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("$.body[0].image: ")
                .hasMessageContaining("mangler.png");
    }

    @Test
    void aTallNarrowImageIsScaledToThePage() throws IOException {
        byte[] pdf = ENGINE.render(base().body(new BodyBlock.Figure(TestImages.png(4, 4000), "Smal", "Smal figur"))
                .build(), OutputFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isLessThanOrEqualTo(2);
        }
    }

    static Stream<Arguments> brokenReceivedPdfs() {
        return Stream.of(
                Arguments.of("damaged", (ThrowingSupplier) () -> "%PDF-1.7\nnot really a pdf".getBytes(StandardCharsets.US_ASCII),
                        "ødelagt.pdf"),
                Arguments.of("truncated", (ThrowingSupplier) () -> Arrays.copyOf(ENGINE.render(Statements.compact(),
                        OutputFormat.PDF), 400), "ødelagt.pdf"),
                Arguments.of("encrypted", (ThrowingSupplier) HostileInputTest::encryptedPdf, "ødelagt.pdf"),
                Arguments.of("no pages", (ThrowingSupplier) HostileInputTest::zeroPagePdf, "ødelagt.pdf"));
    }

    @ParameterizedTest(name = "a {0} received PDF is an error naming the file, nothing written")
    @MethodSource("brokenReceivedPdfs")
    void brokenReceivedPdfsAreAnErrorNamingTheFileAndNothingIsWritten(String name, ThrowingSupplier bytes, String file,
                                                                       @TempDir Path dir) throws Exception {
        AnnexBundle bundle = bundleWith(new ReceivedDocument(file, bytes.get(), "Svar",
                Sender.of("Dansk Metal", SenderKind.UNION)));
        Path target = dir.resolve("bundle.pdf");
        assertThatThrownBy(() -> ENGINE.render(bundle, OutputFormat.PDF, target, RenderProgress.NONE))
                .isInstanceOf(RenderException.class).hasMessageContaining(file);
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileThatIsNeitherPdfNorDocxIsRejectedByName() {
        assertThatThrownBy(() -> new ReceivedDocument("svar.odt", "PK no".getBytes(StandardCharsets.US_ASCII), "T",
                Sender.of("A", SenderKind.CITIZEN))).hasMessage("svar.odt: is neither a PDF nor a DOCX file");
    }

    static Stream<Arguments> brokenReceivedDocx() {
        return Stream.of(
                Arguments.of("zip bomb", (ThrowingSupplier) HostileInputTest::zipBomb),
                Arguments.of("zip without a Word document", (ThrowingSupplier) () -> zip("hej.txt", new byte[10])),
                Arguments.of("damaged zip", (ThrowingSupplier) () -> Arrays.copyOf(zip("word/document.xml",
                        new byte[2000]), 30)));
    }

    @ParameterizedTest(name = "a received DOCX that is a {0} is an error naming the file")
    @MethodSource("brokenReceivedDocx")
    void brokenReceivedDocxAreAnErrorNamingTheFile(String name, ThrowingSupplier bytes) throws Exception {
        AnnexBundle bundle = bundleWith(new ReceivedDocument("farlig.docx", bytes.get(), "Svar",
                Sender.of("A", SenderKind.CITIZEN)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> ENGINE.render(bundle, OutputFormat.DOCX, out))
                .isInstanceOf(RenderException.class).hasMessageContaining("farlig.docx");
        assertThat(out.size()).isZero();
    }

    static Stream<Arguments> hostileMarkup() {
        return Stream.of(
                Arguments.of("external entity", "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><document><body><p>&x;</p></body></document>"),
                Arguments.of("entity expansion", "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><document><body><p>&b;</p></body></document>"),
                Arguments.of("processing instruction and unknown element", "<?xml-stylesheet href=\"x\"?><document><body><iframe/></body></document>"),
                Arguments.of("javascript link", "<document><body><p><a href=\"javascript:alert(1)\">x</a></p></body></document>"));
    }

    @ParameterizedTest(name = "markup with {0} is a MarkupException")
    @MethodSource("hostileMarkup")
    void hostileMarkupIsAMarkupException(String name, String markup) {
        assertThatThrownBy(() -> ENGINE.renderMarkup(markup, OutputFormat.HTML, new ByteArrayOutputStream()))
                .isInstanceOf(MarkupException.class);
    }

    @Test
    void deeplyNestedMarkupIsAMarkupExceptionOnEveryJdk() {
        String markup = "<document><body><p>" + "<b>".repeat(3000) + "dybt" + "</b>".repeat(3000) + "</p></body></document>";
        assertThatThrownBy(() -> ENGINE.renderMarkup(markup, OutputFormat.HTML, new ByteArrayOutputStream()))
                .isInstanceOf(MarkupException.class).hasMessageContaining("nested deeper than 64 levels");
        String fine = "<document><body><p>" + "<b>".repeat(50) + "dybt" + "</b>".repeat(50) + "</p></body></document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ENGINE.renderMarkup(fine, OutputFormat.HTML, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<strong>dybt</strong>");
    }

    @Test
    void deeplyNestedJsonIsAJsonError() {
        String json = "{\"senders\": " + "[".repeat(5000) + "]".repeat(5000) + ", \"title\": \"T\"}";
        assertThatThrownBy(() -> new HoeringssvarJson().readStatement(json, "dyb.json", null))
                .isInstanceOf(JsonFormatException.class).hasMessageStartingWith("dyb.json: ");
    }

    @Test
    void aHugeNumberIsAJsonError() {
        String json = "{\"senders\": [{\"name\": \"A\", \"kind\": \"citizen\"}], \"title\": \"T\", "
                + "\"body\": [{\"type\": \"heading\", \"level\": 1" + "0".repeat(400) + ", \"text\": \"x\"}]}";
        assertThatThrownBy(() -> new HoeringssvarJson().readStatement(json, "tal.json", null))
                .isInstanceOf(JsonFormatException.class).hasMessageStartingWith("tal.json: $.body[0]");
    }

    // ------------------------------------------------------------------ helpers

    @FunctionalInterface
    interface ThrowingSupplier {
        byte[] get() throws Exception;
    }

    private static AnnexBundle bundleWith(ReceivedDocument document) {
        return new AnnexBundle(new Hearing("Forslag", null, null, null, null, null, List.of()),
                List.of(new BundleItem.Statement(Statements.compact()), new BundleItem.Received(document)));
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = Loader.loadPDF(ENGINE.render(Statements.compact(), OutputFormat.PDF))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("ejer", "bruger", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] zeroPagePdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.removePage(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** 300 MB of zeros in a few hundred kilobytes, named like a Word document's body. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
