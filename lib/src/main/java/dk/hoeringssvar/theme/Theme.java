package dk.hoeringssvar.theme;

import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.model.InvalidModelException;
import java.util.Objects;

/**
 * The look of every output: fonts, base size, margins, colours and an optional logo. Immutable; build
 * one with {@link #builder()} or take {@link #standard()}.
 *
 * @param fonts          the font family, embedded in PDF
 * @param baseFontSize   body text size in points
 * @param marginTopMm    page margins in millimetres (A4)
 * @param textColour     body text
 * @param accentColour   headings, rules, box frames
 * @param mutedColour    letterhead, reference line, captions, running header and footer
 * @param tintColour     background of pull-quotes and box titles
 * @param logo           printed top right on the first page; may be null
 * @param logoWidthMm    logo width
 */
public record Theme(FontSet fonts, double baseFontSize,
                    double marginTopMm, double marginRightMm, double marginBottomMm, double marginLeftMm,
                    Rgb textColour, Rgb accentColour, Rgb mutedColour, Rgb tintColour,
                    Image logo, double logoWidthMm) {

    public static final double DEFAULT_BASE_FONT_SIZE = 10.5;
    public static final double DEFAULT_MARGIN_TOP_MM = 25;
    public static final double DEFAULT_MARGIN_RIGHT_MM = 20;
    public static final double DEFAULT_MARGIN_BOTTOM_MM = 25;
    public static final double DEFAULT_MARGIN_LEFT_MM = 25;
    public static final Rgb DEFAULT_TEXT = Rgb.hex("#1A1A1A");
    public static final Rgb DEFAULT_ACCENT = Rgb.hex("#1F4E79");
    public static final Rgb DEFAULT_MUTED = Rgb.hex("#5F6368");
    public static final Rgb DEFAULT_TINT = Rgb.hex("#EAF1F8");
    public static final double DEFAULT_LOGO_WIDTH_MM = 35;

    private static final class StandardHolder {
        static final Theme STANDARD = builder().build();
    }

    public Theme {
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(textColour, "textColour");
        Objects.requireNonNull(accentColour, "accentColour");
        Objects.requireNonNull(mutedColour, "mutedColour");
        Objects.requireNonNull(tintColour, "tintColour");
        range("baseFontSize", baseFontSize, 6, 24);
        range("marginTopMm", marginTopMm, 5, 80);
        range("marginRightMm", marginRightMm, 5, 80);
        range("marginBottomMm", marginBottomMm, 5, 80);
        range("marginLeftMm", marginLeftMm, 5, 80);
        range("logoWidthMm", logoWidthMm, 5, 120);
    }

    /** Liberation Sans 10.5 pt, dark blue accent, no logo. */
    public static Theme standard() {
        return StandardHolder.STANDARD;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this theme. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.fonts = fonts;
        b.baseFontSize = baseFontSize;
        b.marginTopMm = marginTopMm;
        b.marginRightMm = marginRightMm;
        b.marginBottomMm = marginBottomMm;
        b.marginLeftMm = marginLeftMm;
        b.textColour = textColour;
        b.accentColour = accentColour;
        b.mutedColour = mutedColour;
        b.tintColour = tintColour;
        b.logo = logo;
        b.logoWidthMm = logoWidthMm;
        return b;
    }

    private static void range(String field, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new InvalidModelException("Theme." + field, "must be between " + min + " and " + max + ", was " + v);
        }
    }

    public static final class Builder {
        private FontSet fonts;
        private double baseFontSize = DEFAULT_BASE_FONT_SIZE;
        private double marginTopMm = DEFAULT_MARGIN_TOP_MM;
        private double marginRightMm = DEFAULT_MARGIN_RIGHT_MM;
        private double marginBottomMm = DEFAULT_MARGIN_BOTTOM_MM;
        private double marginLeftMm = DEFAULT_MARGIN_LEFT_MM;
        private Rgb textColour = DEFAULT_TEXT;
        private Rgb accentColour = DEFAULT_ACCENT;
        private Rgb mutedColour = DEFAULT_MUTED;
        private Rgb tintColour = DEFAULT_TINT;
        private Image logo;
        private double logoWidthMm = DEFAULT_LOGO_WIDTH_MM;

        private Builder() {
        }

        public Builder fonts(FontSet fonts) {
            this.fonts = Objects.requireNonNull(fonts, "fonts");
            return this;
        }

        public Builder baseFontSize(double points) {
            this.baseFontSize = points;
            return this;
        }

        /** All four margins in millimetres. */
        public Builder margins(double topMm, double rightMm, double bottomMm, double leftMm) {
            this.marginTopMm = topMm;
            this.marginRightMm = rightMm;
            this.marginBottomMm = bottomMm;
            this.marginLeftMm = leftMm;
            return this;
        }

        public Builder textColour(Rgb colour) {
            this.textColour = colour;
            return this;
        }

        public Builder accentColour(Rgb colour) {
            this.accentColour = colour;
            return this;
        }

        public Builder mutedColour(Rgb colour) {
            this.mutedColour = colour;
            return this;
        }

        public Builder tintColour(Rgb colour) {
            this.tintColour = colour;
            return this;
        }

        /** A logo printed top right on the first page; null for none. */
        public Builder logo(Image logo, double widthMm) {
            this.logo = logo;
            this.logoWidthMm = widthMm;
            return this;
        }

        public Theme build() {
            return new Theme(fonts != null ? fonts : FontSet.liberationSans(), baseFontSize,
                    marginTopMm, marginRightMm, marginBottomMm, marginLeftMm,
                    textColour, accentColour, mutedColour, tintColour, logo, logoWidthMm);
        }
    }
}
