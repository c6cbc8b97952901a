package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.DocumentInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Document information, XMP metadata, language, viewer preferences and the PDF/A output intent. Dates
 * come from the render's timestamp and the file ID from the content, so the same input gives the same
 * bytes on any clock and in any time zone.
 */
final class Metadata {

    static final String CREATOR = "hoeringssvar";

    /** The sRGB profile shipped beside this class (ICC v2, zlib licence: see sRGB.icc.LICENSE.txt). */
    private static final String ICC_RESOURCE = "sRGB.icc";
    private static final String ICC_NAME = "sRGB IEC61966-2.1";

    private Metadata() {
    }

    /** The ICC profile's bytes, read once. */
    private static final class Icc {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = Metadata.class.getResourceAsStream(ICC_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(ICC_RESOURCE + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + ICC_RESOURCE, e);
            }
        }
    }

    /**
     * The PDF/A output intent: every colour is sRGB. Call after the document is opened, before it is
     * closed.
     */
    static void outputIntent(PdfWriter writer) throws IOException {
        PdfStream profile = new PdfStream(Icc.BYTES);
        profile.put(PdfName.N, new PdfNumber(3));
        profile.flateCompress();
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, new PdfName("GTS_PDFA1"));
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(ICC_NAME));
        intent.put(PdfName.INFO, new PdfString(ICC_NAME));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    /**
     * The XMP metadata packet: the info dictionary's entries again (title, author, subject, keywords,
     * creator, producer, dates), the PDF/UA-1 identification and, for {@code pdfA}, the PDF/A-2u one with
     * the pdfuaid namespace declared as a PDF/A extension schema. Call once the info dictionary is final:
     * PDF/A wants the two to agree.
     */
    static byte[] xmp(PdfWriter writer, DocumentInfo info, Instant timestamp, boolean pdfA) {
        String producer = text(writer.getInfo().get(PdfName.PRODUCER));
        String date = timestamp.truncatedTo(ChronoUnit.SECONDS).toString();
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(PdfStrings.bounded(info.title())))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!info.author().isBlank()) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(PdfStrings.bounded(info.author())))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!info.subject().isBlank()) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(PdfStrings.bounded(info.subject())))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(escape(info.language()))
                .append("</rdf:li></rdf:Bag></dc:language>\n");
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        String keywords = String.join(", ", info.keywords());
        if (!keywords.isBlank()) {
            x.append("<pdf:Keywords>").append(escape(PdfStrings.bounded(keywords))).append("</pdf:Keywords>\n");
        }
        x.append("<pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n");
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreatorTool>").append(CREATOR).append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("</rdf:Description>\n");
        if (pdfA) {
            x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                    .append("<pdfaid:part>2</pdfaid:part>\n")
                    .append("<pdfaid:conformance>U</pdfaid:conformance>\n")
                    .append("</rdf:Description>\n");
            // PDF/A allows only the schemas it knows, or ones the file declares: pdfuaid is declared here.
            x.append("<rdf:Description rdf:about=\"\"")
                    .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                    .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                    .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                    .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                    .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                    .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                    .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                    .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                    .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                    .append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed")
                    .append("</pdfaProperty:description>\n")
                    .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                    .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                    .append("</rdf:Description>\n");
        }
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(PdfObject object) {
        return object instanceof PdfString s ? s.toUnicodeString() : "";
    }

    /** XML text: markup characters escaped, characters XML cannot hold left out. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (legal) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
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
        writer.getExtraCatalog().put(PdfName.LANG, PdfStrings.unicode(info.language()));
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

    /** A SHA-256 over strings, text lines and bytes: what a file ID is derived from. */
    static class Digest {
        private final MessageDigest digest;

        Digest() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
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
                    for (Run run : line.runs()) { // the line's text, run by run
                        digest.update(run.text().getBytes(StandardCharsets.UTF_8));
                    }
                    digest.update((byte) '\n');
                }
            }
        }

        void bytes(byte[] bytes) {
            digest.update(bytes);
        }

        byte[] finish() {
            return digest.digest();
        }
    }

    /** Collects what a file ID is derived from; {@link #finish} gives the 16-byte ID. */
    static final class FileId extends Digest {

        FileId(DocumentInfo info, Instant timestamp, int pageCount) {
            for (String s : List.of(info.title(), info.author(), info.subject(),
                    String.join("\u0000", info.keywords()), info.language(), timestamp.toString(),
                    Integer.toString(pageCount))) {
                string(s);
            }
        }

        @Override
        byte[] finish() {
            return Arrays.copyOf(super.finish(), 16);
        }
    }

    private static void putIfPresent(PdfDictionary dict, PdfName key, String value) {
        if (!value.isBlank()) {
            dict.put(key, unicode(value));
        }
    }

    private static PdfString unicode(String s) {
        return PdfStrings.unicode(s);
    }

    private static Calendar utc(Instant instant) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
