package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.ParagraphRole;

/**
 * The paragraph styles written into the styles part. Built-in styles keep the ids and names Word
 * knows, so its navigation pane, TOC and style gallery recognise them.
 */
enum DocxStyle {
    NORMAL("Normal", "Normal"),
    TITLE("Title", "Title"),
    HEADING_1("Heading1", "heading 1"),
    HEADING_2("Heading2", "heading 2"),
    HEADING_3("Heading3", "heading 3"),
    HEADING_4("Heading4", "heading 4"),
    QUOTE("Quote", "Quote"),
    CAPTION("Caption", "caption"),
    LIST_PARAGRAPH("ListParagraph", "List Paragraph"),
    HEADER("Header", "header"),
    FOOTER("Footer", "footer"),
    LETTERHEAD("Letterhead", "Letterhead"),
    RECIPIENT("Recipient", "Recipient"),
    DATE_LINE("DateLine", "Date Line"),
    REFERENCE("Reference", "Reference"),
    NOTE("Note", "Note"),
    ATTRIBUTION("Attribution", "Attribution"),
    PULL_QUOTE("PullQuote", "Pull Quote"),
    BOX_TITLE("BoxTitle", "Box Title"),
    TABLE_TEXT("TableText", "Table Text"),
    TABLE_HEADING("TableHeading", "Table Heading"),
    DEFINITION_TERM("DefinitionTerm", "Definition Term"),
    DEFINITION_TEXT("DefinitionText", "Definition Text"),
    SIGNATURE_NAME("SignatureName", "Signature Name"),
    SIGNATURE_ROLE("SignatureRole", "Signature Role"),
    TOC_HEADING("TOCHeading", "TOC Heading"),
    TOC_1("TOC1", "toc 1"),
    TOC_2("TOC2", "toc 2"),
    TOC_3("TOC3", "toc 3"),
    STAMP("Stamp", "Stamp");

    private final String id;
    private final String wordName;

    DocxStyle(String id, String wordName) {
        this.id = id;
        this.wordName = wordName;
    }

    String id() {
        return id;
    }

    String wordName() {
        return wordName;
    }

    /** Tree heading level 1 is the title; 2 and 3 are Word's Heading 1 and 2. */
    static DocxStyle forHeading(int level) {
        return HeadingScheme.DOCUMENT.style(level);
    }

    /** The level a TOC field with {@code \o "1-3"} lists this style at; 0 when it does not list it. */
    int contentsLevel() {
        return switch (this) {
            case HEADING_1 -> 1;
            case HEADING_2 -> 2;
            case HEADING_3 -> 3;
            default -> 0;
        };
    }

    /** The TOC entry style of a contents level (1-3). */
    static DocxStyle tocEntry(int level) {
        return switch (level) {
            case 1 -> TOC_1;
            case 2 -> TOC_2;
            default -> TOC_3;
        };
    }

    static DocxStyle forRole(ParagraphRole role) {
        return switch (role) {
            case BODY -> NORMAL;
            case LETTERHEAD -> LETTERHEAD;
            case RECIPIENT -> RECIPIENT;
            case DATE -> DATE_LINE;
            case REFERENCE -> REFERENCE;
            case NOTE -> NOTE;
        };
    }
}
