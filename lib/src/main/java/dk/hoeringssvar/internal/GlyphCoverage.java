package dk.hoeringssvar.internal;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.theme.FontSet;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks, before a PDF is drawn, that the embedded font has a glyph for every character of the text,
 * so a character is never silently dropped: a missing one is a {@link RenderException} naming the
 * character, the font and the text around it. (DOCX and HTML need no check: Word and browsers fall
 * back to another font.) Thread-safe; answers are cached per face and code point: in a table for the
 * Basic Multilingual Plane, where every character of Danish text is, and in a map above it.
 */
public final class GlyphCoverage {

    private final String family;
    private final Font[] faces = new Font[4];
    private static final byte UNKNOWN = 0;
    private static final byte PRESENT = 1;
    private static final byte MISSING = 2;

    /**
     * Per face, one entry per BMP code point: {@link #UNKNOWN}, {@link #PRESENT} or {@link #MISSING}. The
     * entries are written without locks: a thread that does not yet see another's answer asks the font
     * again and writes the same value, so the race is harmless.
     */
    private final byte[][] bmp = new byte[4][Character.MAX_VALUE + 1];
    private final List<Map<Integer, Boolean>> astral = List.of(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
            new ConcurrentHashMap<>(), new ConcurrentHashMap<>());

    public GlyphCoverage(FontSet fonts) {
        this.family = fonts.family();
        for (int i = 0; i < 4; i++) {
            boolean bold = (i & 1) != 0;
            boolean italic = (i & 2) != 0;
            try {
                faces[i] = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(fonts.face(bold, italic)));
            } catch (FontFormatException | IOException e) {
                throw new RenderException("font " + family + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    public void check(DocumentTree tree) {
        inlines(tree.header());
        inlines(tree.footer());
        blocks(tree.blocks());
    }

    /** Everything but the parts of a deferred document (see {@link #check(CompiledDocument.Part)}). */
    public void check(CompiledDocument document) {
        inlines(document.footer());
        blocks(document.frontMatter());
        text(document.stamp().firstLine("", 0, 0) + document.stamp().line(), false, false);
        if (!document.deferred()) {
            document.parts().forEach(this::check);
        }
    }

    /** One part of a compiled document; a deferred document's parts are checked one by one as they are made. */
    public void check(CompiledDocument.Part part) {
        text(part.label() + ": " + part.title(), true, false);
        switch (part) {
            case CompiledDocument.Part.Tree t -> check(t.tree());
            case CompiledDocument.Part.File f -> inlines(f.attachedSeparately());
        }
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Heading h -> inlines(h.content());
                case Block.Paragraph p -> inlines(p.content());
                case Block.ListBlock l -> list(l);
                case Block.Quotation q -> {
                    blocks(q.blocks());
                    inlines(q.attribution());
                }
                case Block.PullQuote pq -> inlines(pq.content());
                case Block.Box b -> {
                    inlines(b.title());
                    blocks(b.blocks());
                }
                case Block.Table t -> t.rows().forEach(r -> r.cells().forEach(c -> inlines(c.content())));
                case Block.Figure f -> {
                    inlines(f.caption());
                    text(f.altText(), false, false);
                }
                case Block.DefinitionList d -> d.entries().forEach(e -> {
                    inlines(e.term());
                    inlines(e.description());
                });
                case Block.Signatures s -> s.signatures().forEach(sig -> {
                    inlines(sig.name());
                    inlines(sig.role());
                });
                case Block.Contents c -> inlines(c.title());
                case Block.Chart c -> {
                    text(c.title(), false, false);
                    c.categories().forEach(category -> text(category, false, false));
                    c.series().forEach(series -> text(series.name(), false, false));
                }
                case Block.Rule r -> { }
                case Block.PageBreak pb -> { }
            }
        }
    }

    private void list(Block.ListBlock list) {
        for (Block.ListItem item : list.items()) {
            inlines(item.content());
            item.children().forEach(this::list);
        }
    }

    private void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                text(t.text(), t.bold(), t.italic());
            }
        }
    }

    private void text(String text, boolean bold, boolean italic) {
        int face = (bold ? 1 : 0) | (italic ? 2 : 0);
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!has(face, codePoint) && !Character.isWhitespace(codePoint)) {
                throw new RenderException(String.format(Locale.ROOT,
                        "PDF: the font %s has no glyph for U+%04X (%s) in «%s»; choose a theme font that has it",
                        family, codePoint, new String(Character.toChars(codePoint)), around(text, i)));
            }
            i += Character.charCount(codePoint);
        }
    }

    private boolean has(int face, int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return astral.get(face).computeIfAbsent(codePoint, cp -> faces[face].canDisplay(cp));
        }
        byte known = bmp[face][codePoint];
        if (known == UNKNOWN) {
            known = faces[face].canDisplay(codePoint) ? PRESENT : MISSING;
            bmp[face][codePoint] = known;
        }
        return known == PRESENT;
    }

    private static String around(String text, int index) {
        int from = Math.max(0, index - 20);
        int to = Math.min(text.length(), index + 20);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
