package dk.hoeringssvar.render.docx;

import static dk.hoeringssvar.render.docx.SampleTree.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.CompiledDocument.Part;
import dk.hoeringssvar.document.ReceivedFile;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.theme.Theme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxCompiledTest {

    private static final Instant TIMESTAMP = Instant.parse("2026-03-03T10:15:30Z");
    private static final StyleSheet SHEET = new StyleSheet(Theme.standard());
    private static final DocxRenderer RENDERER = new DocxRenderer(SHEET);
    private static final List<String> PART_HEADINGS = List.of("Bilag 1: Ældrerådet", "Bilag 2: Handicaprådet",
            "Bilag 3: Borgerforeningen", "Bilag 4: Fagforeningen FOA", "Bilag 5: Kort over Åby");

    private static byte[] received;
    private static byte[] bundle;

    @BeforeAll
    static void renderOnce() {
        received = CompiledSamples.receivedDocx();
        bundle = render(CompiledSamples.full(received));
    }

    private static byte[] render(CompiledDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(document, TIMESTAMP, out);
        return out.toByteArray();
    }

    private static int indexOfBookmark(XWPFDocument doc, String name) {
        List<XWPFParagraph> paragraphs = doc.getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getCTP().getBookmarkStartList().stream().anyMatch(b -> name.equals(b.getName()))) {
                return i;
            }
        }
        return -1;
    }

    private static XWPFDocument open() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bundle));
    }

    @Test
    void contentsIsATocFieldPreFilledWithThePartsAndWordUpdatesItOnOpening() throws IOException {
        try (XWPFDocument doc = open()) {
            List<String> instructions = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> Stream.of(r.getCTR().getInstrTextArray())).map(CTText::getStringValue)
                    .map(String::trim).toList();
            // Only the part headings, as in the PDF: Heading 1 inside the bookmark that spans the parts.
            assertThat(instructions).contains("TOC \\o \"1-1\" \\b _Bilag \\h \\z");
            List<String> entries = doc.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyleID()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(entries).containsExactlyElementsOf(PART_HEADINGS);
            assertThat(doc.getParagraphs().stream().filter(p -> "TOC2".equals(p.getStyleID()))).isEmpty();
            int rangeStart = indexOfBookmark(doc, "_Bilag");
            assertThat(rangeStart).isGreaterThanOrEqualTo(0)
                    .isLessThan(doc.getParagraphs().indexOf(paragraph(doc, PART_HEADINGS.getFirst())));
            assertThat(styleOf(doc, "Indhold")).isEqualTo("TOCHeading");
            // Each pre-filled entry links to a bookmark on its part's heading.
            XWPFParagraph first = doc.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyleID()))
                    .findFirst().orElseThrow();
            String anchor = first.getCTP().getHyperlinkArray(0).getAnchor();
            XWPFParagraph heading = paragraph(doc, PART_HEADINGS.getFirst());
            assertThat(heading.getCTP().getBookmarkStartList()).anySatisfy(b -> assertThat(b.getName()).isEqualTo(anchor));
        }
        assertThat(PackageEntries.text(bundle, "word/settings.xml")).containsPattern("<w:updateFields w:val=\"(on|true|1)\"/>");
    }

    @Test
    void everyPartOpensWithHeading1InASectionOfItsOwnOnANewPage() throws IOException {
        try (XWPFDocument doc = open()) {
            List<CTSectPr> sections = sections(doc);
            assertThat(sections).hasSize(1 + PART_HEADINGS.size());
            assertThat(sections).allSatisfy(s -> assertThat(s.getType().getVal().toString()).isEqualTo("nextPage"));
            List<IBodyElement> body = doc.getBodyElements();
            int previous = -1;
            for (String heading : PART_HEADINGS) {
                XWPFParagraph p = paragraph(doc, heading);
                assertThat(p.getText()).isEqualTo(heading);
                assertThat(p.getStyleID()).isEqualTo("Heading1");
                int at = body.indexOf(p);
                // A section break stands between the previous part (or the front matter) and this heading.
                boolean breakBefore = body.subList(previous + 1, at).stream()
                        .anyMatch(e -> e instanceof XWPFParagraph q && q.getCTP().getPPr() != null
                                && q.getCTP().getPPr().isSetSectPr());
                assertThat(breakBefore).as(heading).isTrue();
                previous = at;
            }
            assertThat(styleOf(doc, "Høringssvar fra Handicaprådet")).isEqualTo("Heading2");
            assertThat(styleOf(doc, "Indledning – Handicaprådet")).isEqualTo("Heading3");
            assertThat(styleOf(doc, "Detaljer – Handicaprådet")).isEqualTo("Heading4");
            assertThat(styleOf(doc, "Samlede høringssvar")).isEqualTo("Title");
            assertThat(doc.getStyles().getStyle("Heading4").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(BigInteger.valueOf(3));
        }
    }

    @Test
    void everySectionSharesTheFooterWithPageFieldsAndNoneRestartsNumbering() throws IOException {
        try (XWPFDocument doc = open()) {
            List<CTSectPr> sections = sections(doc);
            String footerId = sections.getFirst().getFooterReferenceArray(0).getId();
            for (CTSectPr sect : sections) {
                assertThat(sect.getFooterReferenceList()).hasSize(1);
                assertThat(sect.getFooterReferenceArray(0).getId()).isEqualTo(footerId);
                assertThat(sect.isSetPgNumType() && sect.getPgNumType().isSetStart()).isFalse();
                assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            }
            XWPFFooter footer = (XWPFFooter) doc.getRelationById(footerId);
            List<String> instructions = footer.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> Stream.of(r.getCTR().getInstrTextArray())).map(CTText::getStringValue)
                    .map(String::trim).toList();
            assertThat(instructions).containsExactly("PAGE", "NUMPAGES");
            assertThat(doc.getFooterList()).hasSize(1);
            assertThat(footer.getText()).doesNotContain("egen fod");
        }
    }

    @Test
    void eachPartHeaderCarriesItsStampAndTheFrontMatterHasNone() throws IOException {
        try (XWPFDocument doc = open()) {
            List<CTSectPr> sections = sections(doc);
            assertThat(sections.getFirst().getHeaderReferenceList()).isEmpty();
            for (int i = 0; i < PART_HEADINGS.size(); i++) {
                XWPFHeader header = new XWPFHeaderFooterPolicy(doc, sections.get(i + 1)).getDefaultHeader();
                String label = "Bilag " + (i + 1);
                assertThat(header).as(label).isNotNull();
                XWPFParagraph stamp = header.getParagraphs().getFirst();
                assertThat(stamp.getText()).isEqualTo(label);
                assertThat(stamp.getStyleID()).isEqualTo("Stamp");
                assertThat(header.getParagraphs().get(1).getText()).isEqualTo(CompiledSamples.STAMP_LINE);
            }
            XWPFHeader second = new XWPFHeaderFooterPolicy(doc, sections.get(2)).getDefaultHeader();
            assertThat(second.getText()).contains("Handicaprådet – høringssvar");
            assertThat(doc.getStyles().getStyle("Stamp").getCTStyle().getPPr().getJc().getVal().toString())
                    .isEqualTo("right");
        }
    }

    @Test
    void manyPartsEachGetAHeaderPartOfTheirOwnWithTheirOwnStamp() throws IOException {
        int count = 40;
        List<Part> parts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            parts.add(new Part.Tree("Bilag " + i, "Afsender " + i, CompiledSamples.tree("Afsender " + i, "Svar " + i)));
        }
        byte[] many = render(new CompiledDocument(CompiledSamples.info(), CompiledSamples.footer(), List.of(), parts,
                CompiledSamples.stamp()));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(many))) {
            List<CTSectPr> sections = sections(doc);
            assertThat(sections).hasSize(count);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                assertThat(sections.get(i).getHeaderReferenceList()).hasSize(1);
                ids.add(sections.get(i).getHeaderReferenceArray(0).getId());
                XWPFHeader header = new XWPFHeaderFooterPolicy(doc, sections.get(i)).getDefaultHeader();
                assertThat(header.getParagraphs().getFirst().getText()).isEqualTo("Bilag " + (i + 1));
                assertThat(header.getText()).contains("Afsender " + (i + 1) + " – høringssvar");
                assertThat(header.getPackagePart().getPartName().getName()).isEqualTo("/word/header" + (i + 1) + ".xml");
            }
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(doc.getFooterList()).hasSize(1);
        }
    }

    @Test
    void receivedDocxIsAppendedWithItsTextStylesNumberingPictureAndLink() throws IOException {
        try (XWPFDocument doc = open()) {
            String text = allText(doc);
            int part = text.lastIndexOf("Bilag 4: Fagforeningen FOA");
            int next = text.indexOf("Bilag 5: Kort over Åby", part);
            for (String s : List.of("FOA's bemærkninger", "FOA støtter forslaget", "Flere hænder i ældreplejen",
                    "Vi forventer at blive inddraget", "Antal stillinger", "Læs mere")) {
                assertThat(text.indexOf(s, part)).as(s).isBetween(part, next);
            }

            XWPFStyle custom = doc.getStyles().getStyle(CompiledSamples.CUSTOM_STYLE_ID);
            assertThat(custom).isNotNull();
            assertThat(custom.getName()).isEqualTo(CompiledSamples.CUSTOM_STYLE_NAME);
            assertThat(custom.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue())
                    .isEqualTo(CompiledSamples.CUSTOM_COLOUR);
            assertThat(styleOf(doc, "Vi forventer at blive inddraget")).isEqualTo(CompiledSamples.CUSTOM_STYLE_ID);

            // Its Normal and Heading1 collide with ours: renamed, references following, ours untouched.
            XWPFStyle normal = doc.getStyles().getStyle("Bilag4Normal");
            assertThat(normal.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Georgia");
            assertThat(normal.getName()).isEqualTo("Normal (Bilag 4)");
            assertThat(doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getAscii())
                    .isEqualTo(Theme.standard().fonts().officeFamily());
            assertThat(custom.getCTStyle().getBasedOn().getVal()).isEqualTo("Bilag4Normal");
            assertThat(styleOf(doc, "FOA støtter forslaget")).isEqualTo("Bilag4Normal");
            XWPFStyle heading = doc.getStyles().getStyle("Bilag4Heading1");
            assertThat(styleOf(doc, "FOA's bemærkninger")).isEqualTo("Bilag4Heading1");
            assertThat(heading.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ONE);
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");

            XWPFParagraph item = paragraph(doc, "Flere hænder i ældreplejen");
            XWPFParagraph second = paragraph(doc, "Uddannelse af social- og sundhedsassistenter");
            assertThat(item.getNumID()).isNotNull().isEqualTo(second.getNumID());
            BigInteger abstractId = doc.getNumbering().getAbstractNumID(item.getNumID());
            CTLvl level = doc.getNumbering().getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(0);
            assertThat(level.getNumFmt().getVal()).isEqualTo(STNumberFormat.LOWER_LETTER);
            assertThat(level.getLvlText().getVal()).isEqualTo("%1)");
            // Our own lists keep their definitions beside it.
            XWPFParagraph ours = paragraph(doc, "Første anbefaling");
            assertThat(ours.getNumID()).isNotEqualTo(item.getNumID());
            assertThat(doc.getNumbering().getAbstractNumID(ours.getNumID())).isNotEqualTo(abstractId);

            List<XWPFParagraph> appended = paragraphsBetween(doc, "Bilag 4: Fagforeningen FOA", "Bilag 5: Kort over Åby");
            XWPFRun pictureRun = appended.stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow();
            assertThat(pictureRun.getEmbeddedPictures().getFirst().getPictureData()).isNotNull();
            assertThat(pictureRun.getEmbeddedPictures().getFirst().getPictureData().getData()).isNotEmpty();
            XWPFHyperlinkRun link = appended.stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r instanceof XWPFHyperlinkRun).map(r -> (XWPFHyperlinkRun) r).findFirst().orElseThrow();
            assertThat(link.getHyperlink(doc).getURL()).isEqualTo(CompiledSamples.RECEIVED_LINK);
            assertThat(appended.stream().anyMatch(p -> p.getText().contains("Læs mere"))).isTrue();
        }
    }

    @Test
    void receivedPdfBecomesAPageThatNamesTheFile() throws IOException {
        try (XWPFDocument doc = open()) {
            List<XWPFParagraph> page = paragraphsBetween(doc, "Bilag 5: Kort over Åby", null);
            assertThat(page.stream().map(XWPFParagraph::getText).toList())
                    .anySatisfy(t -> assertThat(t).contains("vedlagt separat").contains(CompiledSamples.PDF_NAME));
        }
        // Where the text leaves the name out, a note under it gives it.
        CompiledDocument quiet = new CompiledDocument(CompiledSamples.info(), CompiledSamples.footer(), List.of(),
                List.of(new Part.File("Bilag 1", "Kort", new ReceivedFile("kort.pdf", ReceivedFile.Kind.PDF,
                        new byte[] {1}), List.of(text("Vedlagt separat.")))), CompiledSamples.stamp());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(quiet)))) {
            assertThat(styleOf(doc, "kort.pdf")).isEqualTo("Note");
            assertThat(sections(doc)).hasSize(1);
        }
    }

    @Test
    void damagedEncryptedOrOversizedDocxIsARenderExceptionNamingTheFileAndNothingIsWritten() {
        byte[] truncated = Arrays.copyOf(received, received.length / 2);
        assertRefused("skadet.docx", truncated, "skadet.docx");
        assertRefused("tekst.docx", "ikke en docx".getBytes(StandardCharsets.UTF_8), "tekst.docx");
        assertRefused("hemmelig.docx", CompiledSamples.encrypted(received), "password-protected");
        assertRefused("tom.docx", new byte[0], "is empty");
        assertRefused("mange.docx", manyEntries(ReceivedDocx.MAX_ENTRIES + 1), "more than 1000 parts");
    }

    private static void assertRefused(String name, byte[] bytes, String message) {
        CompiledDocument document = new CompiledDocument(CompiledSamples.info(), CompiledSamples.footer(), List.of(),
                List.of(new Part.File("Bilag 1", "Svar", new ReceivedFile(name, ReceivedFile.Kind.DOCX, bytes),
                        List.of())), CompiledSamples.stamp());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> RENDERER.render(document, TIMESTAMP, out))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("\"" + name + "\"")
                .hasMessageContaining(message);
        assertThat(out.size()).isZero();
    }

    private static byte[] manyEntries(int count) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("word/media/x" + i + ".bin"));
                zip.write(1);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return buffer.toByteArray();
    }

    @Test
    void sameDocumentGivesSameBytesInAnyTimeZone() {
        CompiledDocument document = CompiledSamples.full(received);
        TimeZone original = TimeZone.getDefault();
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            second = render(document);
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(second).isEqualTo(bundle);
        assertThat(PackageEntries.text(bundle, "word/charts/chart1.xml")).contains("stacked");
    }

    @Test
    void corePropertiesComeFromTheCompiledDocument() throws IOException {
        try (XWPFDocument doc = open()) {
            assertThat(doc.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Samlede høringssvar – plejeboliger");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Aarhus Kommune");
            assertThat(doc.getCharts()).hasSize(1);
        }
    }

    // --- reading helpers

    /** The section properties in document order: those in break paragraphs, then the body's own. */
    static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(doc.getDocument().getBody().getSectPr());
        return sections;
    }

    /** The first paragraph outside the contents that contains {@code contains}. */
    private static XWPFParagraph paragraph(XWPFDocument doc, String contains) {
        return allParagraphs(doc).stream().filter(p -> p.getStyleID() == null || !p.getStyleID().matches("TOC\\d"))
                .filter(p -> p.getText().contains(contains)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with " + contains));
    }

    private static String styleOf(XWPFDocument doc, String contains) {
        return paragraph(doc, contains).getStyleID();
    }

    /** Top-level paragraphs after the one that is {@code from} and before the one that is {@code to}. */
    private static List<XWPFParagraph> paragraphsBetween(XWPFDocument doc, String from, String to) {
        List<XWPFParagraph> between = new ArrayList<>();
        boolean inside = false;
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getText().equals(from) && "Heading1".equals(p.getStyleID())) {
                inside = true;
            } else if (inside && to != null && p.getText().equals(to)) {
                break;
            } else if (inside) {
                between.add(p);
            }
        }
        return between;
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                all.add(p);
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs())));
            }
        }
        return all;
    }

    private static String allText(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        allParagraphs(doc).forEach(p -> text.append(p.getText()).append('\n'));
        return text.toString();
    }
}
