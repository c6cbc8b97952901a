package dk.hoeringssvar.render.html;

import dk.hoeringssvar.document.Alignment;
import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.DocumentInfo;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.document.ListKind;
import dk.hoeringssvar.document.SignatureLayout;
import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.render.FormatRenderer;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.render.StyleSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * One self-contained HTML page (styles inline, images as data URIs) for previews in web applications.
 * It shows the document as one continuous sheet: running headers and footers belong to paged output
 * and are left out; a page break shows as a dashed line (and breaks the page when printed).
 */
public final class HtmlRenderer implements FormatRenderer {

    private final StyleSheet styles;
    private final String css;

    public HtmlRenderer(StyleSheet styles) {
        this.styles = styles;
        this.css = HtmlCss.of(styles);
    }

    @Override
    public void render(DocumentTree tree, Instant timestamp, OutputStream out) {
        HtmlWriter w = new HtmlWriter();
        head(w, tree.info(), timestamp);
        w.open("body").newline().open("main", "class", "hs-page").newline();
        Sections sections = new Sections(tree.blocks());
        for (Block block : tree.blocks()) {
            block(w, block, sections);
        }
        w.close("main").newline().close("body").newline().close("html").newline();
        try {
            out.write(w.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RenderException("could not write HTML: " + e.getMessage(), e);
        }
    }

    private void head(HtmlWriter w, DocumentInfo info, Instant timestamp) {
        w.raw("<!DOCTYPE html>").newline().open("html", "lang", info.language()).newline().open("head").newline()
                .raw("<meta charset=\"utf-8\">").newline()
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").newline()
                .open("title").text(info.title()).close("title").newline();
        meta(w, "author", info.author());
        meta(w, "description", info.subject());
        meta(w, "keywords", String.join(", ", info.keywords()));
        meta(w, "generator", "hoeringssvar");
        meta(w, "dcterms.created", timestamp.toString());
        w.open("style").raw(css).close("style").newline().close("head").newline();
    }

    private static void meta(HtmlWriter w, String name, String content) {
        if (!content.isEmpty()) {
            w.raw("<meta").attribute("name", name).attribute("content", content).raw(">").newline();
        }
    }

    private void block(HtmlWriter w, Block block, Sections sections) {
        switch (block) {
            case Block.Heading h -> {
                String tag = "h" + h.level();
                String id = sections.idOf(h);
                if (id != null) {
                    w.open(tag, "id", id);
                } else {
                    w.open(tag);
                }
                inlines(w, h.content());
                w.close(tag).newline();
            }
            case Block.Paragraph p -> {
                w.open("p", "class", "hs-" + p.role().name().toLowerCase(Locale.ROOT));
                inlines(w, p.content());
                w.close("p").newline();
            }
            case Block.ListBlock list -> list(w, list);
            case Block.Quotation q -> {
                w.open("blockquote").newline();
                for (Block inner : q.blocks()) {
                    block(w, inner, sections);
                }
                if (!q.attribution().isEmpty()) {
                    w.open("cite");
                    inlines(w, q.attribution());
                    w.close("cite").newline();
                }
                w.close("blockquote").newline();
            }
            case Block.PullQuote pq -> {
                w.open("aside", "class", "hs-pull-quote");
                inlines(w, pq.content());
                w.close("aside").newline();
            }
            case Block.Box box -> {
                w.open("section", "class", "hs-box").open("p", "class", "hs-box-title");
                inlines(w, box.title());
                w.close("p").open("div", "class", "hs-box-inner").newline();
                for (Block inner : box.blocks()) {
                    block(w, inner, sections);
                }
                w.close("div").close("section").newline();
            }
            case Block.Table table -> table(w, table);
            case Block.Figure figure -> figure(w, figure);
            case Block.DefinitionList dl -> {
                w.open("dl", "class", "hs-dl").newline();
                for (Block.Definition d : dl.entries()) {
                    w.open("dt");
                    inlines(w, d.term());
                    w.close("dt").open("dd");
                    inlines(w, d.description());
                    w.close("dd").newline();
                }
                w.close("dl").newline();
            }
            case Block.Signatures sigs -> {
                String cls = sigs.layout() == SignatureLayout.STACKED ? "hs-signatures hs-stacked" : "hs-signatures";
                w.open("div", "class", cls).newline();
                for (Block.Signature sig : sigs.signatures()) {
                    w.open("div", "class", "hs-signature").open("p", "class", "hs-signature-name");
                    inlines(w, sig.name());
                    w.close("p");
                    if (!sig.role().isEmpty()) {
                        w.open("p", "class", "hs-signature-role");
                        inlines(w, sig.role());
                        w.close("p");
                    }
                    w.close("div").newline();
                }
                w.close("div").newline();
            }
            case Block.Rule r -> w.raw("<hr class=\"hs-rule\">").newline();
            case Block.PageBreak pb -> w.raw("<hr class=\"hs-page-break\">").newline();
            case Block.Contents c -> contents(w, c, sections);
            case Block.Chart c -> HtmlChart.write(w, c, styles);
        }
    }

    /** A preview has no pages: the contents link to the document's sections. */
    private static void contents(HtmlWriter w, Block.Contents contents, Sections sections) {
        w.open("nav", "class", "hs-contents");
        if (!contents.title().isEmpty()) {
            w.open("p", "class", "hs-contents-title");
            inlines(w, contents.title());
            w.close("p");
        }
        w.open("ol").newline();
        for (Block.Heading h : sections.headings()) {
            w.open("li").open("a", "href", "#" + sections.idOf(h));
            inlines(w, h.content());
            w.close("a").close("li").newline();
        }
        w.close("ol").close("nav").newline();
    }

    /** The level-2 headings of a document, each with an id to link to. */
    private static final class Sections {
        private final java.util.IdentityHashMap<Block.Heading, String> ids = new java.util.IdentityHashMap<>();
        private final List<Block.Heading> headings = new java.util.ArrayList<>();

        Sections(List<Block> blocks) {
            for (Block block : blocks) {
                if (block instanceof Block.Heading h && h.level() == 2) {
                    headings.add(h);
                    ids.put(h, "afsnit-" + headings.size());
                }
            }
        }

        String idOf(Block.Heading heading) {
            return ids.get(heading);
        }

        List<Block.Heading> headings() {
            return headings;
        }
    }

    private void list(HtmlWriter w, Block.ListBlock list) {
        if (list.kind() == ListKind.NUMBERED) {
            w.raw("<ol").attribute("start", Integer.toString(list.start())).raw(">");
        } else {
            w.open("ul");
        }
        w.newline();
        for (Block.ListItem item : list.items()) {
            w.open("li");
            inlines(w, item.content());
            for (Block.ListBlock child : item.children()) {
                list(w, child);
            }
            w.close("li").newline();
        }
        w.close(list.kind() == ListKind.NUMBERED ? "ol" : "ul").newline();
    }

    private void table(HtmlWriter w, Block.Table table) {
        w.open("table", "class", "hs-table").newline();
        List<Integer> weights = table.columnWeights();
        if (!weights.isEmpty()) {
            int total = weights.stream().mapToInt(Integer::intValue).sum();
            w.open("colgroup");
            for (int weight : weights) {
                w.raw("<col").attribute("style", String.format(Locale.ROOT, "width:%.2f%%", 100.0 * weight / total))
                        .raw(">");
            }
            w.close("colgroup").newline();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            boolean header = r < table.headerRows();
            if (r == 0 && header) {
                w.open("thead");
            } else if (r == table.headerRows()) {
                w.open("tbody");
            }
            w.open("tr");
            for (Block.TableCell cell : table.rows().get(r).cells()) {
                if (header) {
                    w.open("th", "scope", "col");
                } else {
                    w.open("td");
                }
                inlines(w, cell.content());
                w.close(header ? "th" : "td");
            }
            w.close("tr").newline();
            if (header && r == table.headerRows() - 1) {
                w.close("thead").newline();
            }
        }
        if (table.headerRows() < table.rows().size()) {
            w.close("tbody").newline();
        }
        w.close("table").newline();
    }

    private void figure(HtmlWriter w, Block.Figure figure) {
        String margin = switch (figure.alignment()) {
            case LEFT -> "margin-right:auto";
            case CENTER -> "margin:0 auto";
            case RIGHT -> "margin-left:auto";
        };
        w.open("figure");
        Image image = figure.image();
        w.raw("<img").attribute("src", "data:" + image.format().mediaType() + ";base64,"
                        + Base64.getEncoder().encodeToString(image.data()))
                .attribute("alt", figure.altText())
                .attribute("style", String.format(Locale.ROOT, "width:%.1f%%;%s", figure.widthFraction() * 100, margin))
                .raw(">");
        if (!figure.caption().isEmpty()) {
            w.open("figcaption", "style", "text-align:" + (figure.alignment() == Alignment.LEFT ? "left"
                    : figure.alignment() == Alignment.RIGHT ? "right" : "center"));
            inlines(w, figure.caption());
            w.close("figcaption");
        }
        w.close("figure").newline();
    }

    private static void inlines(HtmlWriter w, List<Inline> inlines) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Text t -> {
                    if (t.bold()) {
                        w.open("strong");
                    }
                    if (t.italic()) {
                        w.open("em");
                    }
                    w.text(t.text());
                    if (t.italic()) {
                        w.close("em");
                    }
                    if (t.bold()) {
                        w.close("strong");
                    }
                }
                case Inline.LineBreak br -> w.raw("<br>");
                // Page numbers only mean something on paged output; a preview has one sheet.
                case Inline.PageNumber pn -> w.text("1");
                case Inline.PageCount pc -> w.text("1");
            }
        }
    }
}
