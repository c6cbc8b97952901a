package dk.hoeringssvar.render.docx;

import static dk.hoeringssvar.render.docx.SampleTree.text;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.CompiledDocument.Part;
import dk.hoeringssvar.document.DocumentInfo;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.document.ReceivedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Compiled documents and received files for the compiled-document tests, built by hand. */
final class CompiledSamples {

    static final String CUSTOM_STYLE_ID = "Fremhaevet";
    static final String CUSTOM_STYLE_NAME = "Fremhævet";
    static final String CUSTOM_COLOUR = "C00000";
    static final String RECEIVED_NAME = "bilag-4-fagforening.docx";
    static final String PDF_NAME = "bilag-5-kort.pdf";
    static final String RECEIVED_LINK = "https://example.dk/fagforening";
    static final String STAMP_LINE = "Beskæftigelsesudvalget · Sagsnr. 2026-04711";

    private CompiledSamples() {
    }

    static DocumentInfo info() {
        return new DocumentInfo("Samlede høringssvar – plejeboliger", "Aarhus Kommune", "Høring om plejeboliger",
                List.of("høring", "bilag"), "da-DK");
    }

    static List<Inline> footer() {
        return List.of(text("Side "), new Inline.PageNumber(), text(" af "), new Inline.PageCount());
    }

    static CompiledDocument.Stamp stamp() {
        return new CompiledDocument.Stamp("side", "af", STAMP_LINE);
    }

    /** Cover, contents, three tree parts, a received DOCX, a received PDF and a chart. */
    static CompiledDocument full(byte[] receivedDocx) {
        List<Block> front = List.of(
                new Block.Heading(1, List.of(text("Samlede høringssvar"))),
                SampleTree.para(ParagraphRole.REFERENCE, "Forslag til ændring af plejeboligplanen · Sagsnr. 2026-04711"),
                new Block.Chart("Figur 1. Høringssvar fordelt på tema og holdning",
                        List.of("Plejeboliger", "Normering", "Pårørende", "Økonomi"),
                        List.of(new Block.ChartSeries("For", List.of(5, 3, 2, 1)),
                                new Block.ChartSeries("Imod", List.of(2, 4, 1, 3)),
                                new Block.ChartSeries("Delvis", List.of(1, 1, 3, 0))),
                        "Søjlediagram: flest svar om plejeboliger, de fleste for forslaget."),
                new Block.PageBreak(),
                new Block.Contents(List.of(text("Indhold"))));
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Tree("Bilag 1", "Ældrerådet", tree("Ældrerådet", "Høringssvar fra Ældrerådet")));
        parts.add(new Part.Tree("Bilag 2", "Handicaprådet", tree("Handicaprådet", "Høringssvar fra Handicaprådet")));
        parts.add(new Part.Tree("Bilag 3", "Borgerforeningen", SampleTree.full()));
        parts.add(new Part.File("Bilag 4", "Fagforeningen FOA", new ReceivedFile(RECEIVED_NAME,
                ReceivedFile.Kind.DOCX, receivedDocx), List.of(text("Vedlagt separat."))));
        parts.add(new Part.File("Bilag 5", "Kort over Åby", new ReceivedFile(PDF_NAME, ReceivedFile.Kind.PDF,
                new byte[] {'%', 'P', 'D', 'F'}), List.of(text("Bilaget er en PDF-fil og er vedlagt separat: "
                + PDF_NAME))));
        return new CompiledDocument(info(), footer(), front, parts, stamp());
    }

    static DocumentTree tree(String sender, String title) {
        List<Block> blocks = List.of(
                SampleTree.para(ParagraphRole.LETTERHEAD, sender),
                new Block.Heading(1, List.of(text(title))),
                new Block.Heading(2, List.of(text("Indledning – " + sender))),
                SampleTree.para(ParagraphRole.BODY, sender + " takker for muligheden for at afgive høringssvar."),
                new Block.Heading(3, List.of(text("Detaljer – " + sender))),
                SampleTree.para(ParagraphRole.BODY, "Flere plejeboliger i Åby og Ølsted."));
        return new DocumentTree(SampleTree.info(), List.of(text(sender + " – høringssvar")), List.of(text("egen fod")),
                blocks);
    }

    /**
     * A DOCX as a sender's word processor writes it: its own Normal (Georgia), a Heading1 and a custom
     * coloured style, a numbered list, a table, a picture and a hyperlink.
     */
    static byte[] receivedDocx() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            CTStyles ct = CTStyles.Factory.newInstance();
            CTStyle normal = ct.addNewStyle();
            normal.setType(STStyleType.PARAGRAPH);
            normal.setStyleId("Normal");
            normal.setDefault(true);
            normal.addNewName().setVal("Normal");
            CTRPr normalRun = normal.addNewRPr();
            normalRun.addNewRFonts().setAscii("Georgia");
            normalRun.getRFontsArray(0).setHAnsi("Georgia");
            normalRun.addNewSz().setVal(BigInteger.valueOf(22));
            CTStyle heading = ct.addNewStyle();
            heading.setType(STStyleType.PARAGRAPH);
            heading.setStyleId("Heading1");
            heading.addNewName().setVal("heading 1");
            heading.addNewBasedOn().setVal("Normal");
            heading.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            heading.addNewRPr().addNewB();
            CTStyle custom = ct.addNewStyle();
            custom.setType(STStyleType.PARAGRAPH);
            custom.setStyleId(CUSTOM_STYLE_ID);
            custom.addNewName().setVal(CUSTOM_STYLE_NAME);
            custom.addNewBasedOn().setVal("Normal");
            CTRPr customRun = custom.addNewRPr();
            customRun.addNewB();
            customRun.addNewColor().setVal(CUSTOM_COLOUR);
            styles.setStyles(ct);

            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText("FOA's bemærkninger");
            XWPFParagraph intro = doc.createParagraph();
            intro.createRun().setText("FOA støtter forslaget med følgende forbehold:");

            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.LOWER_LETTER);
            lvl.addNewLvlText().setVal("%1)");
            lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
            lvl.getPPr().getInd().setHanging(BigInteger.valueOf(360));
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
            BigInteger numId = numbering.addNum(abstractId);
            for (String item : List.of("Flere hænder i ældreplejen", "Uddannelse af social- og sundhedsassistenter")) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(BigInteger.ZERO);
                p.createRun().setText(item);
            }

            XWPFParagraph emphasis = doc.createParagraph();
            emphasis.setStyle(CUSTOM_STYLE_ID);
            emphasis.createRun().setText("Vi forventer at blive inddraget i det videre arbejde.");

            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Område");
            table.getRow(0).getCell(1).setText("Antal stillinger");
            table.getRow(1).getCell(0).setText("Åby");
            table.getRow(1).getCell(1).setText("12");

            XWPFParagraph picture = doc.createParagraph();
            picture.createRun().addPicture(new java.io.ByteArrayInputStream(SampleTree.tinyPng().data()),
                    PictureType.PNG, "logo.png", Units.toEMU(80), Units.toEMU(40));
            XWPFParagraph link = doc.createParagraph();
            link.createRun().setText("Læs mere: ");
            link.createHyperlinkRun(RECEIVED_LINK).setText("foa.dk");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** {@code docx} encrypted with a password, as Word saves a protected document (an OLE2 container). */
    static byte[] encrypted(byte[] docx) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("hemmelig");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

}
