package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.document.ListKind;
import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.document.SignatureLayout;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.render.TextAlign;
import dk.hoeringssvar.render.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns blocks into a flat list of {@link Slice}s, building the structure tree on the way. Knows nothing
 * about pages except their usable height (to scale figures and split what is taller than a page).
 * One instance per render call.
 */
final class BlockLayout {

    /** Where a block is laid out: its width, whether text is italic (inside a quotation), its parent. */
    record Ctx(double width, boolean italic, StructNode parent) {
        Ctx within(double newWidth, StructNode newParent) {
            return new Ctx(newWidth, italic, newParent);
        }
    }

    /** A block's slices and the space it wants before and after (collapsed with its neighbours'). */
    record Laid(List<Slice> slices, double before, double after) {
        static final Laid EMPTY = new Laid(List.of(), 0, 0);
    }

    private final StyleSheet styles;
    private final Typesetter typesetter;
    private final TableLayout tables;
    private final ChartLayout charts;
    private final ContentsLayout contents;
    private final double bodyHeight;
    private final NodeIds ids;
    /** The level-2 headings directly in the body, in order: what a single document's contents lists. */
    private final List<StructNode> sections = new ArrayList<>();
    private StructNode bodyParent;

    /**
     * @param contentsEntries what a {@link Block.Contents} in these blocks lists
     */
    BlockLayout(StyleSheet styles, Typesetter typesetter, NodeIds ids, List<ContentsLayout.Entry> contentsEntries) {
        this.styles = styles;
        this.typesetter = typesetter;
        this.ids = ids;
        this.bodyHeight = styles.pageHeight() - styles.marginTop() - styles.marginBottom();
        this.tables = new TableLayout(styles, typesetter, this, bodyHeight);
        this.charts = new ChartLayout(styles, typesetter, this);
        this.contents = new ContentsLayout(styles, typesetter, this, contentsEntries);
    }

    /** The whole body, under {@code parent} (the Document root, or a part's section). */
    List<Slice> layoutBody(List<Block> blocks, StructNode parent) {
        bodyParent = parent;
        return stack(blocks, new Ctx(styles.textWidth(), false, parent)).slices();
    }

    /** The contents laid out so far, to fill in once pages are known. */
    ContentsLayout contents() {
        return contents;
    }

    /** Nodes of the level-2 headings directly in the body, in document order. */
    List<StructNode> sections() {
        return List.copyOf(sections);
    }

