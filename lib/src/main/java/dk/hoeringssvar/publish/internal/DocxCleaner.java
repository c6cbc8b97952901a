package dk.hoeringssvar.publish.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.SimpleValue;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Cleans a received DOCX: the text of every paragraph (body, tables, text boxes, headers, footers,
 * footnotes, endnotes, comments, tracked deletions) searched as one string per paragraph, so a number
 * split over runs is still found; found text removed from the runs, the mark put in the run where it
 * began. Field instructions, pictures' descriptions and hyperlink targets that match are emptied or
 * unlinked; the document properties (author, title, company …) are cleared.
 *
 * <p>The cleaned file is checked: every XML part of the package, with its tags taken out and with its
 * attribute values, is searched again, and any find left makes the file unsafe. A file that embeds
 * other files (OLE objects) is unsafe: they cannot be searched. Images are kept and reported.
 */
final class DocxCleaner implements FileCleaner {

    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";
    private static final String HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BREAK = Pattern.compile("</w:p>|</w:tc>|<w:tab/>|<w:br/>|<w:cr/>");
    private static final Pattern TEXT_PART = Pattern.compile("/word/(document|header\\d*|footer\\d*|footnotes|endnotes|comments)\\.xml");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(?:descr|title|w:instr|w:author|w:initials|Target)=\"([^\"]*)\"");

    private final String mark;

    DocxCleaner(String mark) {
        this.mark = mark;
    }

    @Override
    public Result clean(byte[] content, TextFinder finder) {
        byte[] cleaned;
        List<Removal> removals = new ArrayList<>();
        boolean images;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            String embedded = embeddedPart(doc.getPackage());
            if (embedded != null) {
                return new Result.Unsafe(UnsafeReason.of("embedsFile", embedded));
            }
            int[] paragraph = {0};
            for (XmlObject root : textRoots(doc)) {
                cleanParagraphs(root, finder, removals, paragraph);
                cleanAttributes(root, finder);
            }
            unlinkMatchingHyperlinks(doc, finder);
            clearProperties(doc.getProperties());
            images = !doc.getAllPictures().isEmpty();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            doc.write(out);
            cleaned = out.toByteArray();
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return new Result.Unsafe(UnsafeReason.of("notWord",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        String left = leftOver(cleaned, finder);
        if (left != null) {
            return new Result.Unsafe(UnsafeReason.of("remainedIn", left));
        }
        return new Result.Cleaned(cleaned, removals, images);
    }

    /** The XML trees that hold text: the body, headers and footers, notes and comments. */
    private static List<XmlObject> textRoots(XWPFDocument doc) {
        List<XmlObject> roots = new ArrayList<>();
        roots.add(doc.getDocument());
        doc.getHeaderList().forEach(h -> roots.add(h._getHdrFtr()));
        doc.getFooterList().forEach(f -> roots.add(f._getHdrFtr()));
        doc.getFootnotes().forEach(n -> roots.add(n.getCTFtnEdn()));
        doc.getEndnotes().forEach(n -> roots.add(n.getCTFtnEdn()));
        if (doc.getDocComments() != null) {
            doc.getDocComments().getComments().forEach(c -> roots.add(c.getCtComment()));
        }
        return roots;
    }

    private void cleanParagraphs(XmlObject root, TextFinder finder, List<Removal> removals, int[] counter) {
        for (XmlObject paragraph : root.selectPath(W + ".//w:p")) {
            counter[0]++;
            cleanText(paragraph, ".//w:t", finder, removals, counter[0]);
            cleanText(paragraph, ".//w:delText", finder, removals, counter[0]);
            for (XmlObject instruction : own(paragraph, ".//w:instrText")) {
                if (finder.matches(value(instruction))) {
                    ((SimpleValue) instruction).setStringValue("");
                }
            }
        }
    }

    /** One paragraph's text in elements of one kind, searched as one string and rewritten element by element. */
    private void cleanText(XmlObject paragraph, String path, TextFinder finder, List<Removal> removals, int place) {
        List<XmlObject> pieces = own(paragraph, path);
        if (pieces.isEmpty()) {
            return;
        }
        StringBuilder whole = new StringBuilder();
        for (XmlObject piece : pieces) {
            whole.append(value(piece));
        }
        String text = whole.toString();
        List<Span> spans = finder.find(text);
        if (spans.isEmpty()) {
            return;
        }
        for (Span span : spans) {
            removals.add(new Removal(place, span.rule(), text.substring(span.start(), span.end())));
        }
        List<String> before = pieces.stream().map(DocxCleaner::value).toList();
        List<String> after = Span.cut(before, spans, mark);
        for (int i = 0; i < pieces.size(); i++) {
            if (!after.get(i).equals(before.get(i))) {
                ((SimpleValue) pieces.get(i)).setStringValue(after.get(i));
                preserveSpace(pieces.get(i));
            }
        }
    }

    /** Attributes that hold text: pictures' descriptions and titles, simple fields, authors of changes. */
    private static final List<QName> TEXT_ATTRIBUTES = List.of(new QName("descr"), new QName("title"),
            new QName(W_NS, "instr"), new QName(W_NS, "author"), new QName(W_NS, "initials"));

    /** Every text-holding attribute in which the finder finds something is emptied. */
    private static void cleanAttributes(XmlObject root, TextFinder finder) {
        try (XmlCursor c = root.newCursor()) {
            while (!c.toNextToken().isNone()) {
                if (!c.isStart()) {
                    continue;
                }
                for (QName name : TEXT_ATTRIBUTES) {
                    String value = c.getAttributeText(name);
                    if (value != null && finder.matches(value)) {
                        c.setAttributeText(name, "");
                    }
                }
            }
        }
    }

    /** The elements under a paragraph that belong to it, not to a paragraph nested in a text box. */
    private static List<XmlObject> own(XmlObject paragraph, String path) {
        List<XmlObject> own = new ArrayList<>();
        for (XmlObject element : paragraph.selectPath(W + path)) {
            if (nearestParagraph(element, paragraph)) {
                own.add(element);
            }
        }
        return own;
    }

    private static boolean nearestParagraph(XmlObject element, XmlObject paragraph) {
        try (XmlCursor c = element.newCursor(); XmlCursor p = paragraph.newCursor()) {
            while (c.toParent()) {
                if ("p".equals(c.getName().getLocalPart()) && c.getName().getNamespaceURI().endsWith("wordprocessingml/2006/main")) {
                    return c.isAtSamePositionAs(p);
                }
            }
            return false;
        }
    }

    private static String value(XmlObject element) {
        return ((SimpleValue) element).getStringValue();
    }

    private static void preserveSpace(XmlObject element) {
        try (XmlCursor c = element.newCursor()) {
            c.setAttributeText(new QName("http://www.w3.org/XML/1998/namespace", "space", "xml"),
                    "preserve");
        }
    }

    /** External hyperlinks whose target matches (a mailto: address) lose their link; the text stays. */
    private static void unlinkMatchingHyperlinks(XWPFDocument doc, TextFinder finder) throws InvalidFormatException {
        List<POIXMLDocumentPart> parts = new ArrayList<>();
        parts.add(doc);
        parts.addAll(doc.getHeaderList());
        parts.addAll(doc.getFooterList());
        for (POIXMLDocumentPart part : parts) {
            PackagePart packagePart = part.getPackagePart();
            List<String> ids = new ArrayList<>();
            for (PackageRelationship rel : packagePart.getRelationshipsByType(HYPERLINK)) {
                if (rel.getTargetMode() == TargetMode.EXTERNAL && finder.matches(rel.getTargetURI().toString())) {
                    ids.add(rel.getId());
                }
            }
            for (String id : ids) {
                packagePart.removeRelationship(id);
            }
        }
        if (!parts.isEmpty()) {
            for (XmlObject root : textRoots(doc)) {
                for (XmlObject link : root.selectPath(W + ".//w:hyperlink")) {
                    try (XmlCursor c = link.newCursor()) {
                        String id = c.getAttributeText(new QName(
                                "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
                        if (id != null && missing(doc, id)) {
                            c.removeAttribute(new QName(
                                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
                        }
                    }
                }
            }
        }
    }

    private static boolean missing(XWPFDocument doc, String id) {
        List<POIXMLDocumentPart> parts = new ArrayList<>();
        parts.add(doc);
        parts.addAll(doc.getHeaderList());
        parts.addAll(doc.getFooterList());
        return parts.stream().noneMatch(p -> p.getPackagePart().getRelationship(id) != null);
    }

    private static void clearProperties(POIXMLProperties properties) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreator("");
        core.setLastModifiedByUser("");
        core.setTitle("");
        core.setSubjectProperty("");
        core.setDescription("");
        core.setKeywords("");
        core.setCategory("");
        core.setContentStatus("");
        core.setIdentifier("");
        if (properties.getExtendedProperties().getUnderlyingProperties() != null) {
            var extended = properties.getExtendedProperties().getUnderlyingProperties();
            if (extended.isSetCompany()) {
                extended.unsetCompany();
            }
            if (extended.isSetManager()) {
                extended.unsetManager();
            }
        }
        var custom = properties.getCustomProperties().getUnderlyingProperties();
        if (custom != null) {
            for (int i = custom.sizeOfPropertyArray() - 1; i >= 0; i--) {
                custom.removeProperty(i);
            }
        }
    }

    private static String embeddedPart(OPCPackage pkg) {
        try {
            for (PackagePart part : pkg.getParts()) {
                String name = part.getPartName().getName();
                if (name.startsWith("/word/embeddings/") || name.contains("/activeX/")) {
                    return name.substring(name.lastIndexOf('/') + 1);
                }
            }
            return null;
        } catch (Exception e) {
            return "?";
        }
    }

    /**
     * The first entry of the cleaned package (an XML part, or the relationships that hold link targets)
     * in which the finder still finds something, or null. Read as the zip it is, so nothing POI keeps
     * to itself is missed.
     */
    private static String leftOver(byte[] cleaned, TextFinder finder) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(cleaned))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = "/" + entry.getName();
                if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
                    continue;
                }
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (finder.matches(text(name, xml)) || attributesMatch(xml, finder)) {
                    return name;
                }
            }
            return null;
        } catch (IOException e) {
            return "the saved file, which cannot be read back (" + e.getMessage() + ")";
        }
    }

    /**
     * The text of an XML part: in the parts that hold paragraphs, runs join and paragraphs and cells
     * break; elsewhere every element stands apart, so that numbers in neighbouring elements never join.
     */
    private static String text(String partName, String xml) {
        if (TEXT_PART.matcher(partName).matches()) {
            return unescape(TAG.matcher(BREAK.matcher(xml).replaceAll("\n")).replaceAll(""));
        }
        return unescape(TAG.matcher(xml).replaceAll("\n"));
    }

    private static boolean attributesMatch(String xml, TextFinder finder) {
        Matcher m = ATTRIBUTE.matcher(xml);
        while (m.find()) {
            if (finder.matches(unescape(m.group(1)))) {
                return true;
            }
        }
        return false;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
