package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.CompiledDocument.Part;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.document.ReceivedFile;
import dk.hoeringssvar.render.StyleSheet;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * Lays out a compiled document in one Word document: the front matter in a first section, then one
 * section per part, each starting on a new page.
 *
 * <ul>
 *   <li>A part opens with a Heading 1 "label: title"; its tree's headings sit one level below
 *       ({@link HeadingScheme#PART}: title → Heading 2, section → Heading 3, subsection → Heading 4),
 *       so the navigation pane and the TOC show every part with its headings under it.</li>
 *   <li>Every section refers to the one footer part, whose PAGE and NUMPAGES fields count the whole
 *       document; no section restarts the page numbers.</li>
 *   <li>A part's section has a header of its own: the stamp, right-aligned (the part's label, then the
 *       stamp's line), then the part tree's own header. The stamp has no "side 2 af 5": the page
 *       within a part needs a formula field ({@code = PAGE - PAGEREF part + 1}, over
 *       {@code SECTIONPAGES}), which Word computes but LibreOffice shows as garbage ("side 331 af 1"),
 *       and page numbers restarted per section would break the running footer.</li>
 * </ul>
 */
final class CompiledWriter {

    /** Height of the paragraph that carries a section break. */
    private static final double HAIRLINE = 1;

    private final XWPFDocument document;
    private final StyleSheet sheet;
    private final RunWriter runs;
    private final PageSetup page;
    private final BlockWriter blocks;
    private final DocxAppender appender;
    private final BodyTarget body;
    private final SectionParts parts;
    private SectionParts.Part<XWPFFooter> footer;
    private final Bookmarks bookmarks;

    CompiledWriter(XWPFDocument document, StyleSheet sheet, RunWriter runs, Outline outline, Instant timestamp) {
        this.document = document;
        this.sheet = sheet;
        this.runs = runs;
        this.page = new PageSetup(sheet, runs);
        this.bookmarks = new Bookmarks();
        this.blocks = new BlockWriter(document, sheet, runs, outline, bookmarks, timestamp);
        this.appender = new DocxAppender(document, bookmarks);
        this.body = new BodyTarget.DocumentBody(document, sheet.textWidth());
        this.parts = new SectionParts(document);
    }

    private org.apache.poi.xwpf.usermodel.XWPFParagraph lastParagraph() {
        List<org.apache.poi.xwpf.usermodel.XWPFParagraph> paragraphs = document.getParagraphs();
        return paragraphs.get(paragraphs.size() - 1);
    }

    /** Every heading the contents lists, in the order {@link #write} writes them. */
    static void outline(CompiledDocument compiled, Outline outline) {
        outline.add(compiled.frontMatter(), HeadingScheme.DOCUMENT);
        for (Part part : compiled.parts()) {
            outline.addPart(heading(part));
            if (part instanceof Part.Tree tree) {
                outline.add(tree.tree().blocks(), HeadingScheme.PART);
            }
        }
    }

    /** @param received the opened received DOCX of each DOCX file part */
    void write(CompiledDocument compiled, Map<Part, XWPFDocument> received)
            throws IOException, InvalidFormatException {
        boolean front = !compiled.frontMatter().isEmpty();
        int sections = (front ? 1 : 0) + compiled.parts().size();
        int section = 0;
        if (front) {
            blocks.writeAll(compiled.frontMatter(), body, HeadingScheme.DOCUMENT);
            endSection(++section == sections, compiled, null);
        }
        // The parts lie inside one bookmark, so Word's rebuilt contents lists their headings and not the front's.
        java.math.BigInteger partsRange = front && !compiled.parts().isEmpty()
                ? bookmarks.start(lastParagraph().getCTP(), ContentsWriter.PARTS_BOOKMARK) : null;
        for (int i = 0; i < compiled.parts().size(); i++) {
            Part part = compiled.parts().get(i);
            blocks.heading(body, DocxStyle.HEADING_1, List.of(Inline.Text.plain(heading(part))));
            switch (part) {
                case Part.Tree tree -> blocks.writeAll(tree.tree().blocks(), body, HeadingScheme.PART);
                case Part.File file -> file(file, received.get(part));
            }
            if (i == compiled.parts().size() - 1 && partsRange != null) {
                Bookmarks.end(lastParagraph().getCTP(), partsRange);
            }
            endSection(++section == sections, compiled, part);
        }
        if (sections == 0) {
            endSection(true, compiled, null);
        }
    }

    private void file(Part.File part, XWPFDocument received) throws InvalidFormatException, IOException {
        if (part.file().kind() == ReceivedFile.Kind.DOCX) {
            appender.append(received, part.label());
            return;
        }
        // A DOCX cannot hold a PDF's pages: say where the file is instead.
        blocks.writeAll(List.of(new Block.Paragraph(ParagraphRole.BODY, part.attachedSeparately())), body);
        if (!Outline.text(part.attachedSeparately()).contains(part.file().name())) {
            blocks.writeAll(List.of(new Block.Paragraph(ParagraphRole.NOTE,
                    List.of(Inline.Text.plain(part.file().name())))), body);
        }
    }

    /** Closes the current section: the last one in the body's own properties, others in a break paragraph. */
    private void endSection(boolean last, CompiledDocument compiled, Part part) {
        CTSectPr sect;
        if (last) {
            CTBody ct = document.getDocument().getBody();
            sect = ct.isSetSectPr() ? ct.getSectPr() : ct.addNewSectPr();
        } else {
            sect = blocks.spacer(body, HAIRLINE).getCTP().getPPr().addNewSectPr();
        }
        if (part != null) {
            SectionParts.Part<XWPFHeader> header = parts.header();
            stamp(header.part(), compiled, part);
            SectionParts.referHeader(sect, header);
        }
        footer(sect, compiled.footer());
        sect.addNewType().setVal(STSectionMark.NEXT_PAGE);
        page.page(sect);
    }

    /** One footer part for the whole document, referred to by every section. */
    private void footer(CTSectPr sect, List<Inline> content) {
        if (content.isEmpty()) {
            return;
        }
        if (footer == null) {
            footer = parts.footer();
            page.fill(footer.part(), DocxStyle.FOOTER, content);
        }
        SectionParts.referFooter(sect, footer);
    }

    private void stamp(XWPFHeader header, CompiledDocument compiled, Part part) {
        CompiledDocument.Stamp stamp = compiled.stamp();
        page.fill(header, DocxStyle.STAMP, List.of(Inline.Text.plain(part.label())));
        if (!stamp.line().isBlank()) {
            XWPFParagraph line = header.createParagraph();
            line.setStyle(DocxStyle.STAMP.id());
            runs.plain(line, stamp.line());
        }
        if (part instanceof Part.Tree tree && !tree.tree().header().isEmpty()) {
            XWPFParagraph own = header.createParagraph();
            own.setStyle(DocxStyle.HEADER.id());
            runs.write(own, tree.tree().header());
        }
    }

    static String heading(Part part) {
        return part.label() + ": " + part.title();
    }
}
