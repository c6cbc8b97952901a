package dk.hoeringssvar.render.pdf;

import java.util.Arrays;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ByteBuffer;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Shows text on a page, writing the same bytes as OpenPDF's {@code showText} for our Identity-H fonts,
 * for less work: OpenPDF looks every character up in the font's map and notes its glyph in the writer's
 * map of used glyphs, each a boxed-integer hash lookup, and that was the painter's largest cost. Here
 * each character's glyph is looked up once per file in a table, and only a character's first
 * appearance goes through OpenPDF, which notes its glyph for the subset and the ToUnicode map exactly as
 * before: a glyph is noted with the first character, in the order of the text, that maps to it.
 *
 * <p>Text OpenPDF treats specially, characters outside the BMP and variation selectors, and any font
 * that is not a Unicode TrueType font, goes through {@code showText} itself. One instance per PDF being
 * written; not thread-safe.
 */
final class GlyphWriter {

    /** A table entry: not looked up yet. */
    private static final int UNKNOWN = 0;
    /** A table entry: the font has no glyph; OpenPDF leaves such characters out, and so do we. */
    private static final int NO_GLYPH = -1;

    /** Per byte value below 128: the letter after the backslash that stands for it, or 0 where it stands as is. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        ESCAPES['\r'] = 'r';
        ESCAPES['\n'] = 'n';
        ESCAPES['\t'] = 't';
        ESCAPES['\b'] = 'b';
        ESCAPES['\f'] = 'f';
        ESCAPES['('] = '(';
        ESCAPES[')'] = ')';
        ESCAPES['\\'] = '\\';
    }

    private final FontFaces fonts;
    /** Per face: the glyph plus one, {@link #NO_GLYPH} or {@link #UNKNOWN}. */
    private final CharTable[] glyphs = CharTable.perFace();
    private char[] chars = new char[256];
    /** The string being written: at most four bytes a character (two, each escaped) and the brackets. */
    private byte[] out = new byte[4 * 256 + 4];

    GlyphWriter(FontFaces fonts) {
        this.fonts = fonts;
    }

    /**
     * Shows {@code text} at the current text position in the face the canvas is set to, which must be
     * {@code face}: the glyph codes as a string and {@code Tj}.
     */
    void show(PdfContentByte canvas, Face face, String text) {
        BaseFont font = fonts.baseFont(face);
        if (font.getFontType() != BaseFont.FONT_TYPE_TTUNI || font.isFontSpecific()) {
            canvas.showText(text);
            return;
        }
        CharTable table = glyphs[face.ordinal()];
        int length = text.length();
        if (chars.length < length) {
            chars = new char[length];
            out = new byte[4 * length + 4];
        }
        text.getChars(0, length, chars, 0);
        int n = 0;
        out[n++] = '(';
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (Character.isSurrogate(c) || (c >= 0xFE00 && c <= 0xFE0F)) {
                // OpenPDF does more than map characters to glyphs here; nothing is written yet.
                canvas.showText(text);
                return;
            }
            int entry = table.get(c);
            if (entry == UNKNOWN) {
                entry = firstUse(canvas, c);
                table.set(c, entry);
            }
            if (entry != NO_GLYPH) {
                int glyph = entry - 1;
                n = put(out, n, (byte) (glyph >> 8));
                n = put(out, n, (byte) glyph);
            }
        }
        out[n++] = ')';
        out[n++] = 'T';
        out[n++] = 'j';
        out[n++] = '\n';
        canvas.getInternalBuffer().append(out, 0, n);
    }

    /** Puts one byte of a PDF literal string, escaped as OpenPDF escapes it. */
    private static int put(byte[] out, int n, byte b) {
        byte escape = b >= 0 && b < ESCAPES.length ? ESCAPES[b] : 0;
        if (escape != 0) {
            out[n++] = '\\';
            out[n++] = escape;
        } else {
            out[n++] = b;
        }
        return n;
    }

    /**
     * The character's table entry, from OpenPDF itself: it shows the character, which notes its glyph for
     * the file, and the glyph code it wrote is read back and taken out of the content again.
     */
    private static int firstUse(PdfContentByte canvas, char c) {
        ByteBuffer content = canvas.getInternalBuffer();
        int mark = content.size();
        canvas.showText(String.valueOf(c));
        byte[] written = content.toByteArray();
        content.setSize(mark);
        byte[] code = unescaped(written, mark);
        return code.length == 2 ? ((code[0] & 0xFF) << 8 | (code[1] & 0xFF)) + 1 : NO_GLYPH;
    }

    /** The bytes of the literal string that starts at {@code start}, as {@link #put} wrote them. */
    private static byte[] unescaped(byte[] written, int start) {
        byte[] bytes = new byte[written.length - start];
        int length = 0;
        for (int i = start + 1; i < written.length && written[i] != ')'; i++) {
            byte b = written[i];
            if (b == '\\') {
                b = switch (written[++i]) {
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> written[i];
                };
            }
            bytes[length++] = b;
        }
        return Arrays.copyOf(bytes, length);
    }
}
