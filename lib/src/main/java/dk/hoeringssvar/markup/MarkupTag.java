package dk.hoeringssvar.markup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every element of the format-neutral markup templates emit: a small XHTML subset plus a few elements
 * of the library's own. Defined once here; the parser accepts nothing else.
 */
public enum MarkupTag {
    /** Root. Attributes: lang, title, author, subject, keywords (comma separated). */
    DOCUMENT("document"),
    /** Running header text on every page (PDF, DOCX). */
    HEADER("header"),
    /** Running footer text on every page (PDF, DOCX). */
    FOOTER("footer"),
    BODY("body"),
    H1("h1"),
    H2("h2"),
    H3("h3"),
    /** Paragraph. Attribute class: body (default), letterhead, recipient, date, reference, note. */
    P("p"),
    UL("ul"),
    /** Numbered list. Attribute start (default 1). */
    OL("ol"),
    LI("li"),
    /** Quotation: p elements and an optional cite (the attribution). */
    BLOCKQUOTE("blockquote"),
    CITE("cite"),
    /** Highlighted sentence. */
    PULL_QUOTE("pull-quote"),
    /** Framed box: a box-title, then blocks. */
    BOX("box"),
    BOX_TITLE("box-title"),
    /** Table of tr rows; leading rows of th cells are header rows. Attribute weights: "3 7 2". */
    TABLE("table"),
    TR("tr"),
    TH("th"),
    TD("td"),
    /** Figure: img (src a data: URI of PNG/JPEG, alt required) and optional figcaption. Attributes width (0-1], align. */
    FIGURE("figure"),
    IMG("img"),
    FIGCAPTION("figcaption"),
    /** Definition list of dt/dd pairs. */
    DL("dl"),
    DT("dt"),
    DD("dd"),
    /** Signatures. Attribute layout: side-by-side (default) or stacked. */
    SIGNATURES("signatures"),
    SIGNATURE("signature"),
    NAME("name"),
    ROLE("role"),
    /** Table of contents; its text content, if any, is the title. */
    CONTENTS("contents"),
    /** Stacked bar chart: category elements, then series elements ("2 0 1", a count per category). Attributes title, alt. */
    CHART("chart"),
    CATEGORY("category"),
    SERIES("series"),
    HR("hr"),
    PAGE_BREAK("page-break"),
    B("b"),
    I("i"),
    BR("br"),
    PAGE_NUMBER("page-number"),
    PAGE_COUNT("page-count");

    private static final Map<String, MarkupTag> BY_NAME = new HashMap<>();

    static {
        for (MarkupTag tag : values()) {
            BY_NAME.put(tag.elementName, tag);
        }
    }

    private final String elementName;

    MarkupTag(String elementName) {
        this.elementName = elementName;
    }

    /** The element name as written in markup. */
    public String elementName() {
        return elementName;
    }

    public static Optional<MarkupTag> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
