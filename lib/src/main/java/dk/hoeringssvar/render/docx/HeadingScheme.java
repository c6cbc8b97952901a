package dk.hoeringssvar.render.docx;

/**
 * Which Word style a tree heading takes. A single document (and a compiled document's front matter)
 * keeps its title as Title and its sections as Heading 1 and 2. Inside a compiled document's part,
 * whose own heading is Heading 1, everything moves one level down: title → Heading 2, section →
 * Heading 3, subsection → Heading 4.
 */
enum HeadingScheme {
    DOCUMENT,
    PART;

    DocxStyle style(int treeLevel) {
        return switch (this) {
            case DOCUMENT -> switch (treeLevel) {
                case 1 -> DocxStyle.TITLE;
                case 2 -> DocxStyle.HEADING_1;
                default -> DocxStyle.HEADING_2;
            };
            case PART -> switch (treeLevel) {
                case 1 -> DocxStyle.HEADING_2;
                case 2 -> DocxStyle.HEADING_3;
                default -> DocxStyle.HEADING_4;
            };
        };
    }
}
