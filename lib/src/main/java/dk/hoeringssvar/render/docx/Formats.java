package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.render.TextAlign;
import dk.hoeringssvar.render.TextStyle;
import dk.hoeringssvar.theme.Rgb;
import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/** Low-level writers of paragraph and run properties, shared by styles, paragraphs and tables. */
final class Formats {

    /** "auto" line spacing is in 240ths of a line. */
    private static final int SINGLE_LINE = 240;

    private Formats() {
    }

    /**
     * Spacing and line height of a text style. The line is "at least" the style's leading, so it
     * matches the PDF's baseline-to-baseline distance yet still grows around an inline picture.
     */
    static void spacing(CTPPrBase ppr, TextStyle style) {
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setBefore(Measure.twips(style.spaceBefore()));
        spacing.setAfter(Measure.twips(style.spaceAfter()));
        spacing.setLine(Measure.twips(style.leading()));
        spacing.setLineRule(STLineSpacingRule.AT_LEAST);
    }

    /** Before/after spacing and an exact line height, for rules and spacers. */
    static void exactSpacing(CTPPrBase ppr, double before, double after, double line) {
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setBefore(Measure.twips(before));
        spacing.setAfter(Measure.twips(after));
        spacing.setLine(Measure.twips(line));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }

    /** Before/after spacing and single "auto" line spacing, so a line grows to an inline picture. */
    static void singleSpacing(CTPPrBase ppr, double before, double after) {
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setBefore(Measure.twips(before));
        spacing.setAfter(Measure.twips(after));
        spacing.setLine(BigInteger.valueOf(SINGLE_LINE));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    static void align(CTPPrBase ppr, TextAlign align) {
        (ppr.isSetJc() ? ppr.getJc() : ppr.addNewJc()).setVal(jc(align));
    }

    static STJc.Enum jc(TextAlign align) {
        return switch (align) {
            case LEFT -> STJc.LEFT;
            case RIGHT -> STJc.RIGHT;
            case CENTER -> STJc.CENTER;
        };
    }

    /** Weight, slant, colour and size of a text style, in schema order. */
    static void runLook(CTRPr rpr, TextStyle style) {
        if (style.bold()) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (style.italic()) {
            rpr.addNewI();
            rpr.addNewICs();
        }
        rpr.addNewColor().setVal(style.colour().toHexDigits());
        rpr.addNewSz().setVal(Measure.halfPoints(style.size()));
        rpr.addNewSzCs().setVal(Measure.halfPoints(style.size()));
    }

    static void line(CTBorder border, Rgb colour, double widthPoints, double spacePoints) {
        border.setVal(STBorder.SINGLE);
        border.setSz(Measure.borderEighths(widthPoints));
        border.setSpace(Measure.borderSpace(spacePoints));
        border.setColor(colour.toHexDigits());
    }

    static void none(CTBorder border) {
        border.setVal(STBorder.NIL);
        border.setSz(BigInteger.ZERO);
        border.setSpace(BigInteger.ZERO);
        border.setColor("auto");
    }

    static void fill(CTShd shd, Rgb colour) {
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(colour.toHexDigits());
    }
}
