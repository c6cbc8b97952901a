package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.ReceivedFile;
import dk.hoeringssvar.render.RenderException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.exceptions.BadPasswordException;
import org.openpdf.text.pdf.PdfReader;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A received PDF opened for placing its pages. Opening checks everything that can be checked before
 * painting starts, so an unusable file fails the render with its name before anything is written:
 * encrypted (even with an empty user password: its pages may not be copied), damaged (cannot be
 * parsed, or its page tree cannot be read) or without pages.
 *
 * <p>Holds the file's parsed objects: open one only while its part is planned or painted, and close it
 * right after.
 */
final class ReceivedPdf implements AutoCloseable {

    /** The visible size of one page (after its /Rotate) and the rotation to apply when placing it. */
    record PageBox(double width, double height, int rotation) {
    }

    private final String name;
    private final PdfReader reader;
    private final List<PageBox> boxes;
    private final byte[] digest;
    private final boolean pdfA;

    private ReceivedPdf(String name, PdfReader reader, List<PageBox> boxes, byte[] digest, boolean pdfA) {
        this.name = name;
        this.reader = reader;
        this.boxes = List.copyOf(boxes);
        this.digest = digest;
        this.pdfA = pdfA;
    }

    /**
     * Whether the file declares PDF/A (part 1, 2 or 3) in its XMP metadata. Only such files are placed in
     * a bundle that claims PDF/A: the pages of any other may break it (fonts not embedded, device colours
     * …), and the bundle's own checks never look inside placed pages. The declaration is trusted, not
     * verified.
     */
    boolean declaresPdfA() {
        return pdfA;
    }

    private static final String PDFA_ID_NAMESPACE = "http://www.aiim.org/pdfa/ns/id/";

    /** Finds {@code pdfaid:part} 1, 2 or 3 in an XMP packet, as element or attribute, whatever its prefix. */
    static boolean declaresPdfA(byte[] xmp) {
        if (xmp == null || xmp.length == 0) {
            return false;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Metadata from outside: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            org.w3c.dom.Document doc = builder.parse(new ByteArrayInputStream(xmp));
            NodeList parts = doc.getElementsByTagNameNS(PDFA_ID_NAMESPACE, "part");
            for (int i = 0; i < parts.getLength(); i++) {
                if (isPart(parts.item(i).getTextContent())) {
                    return true;
                }
            }
            NodeList all = doc.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                if (element.hasAttributeNS(PDFA_ID_NAMESPACE, "part")
                        && isPart(element.getAttributeNS(PDFA_ID_NAMESPACE, "part"))) {
                    return true;
                }
            }
            return false;
        } catch (ParserConfigurationException | SAXException | IOException | RuntimeException e) {
            return false; // unreadable metadata declares nothing
        }
    }

    private static boolean isPart(String value) {
        String v = value == null ? "" : value.strip();
        return v.equals("1") || v.equals("2") || v.equals("3");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** SHA-256 of the file's bytes, for the bundle's file ID. */
    byte[] digest() {
        return digest.clone();
    }

    static ReceivedPdf open(ReceivedFile file) {
        if (file.kind() != ReceivedFile.Kind.PDF) {
            throw new IllegalArgumentException(file.name() + " is not a PDF");
        }
        byte[] bytes = file.bytes();
        byte[] digest = sha256(bytes);
        PdfReader reader;
        try {
            reader = new PdfReader(bytes);
        } catch (BadPasswordException e) {
            throw new RenderException(describe(file) + " is encrypted with a password; it cannot be placed in the bundle",
                    e);
        } catch (NoClassDefFoundError e) {
            // OpenPDF decrypts with BouncyCastle, which is not on the classpath: only encrypted files get here.
            if (mentionsEncryption(bytes)) {
                throw new RenderException(describe(file) + " is encrypted; its pages may not be copied into the bundle",
                        e);
            }
            throw new RenderException(describe(file) + " cannot be read: it needs " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new RenderException(describe(file) + " is damaged and cannot be read as PDF: " + e.getMessage(), e);
        }
        try {
            if (reader.isEncrypted()) {
                throw new RenderException(describe(file) + " is encrypted; its pages may not be copied into the bundle");
            }
            int count = reader.getNumberOfPages();
            if (count == 0) {
                throw new RenderException(describe(file) + " has no pages");
            }
            List<PageBox> boxes = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                Rectangle size = reader.getPageSizeWithRotation(i);
                if (!(size.getWidth() > 0 && size.getHeight() > 0)) {
                    throw new RenderException(describe(file) + " is damaged: page " + i + " has no size");
                }
                boxes.add(new PageBox(size.getWidth(), size.getHeight(), normalise(reader.getPageRotation(i))));
            }
            byte[] xmp;
            try {
                xmp = reader.getMetadata();
            } catch (IOException | RuntimeException e) {
                xmp = null; // damaged metadata: the pages may still be fine, but nothing is declared
            }
            return new ReceivedPdf(file.name(), reader, boxes, digest, declaresPdfA(xmp));
        } catch (RenderException e) {
            reader.close();
            throw e;
        } catch (RuntimeException e) {
            reader.close();
            throw new RenderException(describe(file) + " is damaged and cannot be read as PDF: " + e.getMessage(), e);
        }
    }

    /** Whether the file has an /Encrypt entry; trailers and cross-reference stream dictionaries are never compressed. */
    private static boolean mentionsEncryption(byte[] bytes) {
        byte[] key = "/Encrypt".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= bytes.length - key.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (bytes[i + j] != key[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String describe(ReceivedFile file) {
        return "received file \"" + file.name() + "\"";
    }

    private static int normalise(int rotation) {
        return ((rotation % 360) + 360) % 360;
    }

    String name() {
        return name;
    }

    int pageCount() {
        return boxes.size();
    }

    List<PageBox> pageBoxes() {
        return boxes;
    }

    /** 1-based, as in the file. */
    PageBox box(int page) {
        return boxes.get(page - 1);
    }

    /** For the painter only. */
    PdfReader reader() {
        return reader;
    }

    @Override
    public void close() {
        reader.close();
    }
}
