package dk.hoeringssvar.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Appends a received DOCX's body to the document being built, keeping its look: the styles it uses
 * (with what they are based on, linked to and followed by), its numbering definitions, its pictures
 * and its hyperlinks.
 *
 * <ul>
 *   <li>A style whose id (or name) is already taken gets a new id ("Bilag4Normal") and name
 *       ("Normal (Bilag 4)"); every reference follows. Paragraphs and tables that relied on the file's
 *       default styles are given the renamed defaults, which also take over the file's document-wide
 *       font, size, colour and spacing, so they do not fall back on ours.</li>
 *   <li>Outline levels move one down, so the file's headings sit under the part's Heading 1 in the
 *       navigation pane and in a TOC field whose switches include outline levels (u).</li>
 *   <li>Numbering definitions get new abstractNum and num ids; numId references in paragraphs and
 *       styles are remapped.</li>
 *   <li>Pictures are copied into this package and hyperlinks re-created as relationships of ours.
 *       What would point at parts not copied (charts, embedded objects, footnotes, comments) is left
 *       out; so are the file's headers, footers and section settings: the part's section rules.</li>
 * </ul>
 */
final class DocxAppender {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String NS = "declare namespace w='" + W + "'; declare namespace wp='" + WP + "'; ";
    private static final QName VAL = new QName(W, "val");
    private static final QName ID = new QName(W, "id");
    private static final int MAX_OUTLINE_LEVEL = 8;
    /** Word's "body text" outline level: not an outline entry, stays as it is. */
    private static final int BODY_TEXT_LEVEL = 9;

    /** Above the ids POI gives our own drawings (it counts from 1 and keeps its counter private). */
    private static final long FIRST_DRAWING_ID = 100_000;

    private final XWPFDocument target;
    private final Bookmarks bookmarks;
    private long drawingId = FIRST_DRAWING_ID;

    DocxAppender(XWPFDocument target, Bookmarks bookmarks) {
        this.target = target;
        this.bookmarks = bookmarks;
    }

    /** Appends {@code source}'s body at the end of the target's body; {@code label} names renamed styles. */
    void append(XWPFDocument source, String label) throws InvalidFormatException {
        CTBody body = (CTBody) source.getDocument().getBody().copy();
        for (String leftOut : List.of("w:pPr/w:sectPr", "w:footnoteReference", "w:endnoteReference",
                "w:commentReference", "w:commentRangeStart", "w:commentRangeEnd")) {
            remove(select(body, ".//" + leftOut));
        }
        XWPFStyles sourceStyles = source.getStyles();
        Used used = used(source, sourceStyles, body);
        Map<String, String> styleIds = styleIds(sourceStyles, used.styles, label);
        Map<BigInteger, BigInteger> numIds = copyNumbering(source.getNumbering(), used.numIds, styleIds);
        copyStyles(source, sourceStyles, styleIds, numIds, label);
        rewrite(body, styleIds, numIds);
        if (sourceStyles != null) {
            defaults(body, defaultStyle(sourceStyles, STStyleType.PARAGRAPH).map(s -> styleIds.get(s.getStyleId())),
                    defaultStyle(sourceStyles, STStyleType.TABLE).map(s -> styleIds.get(s.getStyleId())));
        }
        renumber(body);
        relink(source, body);
        insert(body);
    }

    /** The styles and numbering instances the body needs, closed over every reference between them. */
    private record Used(Set<String> styles, Set<BigInteger> numIds) {
    }

