package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * The headings a TOC field lists, known before the body is written so the contents can be pre-filled
 * wherever it stands. Collected in document order; the block writer then claims them in the same order
 * and puts each entry's bookmark around its heading, which the pre-filled entries link to.
 */
final class Outline {

    /** One listed heading: its contents level (1-3), its text, the bookmark on it, and whether it opens a part. */
    record Entry(int level, String text, String bookmark, boolean part) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private int claimed;

    /** A heading written outside the block tree, such as a part's heading; null if it is not listed. */
    Entry add(DocxStyle style, String text) {
        int level = style.contentsLevel();
        if (level == 0) {
            return null;
        }
        // Word hides bookmarks whose names start with an underscore, as it does its own _Toc marks.
        Entry entry = new Entry(level, text, "_TocH" + (entries.size() + 1), false);
        entries.add(entry);
        return entry;
    }

    /** The heading that opens a part of a compiled document (Heading 1); the compiled contents lists only these. */
    Entry addPart(String text) {
        Entry entry = new Entry(DocxStyle.HEADING_1.contentsLevel(), text, "_TocH" + (entries.size() + 1), true);
        entries.add(entry);
        return entry;
    }

    /** The headings of a block tree, walked as the block writer walks it. */
    void add(List<Block> blocks, HeadingScheme scheme) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Heading heading -> add(scheme.style(heading.level()), text(heading.content()));
                case Block.Quotation quotation -> add(quotation.blocks(), scheme);
                case Block.Box box -> add(box.blocks(), scheme);
                default -> {
                    // other blocks hold no headings
                }
            }
        }
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The next entry, for the heading about to be written in {@code style}; null if it is not listed. */
    Entry claim(DocxStyle style) {
        if (style.contentsLevel() == 0) {
            return null;
        }
        if (claimed >= entries.size() || entries.get(claimed).level() != style.contentsLevel()) {
            throw new IllegalStateException("outline out of step with the body at entry " + claimed);
        }
        return entries.get(claimed++);
    }

    static String text(List<Inline> content) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text t -> text.append(t.text());
                case Inline.LineBreak br -> text.append(' ');
                case Inline.PageNumber page -> { }
                case Inline.PageCount count -> { }
            }
        }
        return XmlText.clean(text.toString());
    }
}
