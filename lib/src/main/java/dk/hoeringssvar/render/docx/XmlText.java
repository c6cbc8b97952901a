package dk.hoeringssvar.render.docx;

/**
 * Removes characters XML 1.0 cannot carry (control characters, lone surrogates). POI would write
 * them as character references, and Word then refuses to open the document.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (suspect(text.charAt(i))) {
                return filter(text);
            }
        }
        return text;
    }

    /** A control character, half of a surrogate pair, or U+FFFE/U+FFFF: look at the code points. */
    private static boolean suspect(char c) {
        return c < 0x20 && c != 0x9 && c != 0xA && c != 0xD || Character.isSurrogate(c) || c >= 0xFFFE;
    }

    private static String filter(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
