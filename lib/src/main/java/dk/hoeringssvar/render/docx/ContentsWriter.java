package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.Block;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The table of contents as a real TOC field (POI's {@code createTOC()} writes static text instead).
 * Its result is pre-filled with the outline's headings, each a link to its heading's bookmark, so a
 * reader that does not update fields (LibreOffice) still shows the list, without page numbers; Word
 * rebuilds it, with page numbers, when it opens the document (the settings ask it to update fields).
 * Page numbers are not pre-filled with PAGEREF fields: LibreOffice shows those empty inside a TOC.
 */
final class ContentsWriter {

    static final String INSTRUCTION = "TOC \\o \"1-3\" \\h \\z \\u";
    /** In a compiled document: the part headings (Heading 1) inside the parts' bookmark, nothing else. */
    static final String PARTS_BOOKMARK = "_Bilag";
    static final String PARTS_INSTRUCTION = "TOC \\o \"1-1\" \\b " + PARTS_BOOKMARK + " \\h \\z";
    /** The result when there is nothing to list yet: Word replaces it on opening. */
    static final String PLACEHOLDER = "Opdater feltet for at se indholdsfortegnelsen";

    private final BlockWriter blocks;
    private final RunWriter runs;
    private final Outline outline;

    ContentsWriter(BlockWriter blocks, RunWriter runs, Outline outline) {
        this.blocks = blocks;
        this.runs = runs;
        this.outline = outline;
    }

    void write(Block.Contents contents, BodyTarget target) {
        if (!contents.title().isEmpty()) {
            blocks.styled(target, DocxStyle.TOC_HEADING, contents.title());
        }
        List<Outline.Entry> entries = outline.entries();
        boolean compiled = entries.stream().anyMatch(Outline.Entry::part);
        String instruction = compiled ? PARTS_INSTRUCTION : INSTRUCTION;
        if (compiled) {
            entries = entries.stream().filter(Outline.Entry::part).toList();
        }
        if (entries.isEmpty()) {
            XWPFParagraph paragraph = target.paragraph();
            paragraph.setStyle(DocxStyle.TOC_1.id());
            runs.field(paragraph, instruction, PLACEHOLDER);
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Outline.Entry entry = entries.get(i);
            XWPFParagraph paragraph = target.paragraph();
            paragraph.setStyle(DocxStyle.tocEntry(entry.level()).id());
            if (i == 0) {
                runs.fieldChar(paragraph, STFldCharType.BEGIN);
                runs.instruction(paragraph, instruction);
                runs.fieldChar(paragraph, STFldCharType.SEPARATE);
            }
            link(paragraph, entry);
            if (i == entries.size() - 1) {
                runs.fieldChar(paragraph, STFldCharType.END);
            }
        }
    }

    /** The entry's text as a link to its heading. */
    private void link(XWPFParagraph paragraph, Outline.Entry entry) {
        CTHyperlink link = paragraph.getCTP().addNewHyperlink();
        link.setAnchor(entry.bookmark());
        run(link).addNewT().setStringValue(entry.text());
    }

    private CTR run(CTHyperlink link) {
        CTR run = link.addNewR();
        runs.language(run.addNewRPr());
        return run;
    }
}
