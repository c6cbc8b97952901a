package dk.hoeringssvar.render.pdf;

/**
 * The PDF structure type a drawn element belongs to (ISO 32000-1, 14.8.4), or {@link #ARTIFACT} for
 * decoration that assistive technology should skip: running header and footer, rules, backgrounds,
 * borders and repeated table headers.
 */
enum StructureRole {
    DOCUMENT("Document"),
    SECT("Sect"),
    H1("H1"),
    H2("H2"),
    H3("H3"),
    P("P"),
    L("L"),
    LI("LI"),
    LBL("Lbl"),
    LBODY("LBody"),
    BLOCK_QUOTE("BlockQuote"),
    TABLE("Table"),
    TR("TR"),
    TH("TH"),
    TD("TD"),
    FIGURE("Figure"),
    CAPTION("Caption"),
    TOC("TOC"),
    TOCI("TOCI"),
    ARTIFACT("Artifact");

    private final String pdfName;

    StructureRole(String pdfName) {
        this.pdfName = pdfName;
    }

    /** The name written as the structure element's {@code /S} (or the marked-content tag of an artifact). */
    String pdfName() {
        return pdfName;
    }

    static StructureRole heading(int level) {
        return switch (level) {
            case 1 -> H1;
            case 2 -> H2;
            default -> H3;
        };
    }
}
