package dk.hoeringssvar.render.pdf;

import org.openpdf.text.pdf.PdfString;

/**
 * Text strings for the PDF's own objects (metadata, bookmarks, alt text, link descriptions), kept within
 * PDF/A-2's limit of 32,767 bytes per string (rule 6.1.13-3). Longer text is shortened visibly, with an
 * ellipsis; the page content, which is not one string, keeps the whole text.
 */
final class PdfStrings {

    /** Characters kept: as UTF-16 with its byte-order mark, 2 + 2 × 16,000 bytes stay under the limit. */
    static final int MAX_CHARS = 16_000;
    private static final String ELLIPSIS = "…";

    private PdfStrings() {
    }

    /** {@code text} as a Unicode text string, shortened if it would break the limit. */
    static PdfString unicode(String text) {
        return new PdfString(bounded(text), PdfString.TEXT_UNICODE);
    }

    /** {@code text}, or its first characters and an ellipsis; never splits a surrogate pair. */
    static String bounded(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS - ELLIPSIS.length();
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
