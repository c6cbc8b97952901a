package dk.hoeringssvar.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The logical structure of one PDF being written (tagged PDF, PDF/UA-1): a structure element per
 * {@link StructNode} that draws something, created when its first item is painted, so the structure
 * tree's reading order is the painting order, which is the order of the document tree. Decoration is
 * marked as {@code /Artifact}.
 *
 * <p>OpenPDF keeps the parent tree (which structure element owns each marked-content id on each page,
 * and which one owns each link annotation) and writes {@code /StructParents} on the pages,
 * {@code /StructTreeRoot} and {@code /MarkInfo}. Its own bookkeeping of an element's kids cannot mix
 * content with child elements (a figure with its picture and a caption, a list body with text and a
 * nested list), so the kids are kept here and each element is written with its {@code /K} in reading
 * order (content as marked-content references, links as object references) once nothing more can be
 * added to it: by {@link #flush} for everything below the top element, after each part of a bundle, and
 * by {@link #finish} for the rest. A bundle of any size then holds the elements of one part at a time.
 *
 * <p>One instance per PDF; not thread-safe.
 */
final class StructureTree {

    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName LINK = new PdfName("Link");
    private static final PdfName OBJR = new PdfName("OBJR");
    private static final PdfName OBJ = new PdfName("Obj");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName TABLE = new PdfName("Table");
    private static final Map<StructureRole, PdfName> ROLES = roleNames();

    /** A structure element and its kids in reading order. */
    private static final class Element {
        final PdfStructureElement dict;
        final List<PdfObject> kids = new ArrayList<>();
        /** The page of the element's first content: its {@code /Pg}, so content there needs only an MCID. */
        PdfIndirectReference page;

        Element(PdfStructureElement dict) {
            this.dict = dict;
        }
    }

    private final PdfWriter writer;
    private PdfStructureTreeRoot root;
    private final Map<StructNode, Element> elements = new HashMap<>();
    /** Elements below the top ones, not yet written, in the order they were made. */
    private final List<Element> order = new ArrayList<>();
    private final List<Element> tops = new ArrayList<>();
    /** The link element of each contents entry linked on the current page. */
    private final Map<StructNode, Element> links = new HashMap<>();
    private Set<StructNode> linked = Set.of();

    private final ParentTreePages parentTree;

    /** Must be created before the document is opened. */
    StructureTree(PdfWriter writer) {
        this.writer = writer;
        writer.setTagged();
        this.parentTree = new ParentTreePages(writer);
    }

    /** OpenPDF creates the root on first use, which must be after the document is opened. */
    private PdfStructureTreeRoot root() {
        if (root == null) {
            root = writer.getStructureTreeRoot();
        }
        return root;
    }

    /**
     * A new page starts (the one before is finished); content of {@code linkedNodes} on it goes inside a
     * Link element.
     */
    void startPage(Set<StructNode> linkedNodes) throws IOException {
        links.clear();
        linked = linkedNodes;
        parentTree.writeFinishedPages();
    }

    /** Opens the marked-content sequence for an item with {@code tag}. */
    void begin(PdfContentByte canvas, Tag tag) {
        if (tag.artifact()) {
            canvas.beginMarkedContentSequence(ARTIFACT);
            return;
        }
        Element element = linked.contains(tag.node()) ? link(tag.node()) : element(tag.node());
        PdfStructureElement dict = element.dict;
        // OpenPDF records the element in the page's parent tree and, with no /K, leaves the MCID there.
        dict.remove(PdfName.K);
        canvas.beginMarkedContentSequence(dict);
        int mcid = ((PdfNumber) dict.get(PdfName.K)).intValue();
        dict.remove(PdfName.K);
        PdfIndirectReference page = writer.getCurrentPage();
        if (element.page == null) {
            element.page = page;
        }
        if (element.page.getNumber() == page.getNumber()) {
            element.kids.add(new PdfNumber(mcid));
        } else {
            PdfDictionary mcr = new PdfDictionary(PdfName.MCR);
            mcr.put(PdfName.PG, page);
            mcr.put(PdfName.MCID, new PdfNumber(mcid));
            element.kids.add(mcr);
        }
    }

    void end(PdfContentByte canvas) {
        canvas.endMarkedContentSequence();
    }

    /** Makes sure {@code node} has its structure element even if it draws nothing (an empty table cell). */
    void touch(Tag tag) {
        if (!tag.artifact()) {
            element(tag.node());
        }
    }

    /**
     * Ties a link annotation on the current page to the Link element of {@code node} (a contents entry):
     * the element gets an object reference to it, the annotation its {@code /StructParent}.
     */
    void link(PdfAnnotation annotation, StructNode node) {
        Element element = link(node);
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(root().addExistingObject(element.dict.getReference())));
        PdfDictionary objr = new PdfDictionary(OBJR);
        objr.put(OBJ, annotation.getIndirectReference());
        objr.put(PdfName.PG, writer.getCurrentPage());
        element.kids.add(objr);
    }

    /**
     * Writes every element made so far except the top ones and lets them go: call when no content will be
     * added to them any more (the part they belong to is painted).
     */
    void flush() throws IOException {
        for (Element element : order) {
            write(element);
        }
        order.clear();
        elements.keySet().removeIf(node -> node.parent() != null);
    }

    /** Writes every element left with its kids; call once, after the last page and before the document closes. */
    void finish() throws IOException {
        flush();
        for (Element top : tops) {
            write(top);
        }
        // References only: OpenPDF then writes the root and its parent tree and leaves the elements alone.
        PdfArray kids = new PdfArray();
        tops.forEach(e -> kids.add(e.dict.getReference()));
        root().put(PdfName.K, kids);
    }

    private void write(Element element) throws IOException {
        PdfStructureElement dict = element.dict;
        dict.remove(PdfName.K);
        dict.remove(PdfName.PG);
        if (element.page != null) {
            dict.put(PdfName.PG, element.page);
        }
        if (element.kids.size() == 1) {
            dict.put(PdfName.K, element.kids.get(0));
        } else if (!element.kids.isEmpty()) {
            PdfArray kids = new PdfArray();
            element.kids.forEach(kids::add);
            dict.put(PdfName.K, kids);
        }
        writer.addToBody(dict, dict.getReference());
    }

    private Element element(StructNode node) {
        Element element = elements.get(node);
        if (element != null) {
            return element;
        }
        PdfName role = ROLES.get(node.role());
        if (node.parent() == null) {
            element = new Element(new PdfStructureElement(root(), role));
            tops.add(element);
        } else {
            Element parent = element(node.parent());
            element = new Element(new PdfStructureElement(parent.dict, role));
            parent.kids.add(element.dict.getReference());
            order.add(element);
        }
        // The constructor lists the new element in its parent's /K; kids are kept in Element.kids instead.
        removeKids(element);
        describe(element.dict, node);
        elements.put(node, element);
        return element;
    }

    private Element link(StructNode node) {
        Element element = links.get(node);
        if (element == null) {
            Element parent = element(node);
            element = new Element(new PdfStructureElement(parent.dict, LINK));
            parent.kids.add(element.dict.getReference());
            removeKids(element);
            order.add(element);
            links.put(node, element);
        }
        return element;
    }

    private static Map<StructureRole, PdfName> roleNames() {
        Map<StructureRole, PdfName> names = new EnumMap<>(StructureRole.class);
        for (StructureRole role : StructureRole.values()) {
            names.put(role, new PdfName(role.pdfName()));
        }
        return names;
    }

    private static void removeKids(Element element) {
        if (element.dict.getParent() != null) {
            element.dict.getParent().remove(PdfName.K);
        }
    }

    private static void describe(PdfStructureElement dict, StructNode node) {
        switch (node.role()) {
            case FIGURE -> {
                if (node.altText() != null && !node.altText().isBlank()) {
                    dict.put(PdfName.ALT, PdfStrings.unicode(node.altText()));
                }
            }
            case TH -> {
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(PdfName.O, TABLE);
                attributes.put(SCOPE, COLUMN);
                dict.put(PdfName.A, attributes);
            }
            default -> {
            }
        }
    }
}
