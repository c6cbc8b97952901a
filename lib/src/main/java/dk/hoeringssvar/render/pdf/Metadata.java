package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.DocumentInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Document information, language and viewer preferences. Dates come from the render's timestamp and the
 * file ID from the content, so the same input gives the same bytes on any clock and in any time zone.
 */
final class Metadata {

    static final String CREATOR = "hoeringssvar";

    private Metadata() {
    }

    /** Viewer preferences; must be set before the document is opened. */
    static void beforeOpen(PdfWriter writer, boolean hasOutline) {
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | (hasOutline ? PdfWriter.PageModeUseOutlines : 0));
    }

    /** The info dictionary and catalog entries; set after opening, which stamps its own creation date. */
    static void afterOpen(PdfWriter writer, DocumentInfo info, Instant timestamp, byte[] fileId) {
        PdfDictionary dict = writer.getInfo();
        dict.put(PdfName.TITLE, unicode(info.title()));
        putIfPresent(dict, PdfName.AUTHOR, info.author());
        putIfPresent(dict, PdfName.SUBJECT, info.subject());
        putIfPresent(dict, PdfName.KEYWORDS, String.join(", ", info.keywords()));
        dict.put(PdfName.CREATOR, unicode(CREATOR));
        PdfDate date = new PdfDate(utc(timestamp));
        dict.put(PdfName.CREATIONDATE, date);
        dict.put(PdfName.MODDATE, date);
        // PdfWriter takes the trailer /ID from this entry instead of a random one.
        dict.put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
    }

    /**
     * A file ID derived from the metadata, the timestamp and every line of text, so it changes with the
     * content and never with the clock or a random source.
     */
    static byte[] fileId(DocumentInfo info, Instant timestamp, LaidOutDocument laid) {
        FileId id = new FileId(info, timestamp, laid.pages().size());
        for (PageModel page : laid.pages()) {
            id.text(page.items());
        }
        return id.finish();
    }

    /** Collects what a file ID is derived from; {@link #finish} gives the 16-byte ID. */
    static final class FileId {
        private final MessageDigest digest;

        FileId(DocumentInfo info, Instant timestamp, int pageCount) {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
            for (String s : List.of(info.title(), info.author(), info.subject(),
                    String.join("\u0000", info.keywords()), info.language(), timestamp.toString(),
                    Integer.toString(pageCount))) {
                string(s);
            }
        }

        void string(String s) {
            digest.update(s.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }

        /** The text lines among {@code items}. */
        void text(List<DrawItem> items) {
            for (DrawItem item : items) {
                if (item instanceof DrawItem.TextLine line) {
                    digest.update(line.text().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
            }
        }

        void bytes(byte[] bytes) {
            digest.update(bytes);
        }

        byte[] finish() {
            return Arrays.copyOf(digest.digest(), 16);
        }
    }

    private static void putIfPresent(PdfDictionary dict, PdfName key, String value) {
        if (!value.isBlank()) {
            dict.put(key, unicode(value));
        }
    }

    private static PdfString unicode(String s) {
        return new PdfString(s, PdfString.TEXT_UNICODE);
    }

    private static Calendar utc(Instant instant) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
