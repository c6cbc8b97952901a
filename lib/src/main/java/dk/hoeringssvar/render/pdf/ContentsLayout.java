package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.render.TextAlign;
import dk.hoeringssvar.render.TextStyle;
import dk.hoeringssvar.render.StyleSheet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A table of contents in two steps. {@link #layout} sets the entries with a column reserved for the
 * page number, so the contents' height depends only on its entries, never on the numbers; each entry's
 * last line ends in an invisible anchor at the right edge. Once the document is paginated, {@link #fill}
 * finds the anchors on the pages and adds the page number, the dot leaders and a link to the target.
 */
final class ContentsLayout {

    /**
     * One line of the contents: {@code label} (may be empty; "Bilag 3") in a column of its own, the text,
     * and the index of what it points at (a section of the document, a part of a bundle).
     */
    record Entry(String label, List<Inline> text, int target) {
        Entry {
            label = label == null ? "" : label;
            text = List.copyOf(text);
        }
    }

    /** Room for the page number: four digits. */
    private static final String NUMBER_COLUMN = "0000";
    private static final double EPSILON = 0.01;

    private final StyleSheet styles;
    private final Typesetter typesetter;
    private final BlockLayout blocks;
    private final List<Entry> entries;
    /** Entry node → index of its target, for every contents block laid out by this instance. */
    private final Map<StructNode, Integer> pending = new LinkedHashMap<>();

    ContentsLayout(StyleSheet styles, Typesetter typesetter, BlockLayout blocks, List<Entry> entries) {
        this.styles = styles;
        this.typesetter = typesetter;
        this.blocks = blocks;
        this.entries = List.copyOf(entries);
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    BlockLayout.Laid layout(Block.Contents contents, BlockLayout.Ctx ctx) {
        StructNode toc = blocks.node(StructureRole.TOC, ctx.parent());
        TextStyle style = styles.contentsEntry();
        TextStyle titleStyle = styles.heading(2);
        FontFaces fonts = typesetter.fonts();
        double width = ctx.width();
        List<Slice> out = new ArrayList<>();
        if (!contents.title().isEmpty()) {
            // A TOC may hold only TOCI and Caption elements (PDF/UA): the title is its caption.
            List<Slice> title = typesetter.lineSlices(contents.title(), titleStyle, 0, width,
                    Tag.content(blocks.node(StructureRole.CAPTION, toc)), false);
            title.forEach(s -> out.add(s.withKeep(Keep.HEADING)));
            if (!out.isEmpty() && !entries.isEmpty()) {
                out.add(Slice.spacer(titleStyle.spaceAfter(), Keep.HEADING));
            }
        }
        double labelWidth = 0;
        for (Entry e : entries) {
            if (!e.label().isEmpty()) {
                labelWidth = Math.max(labelWidth, fonts.width(e.label(), Face.REGULAR, style.size()) + style.size() * 1.5);
            }
        }
        labelWidth = Math.min(labelWidth, width / 3);
        double numberColumn = fonts.width(NUMBER_COLUMN, Face.REGULAR, style.size());
        double textWidth = Math.max(width / 4, width - labelWidth - numberColumn - style.size() * 2);
        TextStyle left = BlockLayout.withAlign(style, TextAlign.LEFT);
        double ascent = typesetter.baselineOffset(style);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            StructNode node = blocks.node(StructureRole.TOCI, toc);
            Tag tag = Tag.content(node);
            List<DrawItem.TextLine> lines = typesetter.set(entry.text(), left, labelWidth, textWidth, tag, null);
            int count = Math.max(1, lines.size());
            List<Slice> slices = new ArrayList<>(count);
            for (int l = 0; l < count; l++) {
                List<DrawItem> items = new ArrayList<>();
                if (l == 0 && !entry.label().isEmpty()) {
                    items.addAll(typesetter.set(List.of(Inline.Text.plain(entry.label())), left, 0, labelWidth, tag,
                            null).subList(0, 1));
                }
                if (l < lines.size()) {
                    items.add(lines.get(l).shifted(0, -l * style.leading()));
                }
                if (l == count - 1) {
                    items.add(new DrawItem.TextLine(width, ascent, ascent, style.leading(), style.size(),
                            style.colour(), List.of(), tag));
                }
                slices.add(Slice.of(style.leading(), items));
            }
            BlockLayout.keepAllTogether(slices);
            if (i > 0) {
                out.add(Slice.spacer(style.spaceAfter(), Keep.NONE));
            }
            out.addAll(slices);
            pending.put(node, entry.target());
        }
        if (out.isEmpty()) {
            return BlockLayout.Laid.EMPTY;
        }
        double before = contents.title().isEmpty() ? style.spaceBefore() : titleStyle.spaceBefore();
        return new BlockLayout.Laid(out, before, Math.max(styles.blockGap(), style.spaceAfter()));
    }

    /**
     * Adds page numbers, leaders and links to the entries on {@code pages} (items in page coordinates,
     * changed in place); {@code links} gets one list per page. {@code targets} maps an entry's target
     * index to where it points.
     */
    void fill(List<List<DrawItem>> pages, List<List<Link>> links, IntFunction<Target> targets) {
        record Anchor(int page, DrawItem.TextLine line, Target target, String number) {
        }
        TextStyle style = styles.contentsEntry();
        FontFaces fonts = typesetter.fonts();
        List<Anchor> anchors = new ArrayList<>();
        double widest = 0;
        for (int p = 0; p < pages.size(); p++) {
            for (DrawItem item : pages.get(p)) {
                if (item instanceof DrawItem.TextLine line && line.runs().isEmpty()
                        && pending.get(line.tag().node()) instanceof Integer index) {
                    Target target = targets.apply(index);
                    String number = Integer.toString(target.pageIndex() + 1);
                    widest = Math.max(widest, fonts.width(number, Face.REGULAR, style.size()));
                    anchors.add(new Anchor(p, line, target, number));
                }
            }
        }
        double dot = fonts.width(".", Face.REGULAR, style.size());
        double space = fonts.width(" ", Face.REGULAR, style.size());
        double pad = style.size() * 0.8;
        for (Anchor a : anchors) {
            List<DrawItem> page = pages.get(a.page());
            DrawItem.TextLine anchor = a.line();
            double right = anchor.x();
            double textEnd = Double.NEGATIVE_INFINITY;
            double left = right;
            double top = anchor.baseline() + anchor.ascent();
            double bottom = anchor.baseline() + anchor.ascent() - anchor.height();
            StringBuilder description = new StringBuilder();
            for (DrawItem item : page) {
                if (item instanceof DrawItem.TextLine line && line.tag().node() == anchor.tag().node()
                        && !line.runs().isEmpty()) {
                    if (!description.isEmpty()) {
                        description.append(' ');
                    }
                    description.append(line.text().strip());
                    left = Math.min(left, line.x());
                    top = Math.max(top, line.baseline() + line.ascent());
                    bottom = Math.min(bottom, line.baseline() + line.ascent() - line.height());
                    if (Math.abs(line.baseline() - anchor.baseline()) < EPSILON) {
                        textEnd = Math.max(textEnd, line.x() + lineWidth(line));
                    }
                }
            }
            double numberWidth = fonts.width(a.number(), Face.REGULAR, style.size());
            // Leader and number take the anchor's place, so they are read right after the entry's text.
            int at = indexOf(page, anchor);
            page.remove(at);
            page.add(at, new DrawItem.TextLine(right - numberWidth, anchor.baseline(), anchor.ascent(), anchor.height(),
                    style.size(), style.colour(), List.of(new Run(a.number(), Face.REGULAR, 0, numberWidth, null)),
                    anchor.tag()));
            // Every leader ends at the same x, so the dots of all entries line up in columns.
            double leaderEnd = right - widest - pad;
            double leaderStart = (textEnd == Double.NEGATIVE_INFINITY ? left : textEnd) + pad;
            int dots = (int) Math.floor((leaderEnd - leaderStart + space) / (dot + space));
            if (dots > 0) {
                String leader = ". ".repeat(dots - 1) + ".";
                double leaderWidth = dots * dot + (dots - 1) * space;
                page.add(at, new DrawItem.TextLine(leaderEnd - leaderWidth, anchor.baseline(), anchor.ascent(),
                        anchor.height(), style.size(), styles.theme().mutedColour(),
                        List.of(new Run(leader, Face.REGULAR, 0, leaderWidth, null)), anchor.tag().asDecoration()));
            }
            links.get(a.page()).add(new Link(left, bottom, right - left, top - bottom, a.target().pageIndex(),
                    a.target().top(), anchor.tag().node(), description.toString()));
        }
    }

    private static int indexOf(List<DrawItem> page, DrawItem item) {
        for (int i = 0; i < page.size(); i++) {
            if (page.get(i) == item) {
                return i;
            }
        }
        throw new IllegalStateException("contents anchor vanished from its page");
    }

    private static double lineWidth(DrawItem.TextLine line) {
        Run last = line.runs().get(line.runs().size() - 1);
        return last.dx() + last.width();
    }
}
