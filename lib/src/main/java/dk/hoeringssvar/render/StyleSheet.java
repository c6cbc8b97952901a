package dk.hoeringssvar.render;

import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.theme.Rgb;
import dk.hoeringssvar.theme.Theme;

/**
 * The one place that turns a {@link Theme} into sizes, spacing and colours, so that PDF, DOCX and
 * HTML look alike. All lengths are in points (1/72 inch); the page is A4.
 */
public final class StyleSheet {

    public static final double A4_WIDTH = 595.28;
    public static final double A4_HEIGHT = 841.89;
    public static final double POINTS_PER_MM = 72 / 25.4;
    /** Line height as a multiple of the font size. */
    public static final double LINE_HEIGHT = 1.35;
    public static final String BULLET = "•";

    private final Theme theme;
    private final double base;

    public StyleSheet(Theme theme) {
        this.theme = theme;
        this.base = theme.baseFontSize();
    }

    public Theme theme() {
        return theme;
    }

    public double pageWidth() {
        return A4_WIDTH;
    }

    public double pageHeight() {
        return A4_HEIGHT;
    }

    public double marginTop() {
        return theme.marginTopMm() * POINTS_PER_MM;
    }

    public double marginRight() {
        return theme.marginRightMm() * POINTS_PER_MM;
    }

    public double marginBottom() {
        return theme.marginBottomMm() * POINTS_PER_MM;
    }

    public double marginLeft() {
        return theme.marginLeftMm() * POINTS_PER_MM;
    }

    /** Width of the text column. */
    public double textWidth() {
        return A4_WIDTH - marginLeft() - marginRight();
    }

    /** Distance of the running header's baseline above the top margin, and the footer's below the bottom. */
    public double headerFooterOffset() {
        return 10 * POINTS_PER_MM;
    }

    public TextStyle body() {
        return style(base, false, false, theme.textColour(), 0, base * 0.75, TextAlign.LEFT);
    }

    public TextStyle paragraph(ParagraphRole role) {
        return switch (role) {
            case BODY -> body();
            case LETTERHEAD -> style(base * 0.86, false, false, theme.mutedColour(), 0, 0, TextAlign.LEFT);
            case RECIPIENT -> style(base, true, false, theme.textColour(), base * 1.5, base * 0.5, TextAlign.LEFT);
            case DATE -> style(base, false, false, theme.textColour(), base, base * 0.5, TextAlign.RIGHT);
            case REFERENCE -> style(base * 0.86, false, false, theme.mutedColour(), 0, base * 1.2, TextAlign.LEFT);
            case NOTE -> style(base * 0.86, false, true, theme.mutedColour(), 0, base * 0.6, TextAlign.LEFT);
        };
    }

    /** Level 1 is the document title; 2 and 3 are section headings. */
    public TextStyle heading(int level) {
        return switch (level) {
            case 1 -> style(base * 1.7, true, false, theme.accentColour(), base * 1.2, base * 0.6, TextAlign.LEFT);
            case 2 -> style(base * 1.25, true, false, theme.accentColour(), base * 1.1, base * 0.4, TextAlign.LEFT);
            default -> style(base * 1.05, true, false, theme.textColour(), base * 0.9, base * 0.3, TextAlign.LEFT);
        };
    }

    public TextStyle listItem() {
        return style(base, false, false, theme.textColour(), 0, base * 0.3, TextAlign.LEFT);
    }

    /** Indent of list item text from the list's left edge; the marker sits in this gap. */
    public double listIndent() {
        return base * 1.8;
    }

    public TextStyle quotation() {
        return style(base, false, true, theme.textColour(), 0, base * 0.5, TextAlign.LEFT);
    }

    public TextStyle attribution() {
        return style(base * 0.86, false, false, theme.mutedColour(), 0, base * 0.75, TextAlign.LEFT);
    }

    /** Left indent of a quotation; a rule in the accent colour runs down the gap. */
    public double quotationIndent() {
        return base * 1.4;
    }

    public double quotationRuleWidth() {
        return 2;
    }

    public TextStyle pullQuote() {
        return style(base * 1.25, true, true, theme.accentColour(), base * 0.5, base, TextAlign.LEFT);
    }

    public TextStyle boxTitle() {
        return style(base * 1.05, true, false, theme.accentColour(), 0, base * 0.4, TextAlign.LEFT);
    }

    /** Inner padding of boxes and pull-quotes. */
    public double boxPadding() {
        return base * 0.9;
    }

    public double borderWidth() {
        return 0.75;
    }

    public TextStyle tableCell(boolean header) {
        return style(base * 0.93, header, false, theme.textColour(), 0, 0, TextAlign.LEFT);
    }

    public double tableCellPadding() {
        return base * 0.4;
    }

    public Rgb tableBorderColour() {
        return Rgb.hex("#B7C3D0");
    }

    public TextStyle caption() {
        return style(base * 0.86, false, true, theme.mutedColour(), base * 0.3, base, TextAlign.LEFT);
    }

    public TextStyle definitionTerm() {
        return style(base, true, false, theme.textColour(), 0, base * 0.2, TextAlign.LEFT);
    }

    public TextStyle definitionDescription() {
        return style(base, false, false, theme.textColour(), 0, base * 0.2, TextAlign.LEFT);
    }

    /** Width of the term column of a definition list. */
    public double definitionTermWidth() {
        return textWidth() * 0.25;
    }

    public TextStyle signatureName() {
        return style(base, true, false, theme.textColour(), base * 2.2, 0, TextAlign.LEFT);
    }

    public TextStyle signatureRole() {
        return style(base * 0.93, false, false, theme.mutedColour(), 0, base * 0.5, TextAlign.LEFT);
    }

    /** Width of one signature column when side by side. */
    public double signatureColumnWidth() {
        return textWidth() / 2;
    }

    public TextStyle runningHeader() {
        return style(base * 0.78, false, false, theme.mutedColour(), 0, 0, TextAlign.LEFT);
    }

    public TextStyle runningFooter() {
        return style(base * 0.78, false, false, theme.mutedColour(), 0, 0, TextAlign.RIGHT);
    }

    /** Bar colours of a chart, by series index (repeating); from the accent colour to warm contrasts. */
    public java.util.List<Rgb> chartPalette() {
        return java.util.List.of(theme.accentColour(), Rgb.hex("#C0504D"), Rgb.hex("#E8A33D"), Rgb.hex("#6A9F58"),
                Rgb.hex("#8064A2"), Rgb.hex("#7F7F7F"));
    }

    /** Height of a chart's plot area. */
    public double chartHeight() {
        return base * 16;
    }

    public TextStyle stamp() {
        return style(base * 0.72, false, false, theme.mutedColour(), 0, 0, TextAlign.RIGHT);
    }

    public TextStyle contentsEntry() {
        return style(base, false, false, theme.textColour(), 0, base * 0.35, TextAlign.LEFT);
    }

    /** Space above and below a rule or a figure. */
    public double blockGap() {
        return base * 0.8;
    }

    private static TextStyle style(double size, boolean bold, boolean italic, Rgb colour, double before,
                                   double after, TextAlign align) {
        return new TextStyle(size, bold, italic, colour, before, after, size * LINE_HEIGHT, align);
    }
}
