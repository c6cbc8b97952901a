package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.render.StyleSheet;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/** Walks the block tree: one exhaustive switch, paragraphs and lists here, tables and figures delegated. */
final class BlockWriter {

    /** Height of the paragraph that carries a page break or a rule: as small as Word allows to show. */
    private static final double HAIRLINE = 1;

    private final StyleSheet sheet;
    private final RunWriter runs;
    private final ListNumbering lists;
    private final FigureWriter figures;
    private final TableBlocks tables;
    private final ChartWriter charts;
    private final ContentsWriter contents;
    private final Outline outline;
    private final Bookmarks bookmarks;
    private HeadingScheme scheme = HeadingScheme.DOCUMENT;
    private final Map<DocxStyle, CTPPr> styleProperties = new EnumMap<>(DocxStyle.class);
    private final Map<Double, CTPPr> spacers = new HashMap<>();

    /**
     * {@code outline} holds every heading the body will have, collected beforehand in the order this
     * writer meets them (see {@link Outline}).
     */
    BlockWriter(XWPFDocument document, StyleSheet sheet, RunWriter runs, Outline outline, Bookmarks bookmarks,
                Instant timestamp) {
        this.sheet = sheet;
        this.runs = runs;
        this.outline = outline;
        this.bookmarks = bookmarks;
        this.lists = new ListNumbering(document, sheet);
        this.figures = new FigureWriter(sheet, runs);
        this.tables = new TableBlocks(sheet, this);
        this.charts = new ChartWriter(document, sheet, runs, timestamp);
        this.contents = new ContentsWriter(this, runs, outline);
    }

    void writeAll(List<Block> blocks, BodyTarget target) throws IOException, InvalidFormatException {
        writeAll(blocks, target, false);
    }

    /** Writes blocks whose headings map to Word styles by {@code headings}. */
    void writeAll(List<Block> blocks, BodyTarget target, HeadingScheme headings)
            throws IOException, InvalidFormatException {
        HeadingScheme before = scheme;
        scheme = headings;
        try {
            writeAll(blocks, target, false);
        } finally {
            scheme = before;
        }
    }

    private void writeAll(List<Block> blocks, BodyTarget target, boolean quoted)
            throws IOException, InvalidFormatException {
        for (Block block : blocks) {
            write(block, target, quoted);
        }
    }

    /** {@code quoted}: inside a quotation, where body paragraphs take the Quote style. */
    private void write(Block block, BodyTarget target, boolean quoted) throws IOException, InvalidFormatException {
        switch (block) {
            case Block.Heading heading -> heading(target, scheme.style(heading.level()), heading.content());
            case Block.Paragraph paragraph ->
                    styled(target, quoted ? DocxStyle.QUOTE : DocxStyle.forRole(paragraph.role()), paragraph.content());
            case Block.ListBlock list -> topLevelList(target, list);
            case Block.Quotation quotation -> {
                writeAll(quotation.blocks(), target, true);
                if (!quotation.attribution().isEmpty()) {
                    styled(target, DocxStyle.ATTRIBUTION, quotation.attribution());
                }
            }
            case Block.PullQuote pullQuote -> styled(target, DocxStyle.PULL_QUOTE, pullQuote.content());
            case Block.Box box -> tables.box(box, target);
            case Block.Table table -> tables.table(table, target);
            case Block.Figure figure -> figures.write(figure, target);
            case Block.DefinitionList definitions -> tables.definitions(definitions, target);
            case Block.Signatures signatures -> tables.signatures(signatures, target);
            case Block.Rule rule -> rule(target);
            case Block.PageBreak pageBreak -> pageBreak(target);
            case Block.Contents toc -> contents.write(toc, target);
            case Block.Chart chart -> charts.write(chart, target);
        }
    }

