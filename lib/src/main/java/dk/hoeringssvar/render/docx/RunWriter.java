package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.Inline;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes inline content as runs. Every run carries the document language, so Word spell-checks it
 * in that language even where a user pastes it into another document.
 */
final class RunWriter {

    /** Shown by readers that do not update fields; Word and LibreOffice replace it when laying out. */
    private static final String FIELD_PLACEHOLDER = "1";

    private final String language;
    /** Run prototypes by weight and slant: plain, italic, bold, bold italic. */
    private final CTR[] prototypes = new CTR[4];

    RunWriter(String language) {
        this.language = language;
    }

    void write(XWPFParagraph paragraph, List<Inline> content) {
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text text -> text(paragraph, text);
                case Inline.LineBreak br -> ctr(paragraph, false, false).addNewBr();
                case Inline.PageNumber page -> field(paragraph, "PAGE");
                case Inline.PageCount count -> field(paragraph, "NUMPAGES");
            }
        }
    }

    private void text(XWPFParagraph paragraph, Inline.Text text) {
        if (!text.text().isEmpty()) {
            text(ctr(paragraph, text.bold(), text.italic()), XmlText.clean(text.text()));
        }
    }

    /** A complex field: begin, instruction, separate, placeholder result, end. */
    private void field(XWPFParagraph paragraph, String instruction) {
        field(paragraph, instruction, FIELD_PLACEHOLDER);
    }

    void field(XWPFParagraph paragraph, String instruction, String result) {
        fieldChar(paragraph, STFldCharType.BEGIN);
        instruction(paragraph, instruction);
        fieldChar(paragraph, STFldCharType.SEPARATE);
        plain(paragraph, result);
        fieldChar(paragraph, STFldCharType.END);
    }

    /** One of a complex field's begin, separate and end marks; fields may nest between them. */
    void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        ctr(paragraph, false, false).addNewFldChar().setFldCharType(type);
    }

    void instruction(XWPFParagraph paragraph, String instruction) {
        CTText instr = ctr(paragraph, false, false).addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    /** Plain text in one run (nothing written for empty text). */
    void plain(XWPFParagraph paragraph, String text) {
        if (!text.isEmpty()) {
            text(ctr(paragraph, false, false), XmlText.clean(text));
        }
    }

    /** A run's properties as every run here has them: the document language. */
    void language(CTRPr rpr) {
        rpr.addNewLang().setVal(language);
    }

    /**
     * A run with its properties in schema order (weight, slant, language), for callers that need
     * POI's run API (pictures, charts, breaks).
     */
    XWPFRun run(XWPFParagraph paragraph, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.getCTR().set(prototype(bold, italic));
        return run;
    }

    /**
     * The same as a bare XML run, without POI's run object: text, fields and breaks need none, and
     * a bundle writes tens of thousands of them.
     */
    private CTR ctr(XWPFParagraph paragraph, boolean bold, boolean italic) {
        CTR run = paragraph.getCTP().addNewR();
        run.set(prototype(bold, italic));
        return run;
    }

    /** Text in a run, its spaces kept where Word would otherwise drop them (as POI's setText does). */
    private static void text(CTR run, String text) {
        CTText t = run.addNewT();
        t.setStringValue(text);
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    /** An empty run with the properties, built once per combination and copied into each run. */
    private CTR prototype(boolean bold, boolean italic) {
        int index = (bold ? 2 : 0) + (italic ? 1 : 0);
        CTR prototype = prototypes[index];
        if (prototype == null) {
            prototype = CTR.Factory.newInstance();
            CTRPr rpr = prototype.addNewRPr();
            if (bold) {
                rpr.addNewB();
                rpr.addNewBCs();
            }
            if (italic) {
                rpr.addNewI();
                rpr.addNewICs();
            }
            language(rpr);
            prototypes[index] = prototype;
        }
        return prototype;
    }
}
