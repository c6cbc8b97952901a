package dk.hoeringssvar.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A received file's PDF/A identification, read from its XMP and written back alone after scrubbing. */
final class PdfAClaim {

    private static final Pattern PART = Pattern.compile("pdfaid:part(?:>|=\")\\s*([123])");
    private static final Pattern CONFORMANCE = Pattern.compile("pdfaid:conformance(?:>|=\")\\s*([ABUabu])");

    private PdfAClaim() {
    }

    /** {part, conformance} ("2", "U"), or null if the file does not declare PDF/A. */
    static String[] read(COSDictionary catalog) {
        if (!(catalog.getDictionaryObject(COSName.METADATA) instanceof COSStream metadata)) {
            return null;
        }
        String xmp;
        try (InputStream in = metadata.createInputStream()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        Matcher part = PART.matcher(xmp);
        Matcher conformance = CONFORMANCE.matcher(xmp);
        if (!part.find() || !conformance.find()) {
            return null;
        }
        String level = conformance.group(1).toUpperCase(java.util.Locale.ROOT);
        return new String[] {part.group(1), level.equals("A") ? "U" : level};
    }

    /** The output intents with only their subtype, profile and a neutral identifier; null if none. */
    static COSArray plainIntents(COSDictionary catalog) {
        if (!(catalog.getDictionaryObject(COSName.OUTPUT_INTENTS) instanceof COSArray intents)) {
            return null;
        }
        COSArray plain = new COSArray();
        for (int i = 0; i < intents.size(); i++) {
            if (intents.getObject(i) instanceof COSDictionary intent) {
                COSDictionary copy = new COSDictionary();
                copy.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
                copy.setItem(COSName.S, intent.getDictionaryObject(COSName.S));
                COSBase profile = intent.getItem(COSName.DEST_OUTPUT_PROFILE);
                if (profile != null) {
                    copy.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
                }
                copy.setItem(COSName.OUTPUT_CONDITION_IDENTIFIER, new COSString("Custom"));
                plain.add(copy);
            }
        }
        return plain;
    }

    static void write(PDDocument document, COSDictionary catalog, String[] claim, COSArray intents) {
        if (intents != null) {
            catalog.setItem(COSName.OUTPUT_INTENTS, intents);
        }
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "   <pdfaid:part>" + claim[0] + "</pdfaid:part>\n"
                + "   <pdfaid:conformance>" + claim[1] + "</pdfaid:conformance>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        COSStream stream = document.getDocument().createCOSStream();
        stream.setItem(COSName.TYPE, COSName.METADATA);
        stream.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(xmp.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write XMP metadata in memory", e);
        }
        catalog.setItem(COSName.METADATA, stream);
    }
}