    private static Used used(XWPFDocument source, XWPFStyles styles, CTBody body) {
        Set<String> ids = new LinkedHashSet<>();
        Set<BigInteger> numIds = new LinkedHashSet<>();
        for (String path : List.of(".//w:pStyle", ".//w:rStyle", ".//w:tblStyle")) {
            for (XmlObject o : select(body, path)) {
                ids.add(attribute(o, VAL));
            }
        }
        if (styles != null) {
            defaultStyle(styles, STStyleType.PARAGRAPH).ifPresent(s -> ids.add(s.getStyleId()));
            defaultStyle(styles, STStyleType.TABLE).ifPresent(s -> ids.add(s.getStyleId()));
        }
        numIds(body, numIds);
        XWPFNumbering numbering = source.getNumbering();
        boolean grew = true;
        while (grew) {
            int before = ids.size() + numIds.size();
            if (styles != null) {
                for (String id : List.copyOf(ids)) {
                    closure(styles, id, ids);
                }
                for (String id : ids) {
                    XWPFStyle style = styles.getStyle(id);
                    if (style != null) {
                        numIds(style.getCTStyle(), numIds);
                    }
                }
            }
            if (numbering != null) {
                for (BigInteger numId : numIds) {
                    XWPFAbstractNum abstractNum = abstractOf(numbering, numId);
                    if (abstractNum != null) {
                        for (String path : List.of(".//w:pStyle", "./w:numStyleLink", "./w:styleLink")) {
                            for (XmlObject o : select(abstractNum.getCTAbstractNum(), path)) {
                                ids.add(attribute(o, VAL));
                            }
                        }
                    }
                }
            }
            grew = ids.size() + numIds.size() > before;
        }
        ids.remove(null);
        return new Used(ids, numIds);
    }

    private static void closure(XWPFStyles styles, String id, Set<String> into) {
        XWPFStyle style = styles.getStyle(id);
        if (style == null) {
            return;
        }
        CTStyle ct = style.getCTStyle();
        for (var ref : new XmlObject[] {ct.getBasedOn(), ct.getLink(), ct.getNext()}) {
            if (ref != null) {
                String next = attribute(ref, VAL);
                if (next != null && into.add(next)) {
                    closure(styles, next, into);
                }
            }
        }
    }

    private static void numIds(XmlObject scope, Set<BigInteger> into) {
        for (XmlObject o : select(scope, ".//w:numPr/w:numId")) {
            BigInteger id = integer(attribute(o, VAL));
            if (id != null && id.signum() > 0) {
                into.add(id);
            }
        }
    }

    /** New ids for the used styles: the same id unless ours already has it. */
    private Map<String, String> styleIds(XWPFStyles styles, Set<String> ids, String label) {
        Map<String, String> map = new HashMap<>();
        if (styles == null) {
            return map;
        }
        XWPFStyles ours = target.getStyles();
        String prefix = label.replaceAll("[^\\p{L}\\p{N}]", "");
        for (XWPFStyle style : styles.getStyles()) {
            String id = style.getStyleId();
            if (id == null || !ids.contains(id)) {
                continue;
            }
            String newId = id;
            for (int n = 2; ours.styleExist(newId) || map.containsValue(newId); n++) {
                newId = prefix + id + (n == 2 ? "" : String.valueOf(n));
            }
            map.put(id, newId);
        }
        return map;
    }

