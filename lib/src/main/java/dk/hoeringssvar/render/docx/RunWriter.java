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

    RunWriter(String language) {
        this.language = language;
    }

    void write(XWPFParagraph paragraph, List<Inline> content) {
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text text -> text(paragraph, text);
                case Inline.LineBreak br -> run(paragraph, false, false).addBreak();
                case Inline.PageNumber page -> field(paragraph, "PAGE");
                case Inline.PageCount count -> field(paragraph, "NUMPAGES");
            }
        }
    }

    private void text(XWPFParagraph paragraph, Inline.Text text) {
        if (!text.text().isEmpty()) {
            run(paragraph, text.bold(), text.italic()).setText(XmlText.clean(text.text()));
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
        run(paragraph, false, false).getCTR().addNewFldChar().setFldCharType(type);
    }

    void instruction(XWPFParagraph paragraph, String instruction) {
        CTText instr = run(paragraph, false, false).getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    /** Plain text in one run (nothing written for empty text). */
    void plain(XWPFParagraph paragraph, String text) {
        if (!text.isEmpty()) {
            run(paragraph, false, false).setText(XmlText.clean(text));
        }
    }

    /** A run's properties as every run here has them: the document language. */
    void language(CTRPr rpr) {
        rpr.addNewLang().setVal(language);
    }

    /** A run with its properties in schema order: weight, slant, language. */
    XWPFRun run(XWPFParagraph paragraph, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        CTR ctr = run.getCTR();
        CTRPr rpr = ctr.isSetRPr() ? ctr.getRPr() : ctr.addNewRPr();
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (italic) {
            rpr.addNewI();
            rpr.addNewICs();
        }
        rpr.addNewLang().setVal(language);
        return run;
    }
}
