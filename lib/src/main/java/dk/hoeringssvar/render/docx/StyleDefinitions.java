package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.render.TextStyle;
import dk.hoeringssvar.theme.Rgb;
import java.math.BigInteger;
import java.util.function.Consumer;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * Builds the styles part: document defaults and one paragraph style per {@link DocxStyle}. In a
 * compiled document Heading 1 is a part's heading and takes the title's look; the headings below it
 * take the looks of the tree levels they carry (see {@link HeadingScheme}).
 */
final class StyleDefinitions {

    private final StyleSheet sheet;
    private final String language;
    private final boolean compiled;

    StyleDefinitions(StyleSheet sheet, String language) {
        this(sheet, language, false);
    }

    StyleDefinitions(StyleSheet sheet, String language, boolean compiled) {
        this.sheet = sheet;
        this.language = language;
        this.compiled = compiled;
    }

    CTStyles build() {
        CTStyles styles = CTStyles.Factory.newInstance();
        docDefaults(styles.addNewDocDefaults());
        Rgb accent = sheet.theme().accentColour();

        paragraphStyle(styles, DocxStyle.NORMAL, sheet.body(), p -> p.addNewWidowControl());
        heading(styles, DocxStyle.TITLE, sheet.heading(1), -1);
        heading(styles, DocxStyle.HEADING_1, sheet.heading(compiled ? 1 : 2), 0);
        heading(styles, DocxStyle.HEADING_2, sheet.heading(compiled ? 2 : 3), 1);
        heading(styles, DocxStyle.HEADING_3, sheet.heading(3), 2);
        heading(styles, DocxStyle.HEADING_4, sheet.heading(3), 3);
        paragraphStyle(styles, DocxStyle.QUOTE, sheet.quotation(), p -> {
            CTPBdr borders = p.addNewPBdr();
            // Word draws a left border "space" points left of the indent: put the rule at the margin.
            double space = sheet.quotationIndent() - sheet.quotationRuleWidth();
            Formats.line(borders.addNewLeft(), accent, sheet.quotationRuleWidth(), space);
            p.addNewInd().setLeft(Measure.twips(sheet.quotationIndent()));
        });
        paragraphStyle(styles, DocxStyle.ATTRIBUTION, sheet.attribution(),
                p -> p.addNewInd().setLeft(Measure.twips(sheet.quotationIndent())));
        paragraphStyle(styles, DocxStyle.CAPTION, sheet.caption(), p -> { });
        paragraphStyle(styles, DocxStyle.LIST_PARAGRAPH, sheet.listItem(), p -> { });
        paragraphStyle(styles, DocxStyle.HEADER, sheet.runningHeader(), p -> { });
        paragraphStyle(styles, DocxStyle.FOOTER, sheet.runningFooter(), p -> { });
        for (ParagraphRole role : ParagraphRole.values()) {
            if (role != ParagraphRole.BODY) {
                paragraphStyle(styles, DocxStyle.forRole(role), sheet.paragraph(role), p -> { });
            }
        }
        paragraphStyle(styles, DocxStyle.PULL_QUOTE, sheet.pullQuote(), this::pullQuoteFrame);
        paragraphStyle(styles, DocxStyle.BOX_TITLE, sheet.boxTitle(), p -> p.addNewKeepNext());
        paragraphStyle(styles, DocxStyle.TABLE_TEXT, sheet.tableCell(false), p -> { });
        paragraphStyle(styles, DocxStyle.TABLE_HEADING, sheet.tableCell(true), p -> { });
        paragraphStyle(styles, DocxStyle.DEFINITION_TERM, sheet.definitionTerm(), p -> { });
        paragraphStyle(styles, DocxStyle.DEFINITION_TEXT, sheet.definitionDescription(), p -> { });
        paragraphStyle(styles, DocxStyle.SIGNATURE_NAME, sheet.signatureName(), p -> p.addNewKeepNext());
        paragraphStyle(styles, DocxStyle.SIGNATURE_ROLE, sheet.signatureRole(), p -> { });
        paragraphStyle(styles, DocxStyle.TOC_HEADING, sheet.heading(2), p -> p.addNewKeepNext());
        for (int level = 1; level <= 3; level++) {
            int depth = level - 1;
            paragraphStyle(styles, DocxStyle.tocEntry(level), sheet.contentsEntry(), p -> {
                CTTabStop tab = p.addNewTabs().addNewTab();
                tab.setVal(STTabJc.RIGHT);
                tab.setLeader(STTabTlc.DOT);
                tab.setPos(Measure.twips(sheet.textWidth()));
                p.addNewInd().setLeft(Measure.twips(depth * sheet.listIndent()));
            });
        }
        paragraphStyle(styles, DocxStyle.STAMP, sheet.stamp(), p -> { });
        tableNormal(styles);
        return styles;
    }

