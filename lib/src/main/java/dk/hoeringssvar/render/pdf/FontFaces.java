package dk.hoeringssvar.render.pdf;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The four faces of one family as OpenPDF fonts, for measuring during layout and for drawing. Created
 * for one render call (a {@link BaseFont} collects the glyphs that render used for subsetting) and never
 * shared between calls. Measuring may happen on several threads at once; drawing on one.
 */
final class FontFaces {

    private final Map<Face, BaseFont> fonts;
    /**
     * Advance widths in font units plus one, per face; 0 is "not asked yet". Measuring is the layout's
     * most frequent question, and OpenPDF answers it with a map lookup per character. Parts may be laid
     * out on several threads, which share the tables (see {@link CharTable}).
     */
    private final CharTable[] widths = CharTable.perFace();

    private FontFaces(Map<Face, BaseFont> fonts) {
        this.fonts = fonts;
    }

    /** Embedded Identity-H TrueType fonts from the given bytes; never touches OpenPDF's font caches. */
    static FontFaces load(String family, Map<Face, byte[]> faceBytes) throws DocumentException, IOException {
        Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);
        String stem = family.replaceAll("[^A-Za-z0-9]", "");
        for (Face face : Face.values()) {
            // The name only has to end in .ttf (it selects the TrueType parser); the bytes are the font.
            BaseFont font = BaseFont.createFont(stem + "-" + face.name() + ".ttf", BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, faceBytes.get(face), null);
            font.setSubset(true);
            // OpenPDF's CIDSet for subsets is incomplete and fails PDF/A-2 and PDF/UA; leave it out.
            font.setIncludeCidSet(false);
            fonts.put(face, font);
        }
        return new FontFaces(fonts);
    }

    BaseFont baseFont(Face face) {
        return fonts.get(face);
    }

    /**
     * The width of {@code text} in points, exactly as OpenPDF's {@code getWidthPoint} gives it (the same
     * integer sum of font units, scaled in the same float arithmetic), from the width table.
     */
    double width(String text, Face face, double size) {
        return width(text, 0, text.length(), face, size);
    }

    /** The width of {@code text} from {@code start} to {@code end}, as {@link #width(String, Face, double)}. */
    double width(String text, int start, int end, Face face, double size) {
        BaseFont font = fonts.get(face);
        CharTable table = widths[face.ordinal()];
        int total = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return font.getWidthPoint(text.substring(start, end), (float) size);
            }
            int widthPlusOne = table.get(c);
            if (widthPlusOne == 0) {
                widthPlusOne = font.getWidth(String.valueOf(c)) + 1;
                table.set(c, widthPlusOne);
            }
            total += widthPlusOne - 1;
        }
        return (float) total * 0.001f * (float) size;
    }

    /** Height above the baseline of the family's regular face. */
    double ascent(double size) {
        return fonts.get(Face.REGULAR).getFontDescriptor(BaseFont.ASCENT, (float) size);
    }

    /** Depth below the baseline of the family's regular face, as a positive number. */
    double descent(double size) {
        return -fonts.get(Face.REGULAR).getFontDescriptor(BaseFont.DESCENT, (float) size);
    }

    /**
     * Replaces the random six-letter subset prefixes ("ABCDEF+LiberationSans") with ones derived from
     * {@code seed}, so the same document gives the same bytes.
     */
    void seedSubsetPrefixes(byte[] seed) {
        for (Face face : Face.values()) {
            try {
                SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
                random.setSeed(seed);
                random.setSeed(face.ordinal());
                fonts.get(face).setSecureRandom(random);
            } catch (NoSuchAlgorithmException e) {
                return; // prefixes stay random; the PDF is still valid
            }
        }
    }
}
