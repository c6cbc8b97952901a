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
    SIGNATURE_ROLE("SignatureRole", "Signature Role");

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
        return switch (level) {
            case 1 -> TITLE;
            case 2 -> HEADING_1;
            default -> HEADING_2;
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