    private void docDefaults(CTDocDefaults defaults) {
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts());
        rpr.addNewSz().setVal(Measure.halfPoints(sheet.body().size()));
        rpr.addNewSzCs().setVal(Measure.halfPoints(sheet.body().size()));
        rpr.addNewLang().setVal(language);
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
    }

    private void fonts(CTFonts fonts) {
        String family = sheet.theme().fonts().officeFamily();
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setCs(family);
        fonts.setEastAsia(family);
    }

    private void heading(CTStyles styles, DocxStyle style, TextStyle look, int outlineLevel) {
        paragraphStyle(styles, style, look, p -> {
            p.addNewKeepNext();
            p.addNewKeepLines();
            if (outlineLevel >= 0) {
                p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            }
        });
    }

    /** Tint background with an accent bar on the left; the tint-coloured borders give it padding. */
    private void pullQuoteFrame(CTPPrGeneral p) {
        Rgb tint = sheet.theme().tintColour();
        double pad = sheet.boxPadding();
        double bar = sheet.quotationRuleWidth();
        CTPBdr borders = p.addNewPBdr();
        Formats.line(borders.addNewTop(), tint, 0.5, pad / 2);
        Formats.line(borders.addNewLeft(), sheet.theme().accentColour(), bar, pad);
        Formats.line(borders.addNewBottom(), tint, 0.5, pad / 2);
        Formats.line(borders.addNewRight(), tint, 0.5, pad);
        Formats.fill(p.addNewShd(), tint);
        CTInd ind = p.addNewInd();
        ind.setLeft(Measure.twips(pad + bar));
        ind.setRight(Measure.twips(pad + 0.5));
    }

    private void paragraphStyle(CTStyles styles, DocxStyle style, TextStyle look, Consumer<CTPPrGeneral> extra) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(style.id());
        s.addNewName().setVal(style.wordName());
        if (style == DocxStyle.NORMAL) {
            s.setDefault(true);
        } else {
            s.addNewBasedOn().setVal(DocxStyle.NORMAL.id());
            s.addNewNext().setVal(nextOf(style).id());
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        extra.accept(ppr);
        Formats.spacing(ppr, look);
        Formats.align(ppr, look.align());
        CTRPr rpr = s.addNewRPr();
        if (style == DocxStyle.NORMAL) {
            fonts(rpr.addNewRFonts());
        }
        Formats.runLook(rpr, look);
        if (style == DocxStyle.NORMAL) {
            rpr.addNewLang().setVal(language);
        }
    }

    private static DocxStyle nextOf(DocxStyle style) {
        return switch (style) {
            case QUOTE, LIST_PARAGRAPH, TABLE_TEXT, TABLE_HEADING, HEADER, FOOTER, LETTERHEAD, DEFINITION_TEXT,
                 DEFINITION_TERM, TOC_1, TOC_2, TOC_3, STAMP -> style;
            case SIGNATURE_NAME -> DocxStyle.SIGNATURE_ROLE;
            default -> DocxStyle.NORMAL;
        };
    }

    /**
     * Word's default table style. Without table properties: poi-ooxml-lite lacks the compiled schema
     * of a style's tblPr, and every table here sets its own borders and cell margins anyway.
     */
    private static void tableNormal(CTStyles styles) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.TABLE);
        s.setStyleId("TableNormal");
        s.setDefault(true);
        s.addNewName().setVal("Normal Table");
        s.addNewUiPriority().setVal(BigInteger.valueOf(99));
        s.addNewSemiHidden();
        s.addNewUnhideWhenUsed();
    }
}