    /** A heading; one the contents lists gets the bookmark its entry links to. */
    XWPFParagraph heading(BodyTarget target, DocxStyle style, List<Inline> content) {
        XWPFParagraph paragraph = target.paragraph();
        style(paragraph, style);
        Outline.Entry entry = outline.claim(style);
        BigInteger id = entry == null ? null : bookmarks.start(paragraph.getCTP(), entry.bookmark());
        runs.write(paragraph, content);
        if (id != null) {
            Bookmarks.end(paragraph.getCTP(), id);
        }
        return paragraph;
    }

    XWPFParagraph styled(BodyTarget target, DocxStyle style, List<Inline> content) {
        XWPFParagraph paragraph = target.paragraph();
        if (style != DocxStyle.NORMAL) {
            style(paragraph, style);
        }
        runs.write(paragraph, content);
        return paragraph;
    }

    /**
     * Gives a new paragraph its style: a {@code w:pPr} holding the {@code w:pStyle}, written once per
     * style and copied, as a bundle styles tens of thousands of paragraphs.
     */
    private void style(XWPFParagraph paragraph, DocxStyle style) {
        CTP p = paragraph.getCTP();
        if (p.isSetPPr()) {
            paragraph.setStyle(style.id());
            return;
        }
        p.addNewPPr().set(styleProperties.computeIfAbsent(style, s -> {
            CTPPr ppr = CTPPr.Factory.newInstance();
            ppr.addNewPStyle().setVal(s.id());
            return ppr;
        }));
    }

    private void topLevelList(BodyTarget target, Block.ListBlock list) {
        XWPFParagraph last = list(target, list, 0);
        if (last != null) {
            // Items sit close together; the list as a whole ends with a body paragraph's gap.
            last.setSpacingAfter(Math.toIntExact(Measure.twipsInt(sheet.body().spaceAfter())));
        }
    }

    /** Writes a list and its nested lists; returns the last paragraph written, or null if none. */
    private XWPFParagraph list(BodyTarget target, Block.ListBlock list, int depth) {
        if (list.items().isEmpty()) {
            return null;
        }
        int level = Math.min(depth, ListNumbering.MAX_LEVEL);
        BigInteger numId = lists.newList(list.kind(), level, list.start());
        XWPFParagraph last = null;
        for (Block.ListItem item : list.items()) {
            last = styled(target, DocxStyle.LIST_PARAGRAPH, item.content());
            last.setNumID(numId);
            last.setNumILvl(BigInteger.valueOf(level));
            for (Block.ListBlock child : item.children()) {
                XWPFParagraph nested = list(target, child, depth + 1);
                last = nested != null ? nested : last;
            }
        }
        return last;
    }

    private void rule(BodyTarget target) {
        XWPFParagraph paragraph = target.paragraph();
        CTPPr ppr = paragraph.getCTPPr();
        Formats.line(ppr.addNewPBdr().addNewBottom(), sheet.theme().accentColour(), sheet.borderWidth(), 0);
        Formats.exactSpacing(ppr, sheet.blockGap(), sheet.blockGap(), HAIRLINE);
    }

    private void pageBreak(BodyTarget target) {
        XWPFParagraph paragraph = target.paragraph();
        Formats.exactSpacing(paragraph.getCTPPr(), 0, 0, HAIRLINE);
        runs.run(paragraph, false, false).addBreak(BreakType.PAGE);
    }

    /**
     * An empty paragraph of exactly {@code height} points: space after a table (which also keeps two
     * tables from merging and a cell from ending in a table), or a section break's carrier. Its
     * properties are written once per height and copied.
     */
    XWPFParagraph spacer(BodyTarget target, double height) {
        XWPFParagraph paragraph = target.paragraph();
        CTP p = paragraph.getCTP();
        if (p.isSetPPr()) {
            Formats.exactSpacing(p.getPPr(), 0, 0, height);
        } else {
            p.addNewPPr().set(spacers.computeIfAbsent(height, h -> {
                CTPPr ppr = CTPPr.Factory.newInstance();
                Formats.exactSpacing(ppr, 0, 0, h);
                return ppr;
            }));
        }
        return paragraph;
    }
}