    /** The top-level level-2 headings of {@code blocks}, as contents entries pointing at section 0, 1, … */
    static List<ContentsLayout.Entry> sectionEntries(List<Block> blocks) {
        List<ContentsLayout.Entry> entries = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Heading h && h.level() == 2) {
                entries.add(new ContentsLayout.Entry("", h.content(), entries.size()));
            }
        }
        return entries;
    }

    StructNode node(StructureRole role, StructNode parent) {
        return new StructNode(ids.next(), role, parent, null);
    }

    StructNode figureNode(StructNode parent, String altText) {
        return new StructNode(ids.next(), StructureRole.FIGURE, parent, altText);
    }

    /** Blocks one under another, with the larger of neighbouring spaces between them. */
    Laid stack(List<Block> blocks, Ctx ctx) {
        List<Slice> out = new ArrayList<>();
        double before = 0;
        double after = 0;
        boolean first = true;
        for (Block block : blocks) {
            Laid laid = layout(block, ctx);
            if (laid.slices().isEmpty()) {
                continue;
            }
            if (first) {
                before = laid.before();
                first = false;
            } else {
                double gap = Math.max(after, laid.before());
                Slice previous = out.get(out.size() - 1);
                if (gap > 0 && !previous.pageBreak() && !laid.slices().get(0).pageBreak()) {
                    out.add(Slice.spacer(gap, previous.keep()));
                }
            }
            out.addAll(laid.slices());
            after = laid.after();
        }
        return new Laid(out, before, after);
    }

    private Laid layout(Block block, Ctx ctx) {
        return switch (block) {
            case Block.Heading h -> heading(h, ctx);
            case Block.Paragraph p -> paragraph(p, ctx);
            case Block.ListBlock l -> list(l, ctx);
            case Block.Quotation q -> quotation(q, ctx);
            case Block.PullQuote pq -> pullQuote(pq, ctx);
            case Block.Box b -> box(b, ctx);
            case Block.Table t -> tables.table(t, ctx);
            case Block.Figure f -> figure(f, ctx);
            case Block.DefinitionList d -> definitions(d, ctx);
            case Block.Signatures s -> signatures(s, ctx);
            case Block.Rule r -> rule(ctx);
            case Block.PageBreak pb -> new Laid(List.of(Slice.breakPage()), 0, 0);
            case Block.Contents c -> contents.layout(c, ctx);
            case Block.Chart c -> charts.chart(c, ctx);
        };
    }

    private Laid heading(Block.Heading h, Ctx ctx) {
        TextStyle style = styles.heading(h.level());
        StructNode node = node(StructureRole.heading(h.level()), ctx.parent());
        if (h.level() == 2 && ctx.parent() == bodyParent) {
            sections.add(node); // even when empty, so section numbers match sectionEntries
        }
        List<Slice> slices = new ArrayList<>(
                typesetter.lineSlices(h.content(), style, 0, ctx.width(), Tag.content(node), false));
        if (slices.isEmpty()) {
            return Laid.EMPTY;
        }
        slices.replaceAll(s -> s.withKeep(Keep.HEADING));
        slices.set(0, slices.get(0).withBookmark(Bookmark.unplaced(h.level(), plainText(h.content()))));
        return new Laid(slices, style.spaceBefore(), style.spaceAfter());
    }

    private Laid paragraph(Block.Paragraph p, Ctx ctx) {
        TextStyle style = paragraphStyle(p.role(), ctx);
        StructNode node = node(StructureRole.P, ctx.parent());
        List<Slice> slices = typesetter.lineSlices(p.content(), style, 0, ctx.width(), Tag.content(node), true);
        return new Laid(slices, style.spaceBefore(), style.spaceAfter());
    }

    private TextStyle paragraphStyle(ParagraphRole role, Ctx ctx) {
        if (!ctx.italic()) {
            return styles.paragraph(role);
        }
        return role == ParagraphRole.BODY ? styles.quotation() : italic(styles.paragraph(role));
    }

    private Laid list(Block.ListBlock list, Ctx ctx) {
        TextStyle style = ctx.italic() ? italic(styles.listItem()) : styles.listItem();
        TextStyle markerStyle = withAlign(styles.listItem(), TextAlign.LEFT);
        double indent = styles.listIndent();
        double textWidth = ctx.width() - indent;
        StructNode listNode = node(StructureRole.L, ctx.parent());
        List<Slice> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Block.ListItem item = list.items().get(i);
            StructNode li = node(StructureRole.LI, listNode);
            StructNode label = node(StructureRole.LBL, li);
            StructNode body = node(StructureRole.LBODY, li);
            if (i > 0) {
                out.add(Slice.spacer(style.spaceAfter(), Keep.NONE));
            }
            List<Slice> lines = new ArrayList<>(
                    typesetter.lineSlices(item.content(), style, indent, textWidth, Tag.content(body), true));
            if (lines.isEmpty()) {
                lines.add(Slice.of(style.leading(), List.of()));
            }
            String marker = list.kind() == ListKind.BULLET ? StyleSheet.BULLET : (list.start() + i) + ".";
            DrawItem.TextLine markerLine = typesetter.set(List.of(Inline.Text.plain(marker)), markerStyle, 0, indent,
                    Tag.content(label), null).get(0);
            Slice first = lines.get(0);
            List<DrawItem> firstItems = new ArrayList<>();
            firstItems.add(markerLine);
            firstItems.addAll(first.items());
            lines.set(0, new Slice(first.height(), firstItems, first.bands(), first.keep(), false, false, List.of(),
                    null));
            out.addAll(lines);
            for (Block.ListBlock child : item.children()) {
                Laid nested = list(child, ctx.within(textWidth, body));
                if (!nested.slices().isEmpty()) {
                    out.add(Slice.spacer(style.spaceAfter(), Keep.NONE));
                    nested.slices().forEach(s -> out.add(s.shifted(indent)));
                }
            }
        }
        // A list belongs to the running text: as much space after it as after a body paragraph.
        return new Laid(out, style.spaceBefore(), Math.max(style.spaceAfter(), styles.body().spaceAfter()));
    }

    private Laid quotation(Block.Quotation q, Ctx ctx) {
        StructNode quote = node(StructureRole.BLOCK_QUOTE, ctx.parent());
        double indent = styles.quotationIndent();
        Laid inner = stack(q.blocks(), new Ctx(ctx.width() - indent, true, quote));
        List<Slice> out = new ArrayList<>();
        inner.slices().forEach(s -> out.add(s.shifted(indent)));
        double after = inner.after();
        if (!q.attribution().isEmpty()) {
            TextStyle style = styles.attribution();
            StructNode attribution = node(StructureRole.P, quote);
            List<Slice> lines = typesetter.lineSlices(q.attribution(), style, indent, ctx.width() - indent,
                    Tag.content(attribution), true);
            if (!out.isEmpty() && !lines.isEmpty()) {
                out.add(Slice.spacer(Math.max(after, style.spaceBefore()), Keep.TOGETHER));
            }
            out.addAll(lines);
            after = style.spaceAfter();
        }
        if (out.isEmpty()) {
            return Laid.EMPTY;
        }
        Band rule = new Band(0, styles.quotationRuleWidth(), styles.theme().accentColour(), Tag.decoration(quote));
        out.replaceAll(s -> s.underBands(List.of(rule)));
        return new Laid(out, Math.max(inner.before(), styles.quotation().spaceBefore()),
                Math.max(after, styles.quotation().spaceAfter()));
    }

    private Laid pullQuote(Block.PullQuote pq, Ctx ctx) {
        TextStyle style = styles.pullQuote();
        StructNode node = node(StructureRole.P, ctx.parent());
        double pad = styles.boxPadding();
        double bar = 2 * styles.quotationRuleWidth();
        List<Slice> lines = typesetter.lineSlices(pq.content(), style, bar + pad, ctx.width() - bar - 2 * pad,
                Tag.content(node), false);
        if (lines.isEmpty()) {
            return Laid.EMPTY;
        }
        List<Slice> out = new ArrayList<>();
        out.add(Slice.of(pad, List.of()));
        out.addAll(lines);
        out.add(Slice.of(pad, List.of()));
        List<Band> bands = List.of(
                new Band(0, ctx.width(), styles.theme().tintColour(), Tag.decoration(node)),
                new Band(0, bar, styles.theme().accentColour(), Tag.decoration(node)));
        keepAllTogether(out);
        out.replaceAll(s -> s.underBands(bands));
        return new Laid(out, style.spaceBefore(), style.spaceAfter());
    }

    private Laid box(Block.Box box, Ctx ctx) {
        StructNode sect = node(StructureRole.SECT, ctx.parent());
        Tag frame = Tag.decoration(sect);
        double border = styles.borderWidth();
        double pad = styles.boxPadding();
        double inset = border + pad;
        double width = ctx.width();
        var accent = styles.theme().accentColour();
        List<Slice> out = new ArrayList<>();
        out.add(Slice.of(border, List.of(new DrawItem.Fill(0, 0, width, border, accent, frame)))
                .withKeep(Keep.HEADING));
        List<Slice> framed = new ArrayList<>();
        if (!box.title().isEmpty()) {
            TextStyle style = styles.boxTitle();
            StructNode title = node(StructureRole.P, sect);
            List<Slice> band = new ArrayList<>();
            band.add(Slice.of(pad / 2, List.of()));
            band.addAll(typesetter.lineSlices(box.title(), style, inset, width - 2 * inset, Tag.content(title), false));
            band.add(Slice.of(pad / 2, List.of()));
            Band tint = new Band(border, width - 2 * border, styles.theme().tintColour(), frame);
            band.forEach(s -> framed.add(s.underBands(List.of(tint)).withKeep(Keep.HEADING)));
        }
        framed.add(Slice.of(pad, List.of()).withKeep(Keep.HEADING));
        Laid inner = stack(box.blocks(), ctx.within(width - 2 * inset, sect));
        inner.slices().forEach(s -> framed.add(s.shifted(inset).withKeep(s.keep() == Keep.NONE ? Keep.TOGETHER
                : s.keep())));
        framed.add(Slice.of(pad, List.of()).withKeep(Keep.TOGETHER));
        List<Band> sides = List.of(new Band(0, border, accent, frame), new Band(width - border, border, accent, frame));
        framed.forEach(s -> out.add(s.underBands(sides)));
        out.add(Slice.of(border, List.of(new DrawItem.Fill(0, 0, width, border, accent, frame))));
        return new Laid(out, styles.blockGap(), styles.blockGap());
    }

    private Laid figure(Block.Figure f, Ctx ctx) {
        StructNode figure = figureNode(ctx.parent(), f.altText());
        TextStyle captionStyle = styles.caption();
        double width = f.widthFraction() * ctx.width();
        double captionWidth = Math.min(ctx.width(), Math.max(width, ctx.width() / 2));
        double captionX = switch (f.alignment()) {
            case LEFT -> 0;
            case CENTER -> (ctx.width() - captionWidth) / 2;
            case RIGHT -> ctx.width() - captionWidth;
        };
        TextAlign captionAlign = switch (f.alignment()) {
            case LEFT -> TextAlign.LEFT;
            case CENTER -> TextAlign.CENTER;
            case RIGHT -> TextAlign.RIGHT;
        };
        List<Slice> caption = f.caption().isEmpty() ? List.of()
                : typesetter.lineSlices(f.caption(), withAlign(captionStyle, captionAlign), captionX, captionWidth,
                        Tag.content(node(StructureRole.CAPTION, figure)), false);
        double captionHeight = caption.isEmpty() ? 0 : captionStyle.spaceBefore() + caption.size() * captionStyle.leading();
        double height = width * f.image().aspectRatio();
        double maxHeight = Math.max(bodyHeight / 4, bodyHeight - captionHeight);
        if (height > maxHeight) {
            height = maxHeight;
            width = height / f.image().aspectRatio();
        }
        double x = switch (f.alignment()) {
            case LEFT -> 0;
            case CENTER -> (ctx.width() - width) / 2;
            case RIGHT -> ctx.width() - width;
        };
        List<Slice> out = new ArrayList<>();
        out.add(Slice.of(height, List.of(new DrawItem.Picture(f.image(), x, 0, width, height, Tag.content(figure)))));
        if (!caption.isEmpty()) {
            out.add(Slice.of(captionStyle.spaceBefore(), List.of()));
            out.addAll(caption);
            keepAllTogether(out);
        }
        return new Laid(out, styles.blockGap(),
                caption.isEmpty() ? styles.blockGap() : Math.max(styles.blockGap(), captionStyle.spaceAfter()));
    }

    private Laid definitions(Block.DefinitionList d, Ctx ctx) {
        TextStyle termStyle = styles.definitionTerm();
        TextStyle descStyle = ctx.italic() ? italic(styles.definitionDescription()) : styles.definitionDescription();
        double termWidth = styles.definitionTermWidth() * ctx.width() / styles.textWidth();
        double gutter = styles.listIndent() / 2;
        StructNode list = node(StructureRole.L, ctx.parent());
        List<Slice> out = new ArrayList<>();
        for (Block.Definition entry : d.entries()) {
            StructNode li = node(StructureRole.LI, list);
            List<DrawItem> items = new ArrayList<>(typesetter.set(entry.term(), termStyle, 0, termWidth - gutter,
                    Tag.content(node(StructureRole.LBL, li)), null));
            double termHeight = items.size() * termStyle.leading();
            List<DrawItem.TextLine> desc = typesetter.set(entry.description(), descStyle, termWidth,
                    ctx.width() - termWidth, Tag.content(node(StructureRole.LBODY, li)), null);
            items.addAll(desc);
            double height = Math.max(termHeight, desc.size() * descStyle.leading());
            if (height == 0) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(Slice.spacer(Math.max(termStyle.spaceAfter(), descStyle.spaceAfter()), Keep.NONE));
            }
            out.addAll(Slice.of(height, items).splitAtLines(bodyHeight));
        }
        return new Laid(out, termStyle.spaceBefore(), Math.max(descStyle.spaceAfter(), styles.body().spaceAfter()));
    }

    private Laid signatures(Block.Signatures s, Ctx ctx) {
        int count = s.signatures().size();
        if (count == 0) {
            return Laid.EMPTY;
        }
        TextStyle nameStyle = styles.signatureName();
        TextStyle roleStyle = styles.signatureRole();
        double scale = ctx.width() / styles.textWidth();
        int columns;
        double columnWidth;
        if (s.layout() == SignatureLayout.STACKED) {
            columns = 1;
            columnWidth = styles.signatureColumnWidth() * scale;
        } else {
            columns = count == 3 || count >= 5 ? 3 : 2;
            columnWidth = columns == 2 ? styles.signatureColumnWidth() * scale : ctx.width() / 3;
        }
        double gutter = styles.listIndent() / 2;
        StructNode sect = node(StructureRole.SECT, ctx.parent());
        List<Slice> out = new ArrayList<>();
        for (int start = 0; start < count; start += columns) {
            List<DrawItem> items = new ArrayList<>();
            double rowHeight = 0;
            for (int i = start; i < Math.min(count, start + columns); i++) {
                Block.Signature sig = s.signatures().get(i);
                double x = (i - start) * columnWidth;
                double y = nameStyle.spaceBefore();
                y = addLines(items, typesetter.set(sig.name(), nameStyle, x, columnWidth - gutter,
                        Tag.content(node(StructureRole.P, sect)), null), y, nameStyle);
                if (!sig.role().isEmpty()) {
                    y = addLines(items, typesetter.set(sig.role(), roleStyle, x, columnWidth - gutter,
                            Tag.content(node(StructureRole.P, sect)), null), y + roleStyle.spaceBefore(), roleStyle);
                }
                rowHeight = Math.max(rowHeight, y);
            }
            if (!out.isEmpty()) {
                out.add(Slice.of(roleStyle.spaceAfter(), List.of()));
            }
            out.add(Slice.of(rowHeight, items));
        }
        keepAllTogether(out);
        return new Laid(out, 0, Math.max(roleStyle.spaceAfter(), styles.body().spaceAfter()));
    }

    /** Adds lines moved down to {@code top}; returns the y below them. */
    private static double addLines(List<DrawItem> items, List<DrawItem.TextLine> lines, double top, TextStyle style) {
        for (DrawItem.TextLine line : lines) {
            items.add(line.shifted(0, top));
        }
        return top + lines.size() * style.leading();
    }

    private Laid rule(Ctx ctx) {
        double thickness = styles.borderWidth();
        Slice slice = Slice.of(thickness, List.of(new DrawItem.Fill(0, 0, ctx.width(), thickness,
                styles.theme().accentColour(), Tag.decoration(ctx.parent()))));
        return new Laid(List.of(slice), styles.blockGap(), styles.blockGap());
    }

    /** Every slice but the last keeps with the next: the block moves to a new page as a whole if it fits one. */
    static void keepAllTogether(List<Slice> slices) {
        for (int i = 0; i < slices.size() - 1; i++) {
            if (slices.get(i).keep() == Keep.NONE) {
                slices.set(i, slices.get(i).withKeep(Keep.TOGETHER));
            }
        }
    }

    static TextStyle italic(TextStyle s) {
        return new TextStyle(s.size(), s.bold(), true, s.colour(), s.spaceBefore(), s.spaceAfter(), s.leading(),
                s.align());
    }

    static TextStyle withAlign(TextStyle s, TextAlign align) {
        return new TextStyle(s.size(), s.bold(), s.italic(), s.colour(), s.spaceBefore(), s.spaceAfter(), s.leading(),
                align);
    }

    /** The text of inline content without styling, for outline titles. */
    static String plainText(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text t -> sb.append(t.text());
                case Inline.LineBreak lb -> sb.append(' ');
                case Inline.PageNumber pn -> { }
                case Inline.PageCount pc -> { }
            }
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
