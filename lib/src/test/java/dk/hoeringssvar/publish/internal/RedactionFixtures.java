package dk.hoeringssvar.publish.internal;

import dk.hoeringssvar.publish.internal.PdfRedactor.Match;
import dk.hoeringssvar.theme.FontSet;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Test PDFs with Danish personal data planted in every place a received PDF can carry text. */
public final class RedactionFixtures {

    static final String CPR = "010203-1234";
    static final String CPR_BARE = "0102031234";
    static final String EMAIL = "jens.hansen@example.dk";
    static final String PHONE = "+45 12 34 56 78";
    static final String ACCOUNT = "Reg. 1234 konto 1234567890";
    static final List<String> PLANTED = List.of(CPR, CPR_BARE, EMAIL, PHONE, "1234567890", "jens.han",
            "sen@exa", "mple.dk", "12 34 56");

    private static final Pattern PERSONAL = Pattern.compile(
            "(?<cpr>\\b\\d{6}-?\\d{4}\\b)"
            + "|(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)"
            + "|(?<phone>\\+45 ?\\d{2} ?\\d{2} ?\\d{2} ?\\d{2})"
            + "|(?<account>Reg\\. ?\\d{4} ?konto ?\\d{6,10})");

    private RedactionFixtures() {
    }

    /** A regex finder as the publication rules might look: CPR, e-mail, phone, account. */
    static List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        Matcher m = PERSONAL.matcher(text);
        while (m.find()) {
            for (String rule : List.of("cpr", "email", "phone", "account")) {
                if (m.group(rule) != null) {
                    found.add(new Match(m.start(), m.end(), rule));
                }
            }
        }
        return found;
    }

    static PDType0Font liberation(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(FontSet.liberationSans().face(false, false)));
    }

    static PDType1Font helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /**
     * One page with every kind of text-showing: a Tj, a kerned TJ, a phone number over three Tj, a Type0
     * Identity-H line with æøå, a form XObject, a marked-content ActualText, an unused form; plus the info
     * dictionary, XMP, an annotation, a bookmark and an embedded file.
     */
    static byte[] everything() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font helvetica = helvetica();
            PDType0Font liberation = liberation(document);

            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(new PDRectangle(0, 0, 400, 30));
            form.setResources(new PDResources());
            try (PDFormContentStream f = new PDFormContentStream(form)) {
                f.beginText();
                f.setFont(helvetica, 11);
                f.newLineAtOffset(0, 10);
                f.showText("Sagsnr. 17 vedr. " + CPR_BARE + " i formularen.");
                f.endText();
            }
            PDFormXObject unused = new PDFormXObject(document);
            unused.setBBox(new PDRectangle(0, 0, 100, 30));
            unused.setResources(new PDResources());
            try (PDFormContentStream f = new PDFormContentStream(unused)) {
                f.beginText();
                f.setFont(helvetica, 11);
                f.showText("ubrugt " + CPR);
                f.endText();
            }

            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                c.beginText();
                c.setFont(helvetica, 12);
                c.newLineAtOffset(60, 760);
                c.showText("Borger med CPR " + CPR + " har skrevet.");
                c.newLineAtOffset(0, -24);
                c.showTextWithPositioning(new Object[] {"Kontakt: jens.han", -30f, "sen@exa", 120f,
                    "mple.dk i dag."});
                c.newLineAtOffset(0, -24);
                c.showText("Tlf. +45 12 ");
                c.showText("34 56");
                c.showText(" 78 efter kl. 16.");
                c.newLineAtOffset(0, -24);
                c.setFont(liberation, 12);
                c.showText(ACCOUNT + " hos Æblebanken, Østergade.");
                c.endText();

                c.saveGraphicsState();
                c.transform(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, 60, 640));
                c.drawForm(form);
                c.restoreGraphicsState();

                COSDictionary span = new COSDictionary();
                span.setString(COSName.ACTUAL_TEXT, "skriv til " + EMAIL);
                c.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
                c.beginText();
                c.setFont(helvetica, 12);
                c.newLineAtOffset(60, 600);
                c.showText("Med venlig hilsen");
                c.endText();
                c.endMarkedContent();
            }
            page.getResources().add(unused);

            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Høringssvar fra " + CPR);
            info.setAuthor(EMAIL);
            PDMetadata xmp = new PDMetadata(document);
            try (OutputStream out = xmp.createOutputStream()) {
                out.write(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>" + EMAIL
                        + "</dc:creator></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
            }
            document.getDocumentCatalog().setMetadata(xmp);

            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(400, 700, 20, 20));
            note.setContents("Ring " + PHONE);
            page.getAnnotations().add(note);

            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("CPR " + CPR);
            item.setDestination(page);
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);

            var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(document,
                    new ByteArrayInputStream(("kontonr " + ACCOUNT).getBytes(StandardCharsets.UTF_8)));
            var spec = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
            spec.setFile("bilag " + CPR + ".txt");
            spec.setEmbeddedFile(file);
            var tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("bilag " + CPR, spec));
            var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text in a layer; {@code visible} says whether the layer is on. */
    static byte[] layered(boolean visible) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var layers = new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties();
            var layer = new org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup("noter");
            layers.addGroup(layer);
            layers.setGroupEnabled(layer, visible);
            document.getDocumentCatalog().setOCProperties(layers);
            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                c.beginMarkedContent(COSName.OC, layer);
                c.beginText();
                c.setFont(helvetica(), 12);
                c.newLineAtOffset(60, 700);
                c.showText("Note: CPR " + CPR + " tjekket.");
                c.endText();
                c.endMarkedContent();
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One letterhead form, with a CPR number, drawn on two pages. */
    static byte[] sharedForm() {
        try (PDDocument document = new PDDocument()) {
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(new PDRectangle(0, 0, 400, 30));
            form.setResources(new PDResources());
            try (PDFormContentStream f = new PDFormContentStream(form)) {
                f.beginText();
                f.setFont(helvetica(), 10);
                f.newLineAtOffset(0, 10);
                f.showText("Aarby Kommune, sag om CPR " + CPR + ", side");
                f.endText();
            }
            for (int p = 1; p <= 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                    c.saveGraphicsState();
                    c.transform(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, 60, 780));
                    c.drawForm(form);
                    c.restoreGraphicsState();
                    c.beginText();
                    c.setFont(helvetica(), 12);
                    c.newLineAtOffset(60, 700);
                    c.showText("Tekst på side " + p + ".");
                    c.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same CPR line drawn twice, 0.3 pt apart: fake bold. */
    static byte[] fakeBold() {
        return raw("BT /F1 12 Tf 60 700 Td (Borger med CPR " + CPR + " har skrevet.) Tj ET "
                + "BT /F1 12 Tf 60.3 700 Td (Borger med CPR " + CPR + " har skrevet.) Tj ET", helvetica());
    }

    /** {@code pages} pages of ordinary text, each with one CPR number. */
    static byte[] letter(int pages, boolean withPersonalData) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = liberation(document);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                    c.beginText();
                    c.setFont(font, 11);
                    c.setLeading(14);
                    c.newLineAtOffset(60, 780);
                    for (int line = 0; line < 40; line++) {
                        String text = line == 7 && withPersonalData
                                ? "Side " + p + ": borgeren med CPR " + CPR + " har klaget over sagen."
                                : "Side " + p + ", linje " + line + ": høringen om planen for æbler og øer.";
                        c.showText(text);
                        c.newLine();
                    }
                    c.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page that is only an image: a scan. */
    public static byte[] scan() {
        try (PDDocument document = new PDDocument()) {
            scannedPage(document).close();
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new A4 page filled by an image, its content stream left open for more. */
    private static PDPageContentStream scannedPage(PDDocument document) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(document,
                new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB));
        PDPageContentStream c = new PDPageContentStream(document, page);
        c.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        return c;
    }

    /** A scan with an invisible OCR text layer, as OCR tools write it. */
    static byte[] ocrScan() {
        try (PDDocument document = new PDDocument()) {
            try (PDPageContentStream c = scannedPage(document)) {
                c.beginText();
                c.setRenderingMode(RenderingMode.NEITHER);
                c.setFont(helvetica(), 12);
                c.newLineAtOffset(60, 700);
                c.showText("Borger med CPR " + CPR + " har skrevet.");
                c.endText();
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CPR number in a Type 3 font (glyphs are filled squares; the encoding names the digits). */
    static byte[] type3() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE3);
            font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 600, 700).getCOSArray());
            font.setItem(COSName.FONT_MATRIX, floats(0.001f, 0, 0, 0.001f, 0, 0));
            String[] names = {"hyphen", "period", "slash", "zero", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine"};
            COSDictionary procs = new COSDictionary();
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(45));
            COSArray widths = new COSArray();
            for (String name : names) {
                COSStream proc = document.getDocument().createCOSStream();
                try (OutputStream out = proc.createOutputStream()) {
                    out.write("600 0 0 0 500 600 d1 50 0 450 600 re f".getBytes(StandardCharsets.US_ASCII));
                }
                procs.setItem(name, proc);
                differences.add(COSName.getPDFName(name));
                widths.add(COSInteger.get(600));
            }
            font.setItem(COSName.CHAR_PROCS, procs);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, differences);
            font.setItem(COSName.ENCODING, encoding);
            font.setInt(COSName.FIRST_CHAR, 45);
            font.setInt(COSName.LAST_CHAR, 57);
            font.setItem(COSName.WIDTHS, widths);
            font.setItem(COSName.RESOURCES, new COSDictionary());
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("T3"), new PDType3Font(font));
            resources.put(COSName.getPDFName("H"), helvetica());
            page.setResources(resources);
            raw(document, page, "BT /H 12 Tf 60 700 Td (CPR ) Tj /T3 12 Tf (" + CPR + ") Tj ET");
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Type0 text whose font lost its ToUnicode map: its text cannot be read. */
    static byte[] withoutUnicode() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = liberation(document);
            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                c.beginText();
                c.setFont(font, 12);
                c.newLineAtOffset(60, 700);
                c.showText("Borger med CPR " + CPR);
                c.endText();
            }
            byte[] saved = save(document);
            try (PDDocument again = Loader.loadPDF(saved)) {
                PDResources resources = again.getPage(0).getResources();
                for (COSName name : resources.getFontNames()) {
                    resources.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
                }
                return save(again);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] raw(String content, PDFont font) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), font);
            page.setResources(resources);
            raw(document, page, content);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void raw(PDDocument document, PDPage page, String content) throws IOException {
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
    }

    private static COSArray floats(float... values) {
        COSArray array = new COSArray();
        for (float v : values) {
            array.add(new COSFloat(v));
        }
        return array;
    }

    static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    // --- reading results back ---

    /** Each page's text by a plain PDFBox stripper, sorted by position. */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the first glyph of {@code word} on page 1 is drawn (x, y in PDFBox's display coordinates). */
    static float[] positionOf(byte[] pdf, String word) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<TextPosition> all = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    all.add(position);
                    text.append(position.getUnicode().charAt(0));
                    super.processTextPosition(position);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
            int at = text.indexOf(word);
            if (at < 0) {
                throw new AssertionError(word + " not found in " + text);
            }
            TextPosition p = all.get(at);
            return new float[] {p.getX(), p.getY()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every piece of text the file carries outside glyph codes: each stream's decoded bytes and each string
     * and name, found by walking the object graph from the trailer.
     */
    static List<String> everyString(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> found = new ArrayList<>();
            walk(document.getDocument().getTrailer(), found, Collections.newSetFromMap(new IdentityHashMap<>()));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(COSBase base, List<String> found, Set<COSBase> seen) throws IOException {
        COSBase object = base instanceof COSObject o ? o.getObject() : base;
        if (object == null || !seen.add(object)) {
            return;
        }
        switch (object) {
            case COSString s -> {
                found.add(s.getString());
                found.add(new String(s.getBytes(), StandardCharsets.ISO_8859_1));
            }
            case COSName n -> found.add(n.getName());
            case COSArray a -> {
                for (COSBase element : a) {
                    walk(element, found, seen);
                }
            }
            case COSDictionary d -> {
                if (d instanceof COSStream s) {
                    try (InputStream in = s.createInputStream()) {
                        found.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                    }
                }
                for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                    walk(e.getKey(), found, seen);
                    walk(e.getValue(), found, seen);
                }
            }
            default -> {
            }
        }
    }
}