    /**
     * Copies the used styles with their new ids; a name ours already has gets the part's label, since
     * Word identifies styles by name as much as by id.
     */
    private void copyStyles(XWPFDocument source, XWPFStyles styles, Map<String, String> styleIds,
                            Map<BigInteger, BigInteger> numIds, String label) {
        if (styles == null) {
            return;
        }
        XWPFStyles ours = target.getStyles();
        Set<String> names = new HashSet<>();
        for (XWPFStyle style : ours.getStyles()) {
            if (style.getName() != null) {
                names.add(style.getName().toLowerCase(Locale.ROOT));
            }
        }
        CTStyle defaultParagraph = defaultStyle(styles, STStyleType.PARAGRAPH).orElse(null);
        for (XWPFStyle style : styles.getStyles()) {
            String id = style.getStyleId();
            String newId = id == null ? null : styleIds.get(id);
            if (newId == null) {
                continue;
            }
            CTStyle copy = (CTStyle) style.getCTStyle().copy();
            copy.setStyleId(newId);
            String name = style.getName() == null ? newId : style.getName();
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                name = name + " (" + label + ")";
                names.add(name.toLowerCase(Locale.ROOT));
                (copy.isSetName() ? copy.getName() : copy.addNewName()).setVal(name);
            }
            if (copy.isSetDefault()) {
                copy.unsetDefault();
            }
            if (defaultParagraph != null && id.equals(defaultParagraph.getStyleId())) {
                inheritDefaults(source, copy);
            }
            rewrite(copy, styleIds, numIds);
            // addStyle copies the XML into the styles part: finish the copy before adding it.
            ours.addStyle(new XWPFStyle(copy, ours));
        }
    }

    /** The source's document defaults, which its default paragraph style silently relied on. */
    private static void inheritDefaults(XWPFDocument source, CTStyle style) {
        CTDocDefaults defaults;
        try {
            defaults = source.getStyle().getDocDefaults();
        } catch (java.io.IOException | org.apache.xmlbeans.XmlException e) {
            return;
        }
        if (defaults == null) {
            return;
        }
        if (defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()) {
            CTRPr from = defaults.getRPrDefault().getRPr();
            CTRPr to = style.isSetRPr() ? style.getRPr() : style.addNewRPr();
            if (from.sizeOfRFontsArray() > 0 && to.sizeOfRFontsArray() == 0) {
                to.addNewRFonts().set(from.getRFontsArray(0));
            }
            if (from.sizeOfColorArray() > 0 && to.sizeOfColorArray() == 0) {
                to.addNewColor().set(from.getColorArray(0));
            }
            if (from.sizeOfSzArray() > 0 && to.sizeOfSzArray() == 0) {
                to.addNewSz().set(from.getSzArray(0));
            }
            if (from.sizeOfSzCsArray() > 0 && to.sizeOfSzCsArray() == 0) {
                to.addNewSzCs().set(from.getSzCsArray(0));
            }
        }
        if (defaults.isSetPPrDefault() && defaults.getPPrDefault().isSetPPr()) {
            var from = defaults.getPPrDefault().getPPr();
            CTPPrGeneral to = style.isSetPPr() ? style.getPPr() : style.addNewPPr();
            if (from.isSetSpacing() && !to.isSetSpacing()) {
                to.addNewSpacing().set(from.getSpacing());
            }
        } else {
            // Without a default the source's paragraphs had no space after; ours must not add any either.
            CTPPrGeneral to = style.isSetPPr() ? style.getPPr() : style.addNewPPr();
            if (!to.isSetSpacing()) {
                to.addNewSpacing().setAfter(BigInteger.ZERO);
            }
        }
    }

    private Map<BigInteger, BigInteger> copyNumbering(XWPFNumbering numbering, Set<BigInteger> numIds,
                                                      Map<String, String> styleIds) {
        Map<BigInteger, BigInteger> map = new HashMap<>();
        if (numbering == null || numIds.isEmpty()) {
            return map;
        }
        XWPFNumbering ours = target.createNumbering();
        Map<BigInteger, BigInteger> abstractIds = new HashMap<>();
        for (BigInteger numId : numIds) {
            XWPFNum num = numbering.getNum(numId);
            XWPFAbstractNum abstractNum = abstractOf(numbering, numId);
            if (num == null || abstractNum == null) {
                continue;
            }
            BigInteger oldAbstractId = abstractNum.getCTAbstractNum().getAbstractNumId();
            BigInteger newAbstractId = abstractIds.get(oldAbstractId);
            if (newAbstractId == null) {
                CTAbstractNum copy = (CTAbstractNum) abstractNum.getCTAbstractNum().copy();
                // Same counting as ListNumbering, so the ids of both stay distinct.
                newAbstractId = BigInteger.valueOf(ours.getAbstractNums().size());
                copy.setAbstractNumId(newAbstractId);
                rewrite(copy, styleIds, Map.of());
                ours.addAbstractNum(new XWPFAbstractNum(copy, ours));
                abstractIds.put(oldAbstractId, newAbstractId);
            }
            BigInteger newNumId = ours.addNum(newAbstractId);
            CTNum created = ours.getNum(newNumId).getCTNum();
            for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                CTNumLvl copy = created.addNewLvlOverride();
                copy.set(override);
                rewrite(copy, styleIds, Map.of());
            }
            map.put(numId, newNumId);
        }
        return map;
    }

    /** Style and numbering references inside {@code scope}, and its outline levels, moved to our ids. */
    private static void rewrite(XmlObject scope, Map<String, String> styleIds, Map<BigInteger, BigInteger> numIds) {
        for (String path : List.of(".//w:pStyle", ".//w:rStyle", ".//w:tblStyle", ".//w:basedOn", ".//w:next",
                ".//w:link", ".//w:numStyleLink", ".//w:styleLink")) {
            List<XmlObject> dangling = new ArrayList<>();
            for (XmlObject o : select(scope, path)) {
                String mapped = styleIds.get(attribute(o, VAL));
                if (mapped != null) {
                    setAttribute(o, VAL, mapped);
                } else if (!path.equals(".//w:pStyle") && !path.equals(".//w:rStyle")
                        && !path.equals(".//w:tblStyle")) {
                    dangling.add(o);
                }
            }
            remove(dangling);
        }
        if (!numIds.isEmpty()) {
            for (XmlObject o : select(scope, ".//w:numPr/w:numId")) {
                BigInteger mapped = numIds.get(integer(attribute(o, VAL)));
                if (mapped != null) {
                    setAttribute(o, VAL, mapped.toString());
                }
            }
        }
        for (XmlObject o : select(scope, ".//w:pPr/w:outlineLvl")) {
            shift(o);
        }
    }

    private static void shift(XmlObject outlineLevel) {
        BigInteger level = integer(attribute(outlineLevel, VAL));
        if (level != null && level.intValue() < BODY_TEXT_LEVEL) {
            setAttribute(outlineLevel, VAL, String.valueOf(Math.min(MAX_OUTLINE_LEVEL, level.intValue() + 1)));
        }
    }

    /** Paragraphs and tables without a style of their own take the source's (renamed) defaults. */
    private static void defaults(CTBody body, Optional<String> paragraphStyle, Optional<String> tableStyle) {
        paragraphStyle.ifPresent(style -> {
            for (XmlObject o : select(body, ".//w:p")) {
                CTP p = (CTP) o;
                CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
                if (!ppr.isSetPStyle()) {
                    ppr.addNewPStyle().setVal(style);
                }
            }
        });
        tableStyle.ifPresent(style -> {
            for (XmlObject o : select(body, ".//w:tbl")) {
                CTTbl tbl = (CTTbl) o;
                CTTblPr tblPr = tbl.getTblPr() != null ? tbl.getTblPr() : tbl.addNewTblPr();
                if (!tblPr.isSetTblStyle()) {
                    tblPr.addNewTblStyle().setVal(style);
                }
            }
        });
    }

    /** Bookmark ids and drawing ids must be unique in the whole document: give them ours. */
    private void renumber(CTBody body) {
        Map<String, BigInteger> ids = new HashMap<>();
        for (String path : List.of(".//w:bookmarkStart", ".//w:bookmarkEnd")) {
            for (XmlObject o : select(body, path)) {
                String old = attribute(o, ID);
                setAttribute(o, ID, ids.computeIfAbsent(old, k -> bookmarks.nextId()).toString());
            }
        }
        for (XmlObject o : select(body, ".//wp:docPr")) {
            setAttribute(o, new QName("", "id"), String.valueOf(++drawingId));
        }
    }

    /**
     * Every relationship id in the body (pictures' r:embed, hyperlinks' r:id …) re-created in our
     * package. A reference to a part we do not copy removes the run holding it.
     */
    private void relink(XWPFDocument source, CTBody body) throws InvalidFormatException {
        Map<String, String> ids = new HashMap<>();
        List<XmlObject> orphans = new ArrayList<>();
        try (XmlCursor cursor = body.newCursor()) {
            while (!cursor.toNextToken().isNone()) {
                if (!cursor.isAttr() || !R.equals(cursor.getName().getNamespaceURI())) {
                    continue;
                }
                String old = cursor.getTextValue();
                String mapped = ids.get(old);
                if (mapped == null) {
                    mapped = relink(source, old);
                    if (mapped != null) {
                        ids.put(old, mapped);
                    }
                }
                if (mapped != null) {
                    cursor.setTextValue(mapped);
                } else {
                    try (XmlCursor owner = cursor.newCursor()) {
                        owner.toParent();
                        orphans.add(enclosingRun(owner));
                    }
                }
            }
        }
        remove(orphans);
    }

    private String relink(XWPFDocument source, String id) throws InvalidFormatException {
        POIXMLDocumentPart part = source.getRelationById(id);
        if (part instanceof XWPFPictureData picture) {
            return target.addPictureData(picture.getData(), picture.getPictureTypeEnum());
        }
        PackageRelationship relation = source.getPackagePart().getRelationship(id);
        if (relation != null && relation.getTargetMode() == TargetMode.EXTERNAL
                && XWPFRelation.HYPERLINK.getRelation().equals(relation.getRelationshipType())) {
            return target.getPackagePart()
                    .addExternalRelationship(relation.getTargetURI().toString(), relation.getRelationshipType())
                    .getId();
        }
        return null;
    }

    /** The w:r around the cursor's element, or the element itself when it is not inside a run. */
    private static XmlObject enclosingRun(XmlCursor cursor) {
        XmlObject element = cursor.getObject();
        try (XmlCursor up = cursor.newCursor()) {
            while (up.toParent()) {
                QName name = up.getName();
                if (name != null && W.equals(name.getNamespaceURI()) && name.getLocalPart().equals("r")) {
                    return up.getObject();
                }
            }
        }
        return element;
    }

    /** The copied body's content, placed at the end of ours (before our section properties, if any). */
    private void insert(CTBody body) {
        CTBody ours = target.getDocument().getBody();
        try (XmlCursor from = body.newCursor(); XmlCursor to = ours.newCursor()) {
            if (ours.isSetSectPr()) {
                to.toCursor(ours.getSectPr().newCursor());
            } else {
                to.toEndToken();
            }
            if (!from.toFirstChild()) {
                return;
            }
            do {
                if (!(W.equals(from.getName().getNamespaceURI()) && from.getName().getLocalPart().equals("sectPr"))) {
                    from.copyXml(to);
                }
            } while (from.toNextSibling());
        }
    }

    private static XWPFAbstractNum abstractOf(XWPFNumbering numbering, BigInteger numId) {
        BigInteger abstractId = numbering.getAbstractNumID(numId);
        return abstractId == null ? null : numbering.getAbstractNum(abstractId);
    }

    private static Optional<CTStyle> defaultStyle(XWPFStyles styles, STStyleType.Enum type) {
        for (XWPFStyle style : styles.getStyles()) {
            CTStyle ct = style.getCTStyle();
            if (ct.getType() == type && ct.isSetDefault() && isOn(ct)) {
                return Optional.of(ct);
            }
        }
        return Optional.empty();
    }

    private static boolean isOn(CTStyle style) {
        String value = attribute(style, new QName(W, "default"));
        return value == null || value.equals("1") || value.equals("true") || value.equals("on");
    }

    private static XmlObject[] select(XmlObject scope, String path) {
        return scope.selectPath(NS + path);
    }

    private static void remove(XmlObject[] objects) {
        remove(List.of(objects));
    }

    private static void remove(List<XmlObject> objects) {
        for (XmlObject o : new LinkedHashSet<>(objects)) {
            try (XmlCursor cursor = o.newCursor()) {
                cursor.removeXml();
            }
        }
    }

    private static String attribute(XmlObject o, QName name) {
        try (XmlCursor cursor = o.newCursor()) {
            return cursor.getAttributeText(name);
        }
    }

    private static void setAttribute(XmlObject o, QName name, String value) {
        try (XmlCursor cursor = o.newCursor()) {
            cursor.setAttributeText(name, value);
        }
    }

    private static BigInteger integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigInteger(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
