package dk.hoeringssvar.publish.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Removes from a document everything but its pages' content, by keeping only listed keys (anything a later
 * PDF version adds is dropped, not carried): the document information dictionary, and from the catalog the
 * XMP metadata, outline (bookmarks), named destinations, embedded and associated files, JavaScript, open
 * action and additional actions, AcroForm (form fields), structure tree and MarkInfo, optional-content
 * properties, article threads, page labels, piece info, output intents and permissions; from each page its
 * annotations (links, comments, widgets with their appearances), additional actions, article beads,
 * thumbnail, XMP metadata, piece info, structure parents, associated files and web-capture ID. What stays:
 * the page tree with content, resources, page boxes, rotation, transparency group and user unit, and the
 * catalog's language and page layout.
 */
final class DocumentScrubber {

    private static final Set<COSName> CATALOG_KEPT = Set.of(COSName.TYPE, COSName.PAGES, COSName.LANG,
            COSName.PAGE_LAYOUT, COSName.VERSION);
    private static final Set<COSName> PAGE_KEPT = Set.of(COSName.TYPE, COSName.PARENT, COSName.RESOURCES,
            COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.BLEED_BOX, COSName.TRIM_BOX, COSName.ART_BOX,
            COSName.CONTENTS, COSName.ROTATE, COSName.GROUP, COSName.getPDFName("UserUnit"));
    private static final Set<COSName> PAGES_KEPT = Set.of(COSName.TYPE, COSName.PARENT, COSName.KIDS,
            COSName.COUNT, COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE);

    private DocumentScrubber() {
    }

    /**
     * Scrubs {@code document} in place and gives it a file ID derived from {@code source}. A file that
     * declared PDF/A keeps the claim: its output intents stay (their profiles, with no text of the file's
     * own) and new XMP metadata holds nothing but the PDF/A identification. Level A becomes U, since the
     * structure tree is gone; every glyph kept has a Unicode mapping, which U asks for.
     */
    static void scrub(PDDocument document, byte[] source) {
        COSDictionary trailer = document.getDocument().getTrailer();
        trailer.removeItem(COSName.INFO);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        String[] pdfA = PdfAClaim.read(catalog);
        COSArray intents = pdfA == null ? null : PdfAClaim.plainIntents(catalog);
        keepOnly(catalog, CATALOG_KEPT);
        if (pdfA != null) {
            PdfAClaim.write(document, catalog, pdfA, intents);
        }
        if (catalog.getDictionaryObject(COSName.PAGES) instanceof COSDictionary root) {
            scrubTree(root, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        byte[] id = Arrays.copyOf(sha256(source), 16);
        COSArray ids = new COSArray(List.of(new COSString(id), new COSString(id)));
        trailer.setItem(COSName.ID, ids);
    }

    private static void scrubTree(COSDictionary node, Set<COSDictionary> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            keepOnly(node, PAGES_KEPT);
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary child) {
                    scrubTree(child, seen);
                }
            }
        } else {
            keepOnly(node, PAGE_KEPT);
        }
    }

    private static void keepOnly(COSDictionary dictionary, Set<COSName> kept) {
        for (COSName key : List.copyOf(dictionary.keySet())) {
            if (!kept.contains(key)) {
                dictionary.removeItem(key);
            }
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
