package dk.hoeringssvar.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dk.hoeringssvar.document.Alignment;
import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.ListKind;
import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.document.SignatureLayout;
import dk.hoeringssvar.model.TestImages;
import dk.hoeringssvar.testing.DiskFullOutputStream;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.theme.Theme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxRendererTest {

    private static final Instant TIMESTAMP = Instant.parse("2026-03-03T10:15:30Z");
    private static final StyleSheet SHEET = new StyleSheet(Theme.standard());
    private static final DocxRenderer RENDERER = new DocxRenderer(SHEET);

    private static byte[] render(DocumentTree tree, Instant timestamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(tree, timestamp, out);
        return out.toByteArray();
    }

    private static XWPFDocument open(DocumentTree tree) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(render(tree, TIMESTAMP)));
    }

    @Test
    void headingsUseWordsBuiltInStylesWithOutlineLevels() throws IOException {
        try (XWPFDocument doc = open(SampleTree.full())) {
            XWPFStyle title = doc.getStyles().getStyle("Title");
            XWPFStyle heading1 = doc.getStyles().getStyle("Heading1");
            XWPFStyle heading2 = doc.getStyles().getStyle("Heading2");
            assertThat(title.getName()).isEqualTo("Title");
            assertThat(heading1.getName()).isEqualTo("heading 1");
            assertThat(heading2.getName()).isEqualTo("heading 2");
            assertThat(heading1.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ZERO);
            assertThat(heading2.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ONE);
            assertThat(doc.getStyles().getStyle("Heading3").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(BigInteger.TWO);
            assertThat(heading1.getCTStyle().getPPr().isSetKeepNext()).isTrue();
            for (String id : List.of("Normal", "Quote", "Caption", "ListParagraph", "Header", "Footer",
                    "Letterhead", "Recipient", "DateLine", "Reference", "Note", "Attribution", "PullQuote",
                    "BoxTitle", "SignatureName", "SignatureRole")) {
                assertThat(doc.getStyles().styleExist(id)).as(id).isTrue();
            }

            assertThat(styleOf(doc, SampleTree.TITLE)).isEqualTo("Title");
            assertThat(styleOf(doc, "Indledning")).isEqualTo("Heading1");
            assertThat(styleOf(doc, "Rådets hovedpunkter")).isEqualTo("Heading2");
            assertThat(styleOf(doc, "Aarhus, 3. marts 2026")).isEqualTo("DateLine");
            assertThat(styleOf(doc, "Sagen behandles igen i april.")).isEqualTo("Quote");
        }
    }

    @Test
    void stylesTakeSizesAndColoursFromTheStyleSheet() throws IOException {
        try (XWPFDocument doc = open(SampleTree.full())) {
            var titleRun = doc.getStyles().getStyle("Title").getCTStyle().getRPr();
            long halfPoints = Math.round(SHEET.heading(1).size() * 2);
            assertThat(((BigInteger) titleRun.getSzArray(0).getVal()).longValue()).isEqualTo(halfPoints);
            assertThat(titleRun.getColorArray(0).xgetVal().getStringValue()).isEqualTo(Theme.standard().accentColour().toHexDigits());
            var dateLine = doc.getStyles().getStyle("DateLine").getCTStyle().getPPr();
            assertThat(dateLine.getJc().getVal().toString()).isEqualTo("right");
            var normal = doc.getStyles().getStyle("Normal").getCTStyle().getRPr();
            assertThat(normal.getRFontsArray(0).getAscii()).isEqualTo(Theme.standard().fonts().officeFamily());
        }
    }

    @Test
    void listsUseNumberingAndEachNumberedListRestarts() throws IOException {
        try (XWPFDocument doc = open(SampleTree.full())) {
            assertThat(doc.getNumbering()).isNotNull();
            XWPFParagraph bullet = paragraph(doc, "Flere plejeboliger i Åby og Ølsted");
            XWPFParagraph nested = paragraph(doc, "Mindst to nattevagter pr. afsnit");
            XWPFParagraph first = paragraph(doc, "Første anbefaling");
            XWPFParagraph fourth = paragraph(doc, "Fjerde anbefaling");
            XWPFParagraph fifth = paragraph(doc, "Femte anbefaling");

            assertThat(bullet.getStyleID()).isEqualTo("ListParagraph");
            assertThat(numberFormat(doc, bullet)).isEqualTo(STNumberFormat.BULLET);
            assertThat(numberFormat(doc, first)).isEqualTo(STNumberFormat.DECIMAL);
            assertThat(nested.getNumIlvl()).isEqualTo(BigInteger.ONE);
            assertThat(bullet.getNumIlvl()).isEqualTo(BigInteger.ZERO);

            assertThat(fourth.getNumID()).isEqualTo(fifth.getNumID()).isNotEqualTo(first.getNumID());
            CTNum second = doc.getNumbering().getNum(fourth.getNumID()).getCTNum();
            assertThat(second.getLvlOverrideArray(0).getStartOverride().getVal())
                    .isEqualTo(BigInteger.valueOf(SampleTree.SECOND_LIST_START));
            assertThat(doc.getNumbering().getNum(first.getNumID()).getCTNum().getLvlOverrideArray(0)
                    .getStartOverride().getVal()).isEqualTo(BigInteger.ONE);
        }
    }

    @Test
    void everyRunAndTheDefaultsAreDanish() throws IOException, XmlException {
        try (XWPFDocument doc = open(SampleTree.full())) {
            var defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getLangArray(0).getVal()).isEqualTo("da-DK");
            List<XWPFRun> runs = new ArrayList<>();
            collectRuns(doc.getBodyElements(), runs);
            doc.getHeaderList().forEach(h -> collectRuns(h.getBodyElements(), runs));
            doc.getFooterList().forEach(f -> collectRuns(f.getBodyElements(), runs));
            assertThat(runs).hasSizeGreaterThan(50);
            assertThat(runs).allSatisfy(run -> assertThat(run.getLang()).isEqualTo("da-DK"));
        }
    }

    @Test
    void footerHasPageAndPageCountFields() throws IOException {
        try (XWPFDocument doc = open(SampleTree.full())) {
            assertThat(doc.getFooterList()).hasSize(1);
            XWPFFooter footer = doc.getFooterList().getFirst();
            List<String> instructions = new ArrayList<>();
            int begins = 0;
            for (XWPFParagraph p : footer.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    CTR ctr = run.getCTR();
                    Stream.of(ctr.getInstrTextArray()).map(CTText::getStringValue).map(String::trim)
                            .forEach(instructions::add);
                    begins += (int) Stream.of(ctr.getFldCharArray())
                            .filter(f -> f.getFldCharType().toString().equals("begin")).count();
                }
                assertThat(p.getStyleID()).isEqualTo("Footer");
            }
            assertThat(instructions).containsExactly("PAGE", "NUMPAGES");
            assertThat(begins).isEqualTo(2);
            assertThat(footer.getText()).startsWith("Side ").contains(" af ");
            assertThat(doc.getStyles().getStyle("Footer").getCTStyle().getPPr().getJc().getVal().toString())
                    .isEqualTo("right");
            assertThat(doc.getHeaderList()).hasSize(1);
            assertThat(doc.getHeaderList().getFirst().getText()).contains("Ældrerådet – høringssvar");
        }
    }

    @Test
    void emptyHeaderAndFooterAreLeftOut() throws IOException {
        DocumentTree full = SampleTree.full();
        DocumentTree bare = new DocumentTree(full.info(), List.of(), List.of(), full.blocks());
        try (XWPFDocument doc = open(bare)) {
            assertThat(doc.getHeaderList()).isEmpty();
            assertThat(doc.getFooterList()).isEmpty();
        }
    }

    @Test
    void pageIsA4WithTheStyleSheetsMargins() throws IOException {
        try (XWPFDocument doc = open(SampleTree.full())) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(Math.round(SHEET.marginLeft() * 20)));
            assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(Math.round(SHEET.marginTop() * 20)));
        }
    }

    @Test
    void corePropertiesComeFromDocumentInfoAndTimestamp() throws IOException {
        try (XWPFDocument doc = open(SampleTree.full())) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(SampleTree.TITLE);
            assertThat(core.getCreator()).isEqualTo("Ældrerådet i Århus");
            assertThat(core.getSubject()).isEqualTo("Høring om plejeboliger");
            assertThat(core.getKeywords()).isEqualTo("høring, ældre, plejebolig");
            assertThat(core.getLastModifiedByUser()).isEqualTo("hoeringssvar");
            assertThat(core.getCreated()).isEqualTo(Date.from(TIMESTAMP));
            assertThat(core.getModified()).isEqualTo(Date.from(TIMESTAMP));
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).isEqualTo(Optional.of("da-DK"));
        }
    }

    @Test
    void tablesHaveAGridAndARepeatingHeaderRow() throws IOException {
        try (XWPFDocument doc = open(SampleTree.full())) {
            List<XWPFTable> tables = new ArrayList<>();
            collectTables(doc.getBodyElements(), tables);
            // data table, box, definition list, side-by-side signatures
            assertThat(tables).hasSize(4);
            assertThat(tables).allSatisfy(t -> {
                CTTbl ct = t.getCTTbl();
                assertThat(ct.getTblGrid()).isNotNull();
                assertThat(ct.getTblGrid().sizeOfGridColArray()).isEqualTo(t.getRow(0).getTableCells().size());
            });

            XWPFTable data = tables.stream().filter(t -> t.getText().contains("Ventetid (dage)")).findFirst().orElseThrow();
            var cols = data.getCTTbl().getTblGrid().getGridColList();
            assertThat(cols).hasSize(3);
            long total = cols.stream().mapToLong(c -> ((BigInteger) c.getW()).longValue()).sum();
            assertThat(total).isEqualTo(Math.round(SHEET.textWidth() * 20));
            long first = ((BigInteger) cols.get(0).getW()).longValue();
            long last = ((BigInteger) cols.get(2).getW()).longValue();
            assertThat(first).isEqualTo(total / 5); // weights 1:1:3
            assertThat(last).isEqualTo(total - 2 * (total / 5));
            XWPFTableRow header = data.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(data.getRow(1).isRepeatHeader()).isFalse();
            assertThat(data.getRows()).allSatisfy(row -> assertThat(row.isCantSplitRow()).as("row kept whole").isTrue());
            assertThat(header.getCell(0).getParagraphs().getFirst().getStyleID()).isEqualTo("TableHeading");
            assertThat(header.getCell(0).getColor()).isEqualTo(Theme.standard().tintColour().toHexDigits());
        }
    }

    @Test
    void figureIsEmbeddedWithAltTextAndCaption() throws IOException {
        try (XWPFDocument doc = open(SampleTree.full())) {
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getAllPictures().getFirst().getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG);
            XWPFRun pictureRun = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow();
            var inline = pictureRun.getCTR().getDrawingArray(0).getInlineArray(0);
            assertThat(inline.getDocPr().getDescr()).isEqualTo(SampleTree.ALT_TEXT);
            assertThat(pictureRun.getEmbeddedPictures().getFirst().getDescription()).isEqualTo(SampleTree.ALT_TEXT);
            double widthPoints = inline.getExtent().getCx() / 12_700.0;
            assertThat(widthPoints).isCloseTo(SHEET.textWidth() * 0.5, offset(0.5));
            assertThat(inline.getExtent().getCy()).isEqualTo(Math.round(inline.getExtent().getCx() / 2.0));
            assertThat(styleOf(doc, "Figur 1. Ventetid på plejebolig")).isEqualTo("Caption");
        }
    }

    @Test
    void textOfEveryBlockIsPresentInOrder() throws IOException {
        try (XWPFDocument doc = open(SampleTree.full())) {
            String text = allText(doc.getBodyElements());
            List<String> expected = List.of(
                    "Ældrerådet i Århus Kommune", "Til Sundheds- og Omsorgsudvalget", "Aarhus, 3. marts 2026",
                    SampleTree.TITLE, "Sag nr. 2026-0042", "Indledning", "høringssvar", "ikke",
                    "Vi anbefaler derfor – med «stor» vægt — at forslaget ændres.", "Rådets hovedpunkter",
                    "Flere plejeboliger i Åby og Ølsted", "Mindst to nattevagter", "Ærlig og åben dialog",
                    "Første anbefaling", "Femte anbefaling", "Udvalget besluttede", "— Referat fra udvalgsmødet",
                    "Ingen ældre skal vente", "Forslag", "Ventetidsgaranti", "Årlig opfølgning", "Ventetid (dage)",
                    "«Uacceptabelt», siger pårørende", "Figur 1. Ventetid på plejebolig", "Mødedato",
                    "12. februar 2026", "Rådhuset, mødelokale Ø3", "Bilag: Referat", "Åse Ørsted", "Formand",
                    "Bjørn Æbelø", "Næstformand", "Søren Ågård", "Sekretær");
            int from = 0;
            for (String s : expected) {
                int at = text.indexOf(s, from);
                assertThat(at).as("«%s» after position %d", s, from).isGreaterThanOrEqualTo(0);
                from = at + s.length();
            }
        }
    }

    @Test
    void lineAndPageBreaksAreBreaks() throws IOException {
        try (XWPFDocument doc = open(SampleTree.full())) {
            XWPFParagraph body = paragraph(doc, "tager højde for ældre med demens.");
            assertThat(body.getRuns().stream().mapToInt(r -> r.getCTR().sizeOfBrArray()).sum()).isEqualTo(1);
            long pageBreaks = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getCTR().getBrList().stream())
                    .filter(br -> br.isSetType() && br.getType().toString().equals("page")).count();
            assertThat(pageBreaks).isEqualTo(1);
            XWPFRun bold = body.getRuns().stream().filter(r -> r.text().equals("høringssvar")).findFirst().orElseThrow();
            assertThat(bold.isBold()).isTrue();
            assertThat(bold.isItalic()).isFalse();
        }
    }

    @Test
    void boxHoldsNestedTablesAndFiguresAndEndsInAParagraph() throws IOException {
        Block.Table inner = new Block.Table(List.of(SampleTree.row("Sted", "Dato"), SampleTree.row("Åby", "1. maj")),
                1, List.of());
        Block.Figure figure = new Block.Figure(SampleTree.tinyPng(), "Kort over Åby", List.of(), 1.0,
                Alignment.LEFT);
        DocumentTree tree = new DocumentTree(SampleTree.info(), List.of(), List.of(), List.of(
                new Block.Box(List.of(SampleTree.text("Møder")), List.of(figure, inner))));
        try (XWPFDocument doc = open(tree)) {
            XWPFTable box = doc.getTables().getFirst();
            XWPFTableCell content = box.getRow(1).getCell(0);
            assertThat(content.getTables()).hasSize(1);
            assertThat(content.getTables().getFirst().getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(2);
            assertThat(content.getBodyElements().getLast()).isInstanceOf(XWPFParagraph.class);
            assertThat(box.getRow(0).getCell(0).getText()).isEqualTo("Møder");

            XWPFRun pictureRun = content.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow();
            double width = pictureRun.getCTR().getDrawingArray(0).getInlineArray(0).getExtent().getCx() / 12_700.0;
            assertThat(width).isLessThanOrEqualTo(SHEET.textWidth() - 2 * SHEET.boxPadding() + 0.5)
                    .isGreaterThan(SHEET.textWidth() / 2);
            // The box's inner table is as wide as the cell's text area, not the page's.
            long innerWidth = ((BigInteger) content.getTables().getFirst().getCTTbl().getTblPr().getTblW().getW())
                    .longValue();
            assertThat(innerWidth).isLessThan(Math.round(SHEET.textWidth() * 20));
        }
    }

    @Test
    void emptyBlocksAndControlCharactersStillGiveAValidDocument() throws IOException {
        DocumentTree tree = new DocumentTree(SampleTree.info(), List.of(), List.of(), List.of(
                new Block.Heading(2, List.of()),
                new Block.Table(List.of(), 0, List.of()),
                new Block.ListBlock(ListKind.NUMBERED, 1, List.of()),
                new Block.Box(List.of(), List.of()),
                new Block.DefinitionList(List.of()),
                new Block.Signatures(SignatureLayout.SIDE_BY_SIDE, List.of()),
                new Block.Quotation(List.of(), List.of()),
                new Block.Paragraph(ParagraphRole.BODY, List.of(SampleTree.text("Før\u0001efter\u0007 slut")))));
        try (XWPFDocument doc = open(tree)) {
            assertThat(doc.getTables()).hasSize(1); // only the box
            assertThat(doc.getNumbering()).isNull();
            assertThat(paragraph(doc, "Før").getText()).isEqualTo("Førefter slut");
        }
    }

    @Test
    void tallFigureIsScaledToFitThePage() throws IOException {
        Block.Figure figure = new Block.Figure(TestImages.png(10, 100),
                "Høj figur", List.of(), 1.0, Alignment.CENTER);
        try (XWPFDocument doc = open(new DocumentTree(SampleTree.info(), List.of(), List.of(), List.of(figure)))) {
            var extent = doc.getParagraphs().getFirst().getRuns().getFirst().getCTR().getDrawingArray(0)
                    .getInlineArray(0).getExtent();
            double textHeight = SHEET.pageHeight() - SHEET.marginTop() - SHEET.marginBottom();
            assertThat(extent.getCy() / 12_700.0).isLessThan(textHeight);
            assertThat((double) extent.getCy() / extent.getCx()).isCloseTo(10.0, offset(0.01));
        }
    }

    @Test
    void sameTreeGivesSameBytesInAnyTimeZone() {
        DocumentTree tree = SampleTree.full();
        byte[] first = render(tree, TIMESTAMP);
        TimeZone original = TimeZone.getDefault();
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            second = render(tree, TIMESTAMP);
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(second).isEqualTo(first);
        assertThat(render(tree, TIMESTAMP.plusSeconds(3600))).isNotEqualTo(first);
    }

    @Test
    void mainPartIsTheSameXmlAsPoiWouldSaveWithTheRelationshipsNamespaceDeclaredOnce() throws Exception {
        byte[] docx = render(SampleTree.full(), TIMESTAMP);
        byte[] ours = part(docx, "word/document.xml");
        String text = new String(ours, StandardCharsets.UTF_8);
        assertThat(text.split("xmlns:r=", -1)).as("declarations of r").hasSize(2);
        byte[] poi;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            ByteArrayOutputStream resaved = new ByteArrayOutputStream();
            doc.write(resaved);
            poi = part(resaved.toByteArray(), "word/document.xml");
        }
        assertThat(XmlInfoset.of(ours)).isEqualTo(XmlInfoset.of(poi));
    }

    private static byte[] part(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " missing");
    }

    @Test
    void failureToWriteIsARenderExceptionAndNothingIsWrittenBefore() {
        OutputStream broken = new DiskFullOutputStream();
        assertThatThrownBy(() -> RENDERER.render(SampleTree.full(), TIMESTAMP, broken))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("disk full");
    }

    @Test
    void chartIsANativeStackedHorizontalBarChartWithAltTextAndCaption() throws IOException {
        Block.Chart chart = new Block.Chart("Figur 2. Svar fordelt på tema", List.of("Plejeboliger", "Normering", "Økonomi"),
                List.of(new Block.ChartSeries("For", List.of(5, 3, 1)), new Block.ChartSeries("Imod", List.of(2, 4, 0))),
                "Vandrette søjler: flest svar om plejeboliger");
        DocumentTree tree = new DocumentTree(SampleTree.info(), List.of(), List.of(), List.of(chart));
        byte[] bytes = render(tree, TIMESTAMP);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(doc.getCharts()).hasSize(1);
            XWPFChart word = doc.getCharts().getFirst();
            List<XDDFChartData> data = word.getChartSeries();
            assertThat(data).hasSize(1);
            XDDFBarChartData bars = (XDDFBarChartData) data.getFirst();
            assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
            assertThat(bars.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
            assertThat(bars.getSeriesCount()).isEqualTo(2);
            XDDFChartData.Series imod = bars.getSeries(1);
            assertThat(imod.getCategoryData().getPointCount()).isEqualTo(3);
            assertThat(imod.getCategoryData().getPointAt(2)).isEqualTo("Økonomi");
            assertThat(((Number) imod.getValuesData().getPointAt(1)).intValue()).isEqualTo(4);
            assertThat(((Number) bars.getSeries(0).getValuesData().getPointAt(0)).intValue()).isEqualTo(5);
            var ser = word.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            assertThat(ser.getTx().getStrRef().getStrCache().getPtArray(0).getV()).isEqualTo("For");
            assertThat(ser.getSpPr().getSolidFill().getSrgbClr().getVal())
                    .isEqualTo(rgb(SHEET.chartPalette().getFirst()));
            assertThat(word.getCTChart().getLegend().getLegendPos().getVal().toString()).isEqualTo("b");

            XWPFRun chartRun = doc.getParagraphs().getFirst().getRuns().getFirst();
            var docPr = chartRun.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            assertThat(docPr.getDescr()).isEqualTo("Vandrette søjler: flest svar om plejeboliger");
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("Figur 2. Svar fordelt på tema");
            assertThat(doc.getParagraphs().get(1).getStyleID()).isEqualTo("Caption");
        }
        assertThat(PackageEntries.text(bytes, "word/charts/chart1.xml")).contains("<c:overlap val=\"100\"/>");
        assertThat(render(tree, TIMESTAMP)).isEqualTo(bytes);
    }

    @Test
    void contentsIsATocFieldListingTheSectionHeadings() throws IOException {
        List<Block> blocks = new ArrayList<>(SampleTree.blocks(1));
        blocks.add(1, new Block.Contents(List.of(SampleTree.text("Indhold"))));
        DocumentTree tree = new DocumentTree(SampleTree.info(), List.of(), List.of(), blocks);
        byte[] bytes = render(tree, TIMESTAMP);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> entries = doc.getParagraphs().stream()
                    .filter(p -> p.getStyleID() != null && p.getStyleID().matches("TOC\\d")).toList();
            assertThat(entries).extracting(XWPFParagraph::getText).containsExactly("Indledning", "Rådets hovedpunkter");
            assertThat(entries).extracting(XWPFParagraph::getStyleID).containsExactly("TOC1", "TOC2");
            String instruction = entries.getFirst().getRuns().stream()
                    .flatMap(r -> Stream.of(r.getCTR().getInstrTextArray())).map(CTText::getStringValue)
                    .findFirst().orElseThrow().trim();
            assertThat(instruction).isEqualTo("TOC \\o \"1-3\" \\h \\z \\u");
            long ends = entries.getLast().getRuns().stream().flatMap(r -> Stream.of(r.getCTR().getFldCharArray()))
                    .filter(f -> f.getFldCharType().toString().equals("end")).count();
            assertThat(ends).isEqualTo(1);
            assertThat(paragraph(doc, "Indhold").getStyleID()).isEqualTo("TOCHeading");
        }
        assertThat(PackageEntries.text(bytes, "word/settings.xml")).contains("updateFields");
        // Without contents, Word is not asked to update fields (it would ask the user first).
        assertThat(PackageEntries.text(render(SampleTree.full(), TIMESTAMP), "word/settings.xml"))
                .doesNotContain("updateFields");
    }

    @Test
    void contentsWithNothingToListIsAFieldWithAPlaceholder() throws IOException {
        DocumentTree tree = new DocumentTree(SampleTree.info(), List.of(), List.of(),
                List.of(new Block.Contents(List.of())));
        try (XWPFDocument doc = open(tree)) {
            assertThat(doc.getParagraphs()).hasSize(1);
            XWPFParagraph field = doc.getParagraphs().getFirst();
            assertThat(field.getText()).isEqualTo(ContentsWriter.PLACEHOLDER);
            assertThat(field.getRuns().stream().flatMap(r -> Stream.of(r.getCTR().getInstrTextArray()))
                    .map(t -> t.getStringValue().trim())).containsExactly(ContentsWriter.INSTRUCTION);
        }
    }

    private static byte[] rgb(dk.hoeringssvar.theme.Rgb colour) {
        return new byte[] {(byte) colour.red(), (byte) colour.green(), (byte) colour.blue()};
    }

    // --- reading helpers

    private static XWPFParagraph paragraph(XWPFDocument doc, String contains) {
        List<XWPFParagraph> all = new ArrayList<>();
        collectParagraphs(doc.getBodyElements(), all);
        return all.stream().filter(p -> p.getText().contains(contains)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with " + contains));
    }

    private static String styleOf(XWPFDocument doc, String contains) {
        return paragraph(doc, contains).getStyleID();
    }

    private static STNumberFormat.Enum numberFormat(XWPFDocument doc, XWPFParagraph p) {
        BigInteger abstractId = doc.getNumbering().getAbstractNumID(p.getNumID());
        CTAbstractNum abstractNum = doc.getNumbering().getAbstractNum(abstractId).getCTAbstractNum();
        return abstractNum.getLvlArray(p.getNumIlvl().intValue()).getNumFmt().getVal();
    }

    private static void collectParagraphs(List<IBodyElement> elements, List<XWPFParagraph> into) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                into.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collectParagraphs(cell.getBodyElements(), into);
                    }
                }
            }
        }
    }

    private static void collectRuns(List<IBodyElement> elements, List<XWPFRun> into) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        collectParagraphs(elements, paragraphs);
        paragraphs.forEach(p -> into.addAll(p.getRuns()));
    }

    private static void collectTables(List<IBodyElement> elements, List<XWPFTable> into) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFTable t) {
                into.add(t);
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collectTables(cell.getBodyElements(), into);
                    }
                }
            }
        }
    }

    private static String allText(List<IBodyElement> elements) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        collectParagraphs(elements, paragraphs);
        StringBuilder text = new StringBuilder();
        paragraphs.forEach(p -> text.append(p.getText()).append('\n'));
        return text.toString();
    }
}
