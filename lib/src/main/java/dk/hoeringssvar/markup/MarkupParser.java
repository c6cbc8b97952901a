package dk.hoeringssvar.markup;

import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.document.Alignment;
import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.DocumentInfo;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.document.ListKind;
import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.document.SignatureLayout;
import dk.hoeringssvar.markup.MarkupElement.ElementNode;
import dk.hoeringssvar.markup.MarkupElement.Node;
import dk.hoeringssvar.markup.MarkupElement.TextNode;
import dk.hoeringssvar.model.Image;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;

/**
 * Parses the format-neutral markup (see {@link MarkupTag}) into a {@link DocumentTree}. Strict: an
 * element in the wrong place, a missing attribute or stray text is a {@link MarkupException} with line
 * and column. Whitespace inside text collapses to single spaces, as in HTML; {@code <br/>} breaks a line.
 * Immutable and thread-safe.
 */
public final class MarkupParser {

    private static final Set<MarkupTag> BLOCK_TAGS = EnumSet.of(MarkupTag.H1, MarkupTag.H2, MarkupTag.H3,
            MarkupTag.P, MarkupTag.UL, MarkupTag.OL, MarkupTag.BLOCKQUOTE, MarkupTag.PULL_QUOTE, MarkupTag.BOX,
            MarkupTag.TABLE, MarkupTag.FIGURE, MarkupTag.DL, MarkupTag.SIGNATURES, MarkupTag.HR,
            MarkupTag.PAGE_BREAK, MarkupTag.CONTENTS, MarkupTag.CHART);
    private static final Set<MarkupTag> INLINE_TAGS = EnumSet.of(MarkupTag.B, MarkupTag.I, MarkupTag.BR);
    private static final Set<MarkupTag> RUNNING_TAGS = EnumSet.of(MarkupTag.B, MarkupTag.I, MarkupTag.BR,
            MarkupTag.PAGE_NUMBER, MarkupTag.PAGE_COUNT);

    private final MarkupReader reader = new MarkupReader();

    public DocumentTree parse(String markup) {
        MarkupElement root = reader.read(markup);
        if (root.tag != MarkupTag.DOCUMENT) {
            throw root.error("the root element must be <document>, not " + root.describe());
        }
        DocumentInfo info = new DocumentInfo(
                attributeOr(root, "title", ""), attributeOr(root, "author", ""), attributeOr(root, "subject", ""),
                keywords(attributeOr(root, "keywords", "")), attributeOr(root, "lang", "da-DK"));
        List<Inline> header = List.of();
        List<Inline> footer = List.of();
        List<Block> blocks = null;
        for (Node node : root.children) {
            MarkupElement child = elementOrBlank(root, node);
            if (child == null) {
                continue;
            }
            switch (child.tag) {
                case HEADER -> header = inlines(child, RUNNING_TAGS);
                case FOOTER -> footer = inlines(child, RUNNING_TAGS);
                case BODY -> {
                    if (blocks != null) {
                        throw child.error("<document> has more than one <body>");
                    }
                    blocks = blocks(child, BLOCK_TAGS);
                }
                default -> throw notAllowed(child, root);
            }
        }
        if (blocks == null) {
            throw root.error("<document> has no <body>");
        }
        return new DocumentTree(info, header, footer, blocks);
    }

    private List<Block> blocks(MarkupElement parent, Set<MarkupTag> allowed) {
        List<Block> blocks = new ArrayList<>();
        for (Node node : parent.children) {
            MarkupElement child = elementOrBlank(parent, node);
            if (child == null) {
                continue;
            }
            if (!allowed.contains(child.tag)) {
                throw notAllowed(child, parent);
            }
            blocks.add(block(child));
        }
        return blocks;
    }

    private Block block(MarkupElement e) {
        return switch (e.tag) {
            case H1 -> new Block.Heading(1, inlines(e, INLINE_TAGS));
            case H2 -> new Block.Heading(2, inlines(e, INLINE_TAGS));
            case H3 -> new Block.Heading(3, inlines(e, INLINE_TAGS));
            case P -> new Block.Paragraph(role(e), inlines(e, INLINE_TAGS));
            case UL -> list(e, ListKind.BULLET);
            case OL -> list(e, ListKind.NUMBERED);
            case BLOCKQUOTE -> quotation(e);
            case PULL_QUOTE -> new Block.PullQuote(inlines(e, INLINE_TAGS));
            case BOX -> box(e);
            case TABLE -> table(e);
            case FIGURE -> figure(e);
            case DL -> definitions(e);
            case SIGNATURES -> signatures(e);
            case HR -> empty(e, new Block.Rule());
            case PAGE_BREAK -> empty(e, new Block.PageBreak());
            case CONTENTS -> new Block.Contents(inlines(e, INLINE_TAGS));
            case CHART -> chart(e);
            default -> throw e.error(e.describe() + " is not a block");
        };
    }

    private Block.ListBlock list(MarkupElement e, ListKind kind) {
        int start = kind == ListKind.NUMBERED ? intAttribute(e, "start", 1) : 1;
        List<Block.ListItem> items = new ArrayList<>();
        for (Node node : e.children) {
            MarkupElement li = elementOrBlank(e, node);
            if (li == null) {
                continue;
            }
            if (li.tag != MarkupTag.LI) {
                throw notAllowed(li, e);
            }
            items.add(listItem(li));
        }
        if (items.isEmpty()) {
            throw e.error(e.describe() + " has no <li>");
        }
        return new Block.ListBlock(kind, start, items);
    }

    private Block.ListItem listItem(MarkupElement li) {
        List<Node> inlineNodes = new ArrayList<>();
        List<Block.ListBlock> children = new ArrayList<>();
        for (Node node : li.children) {
            if (node instanceof ElementNode(MarkupElement child)
                    && (child.tag == MarkupTag.UL || child.tag == MarkupTag.OL)) {
                children.add(list(child, child.tag == MarkupTag.UL ? ListKind.BULLET : ListKind.NUMBERED));
            } else if (!children.isEmpty() && !isBlank(node)) {
                throw positioned(node, "text after a nested list inside <li> is not allowed");
            } else {
                inlineNodes.add(node);
            }
        }
        return new Block.ListItem(new InlineCollector(INLINE_TAGS).collect(li, inlineNodes), children);
    }

    private Block.Quotation quotation(MarkupElement e) {
        List<Block> paragraphs = new ArrayList<>();
        List<Inline> attribution = List.of();
        boolean cited = false;
        for (Node node : e.children) {
            MarkupElement child = elementOrBlank(e, node);
            if (child == null) {
                continue;
            }
            if (cited) {
                throw child.error("<cite> must be the last element of <blockquote>");
            }
            if (child.tag == MarkupTag.P) {
                paragraphs.add(block(child));
            } else if (child.tag == MarkupTag.CITE) {
                attribution = inlines(child, INLINE_TAGS);
                cited = true;
            } else {
                throw notAllowed(child, e);
            }
        }
        if (paragraphs.isEmpty()) {
            throw e.error("<blockquote> has no <p>");
        }
        return new Block.Quotation(paragraphs, attribution);
    }

    private Block.Box box(MarkupElement e) {
        List<Inline> title = null;
        List<Block> blocks = new ArrayList<>();
        Set<MarkupTag> inner = EnumSet.copyOf(BLOCK_TAGS);
        inner.removeAll(EnumSet.of(MarkupTag.BOX, MarkupTag.PAGE_BREAK, MarkupTag.H1));
        for (Node node : e.children) {
            MarkupElement child = elementOrBlank(e, node);
            if (child == null) {
                continue;
            }
            if (child.tag == MarkupTag.BOX_TITLE) {
                if (title != null || !blocks.isEmpty()) {
                    throw child.error("<box-title> must come once, first in <box>");
                }
                title = inlines(child, INLINE_TAGS);
            } else if (inner.contains(child.tag)) {
                blocks.add(block(child));
            } else {
                throw notAllowed(child, e);
            }
        }
        if (title == null) {
            throw e.error("<box> needs a <box-title>");
        }
        return new Block.Box(title, blocks);
    }

    private Block.Table table(MarkupElement e) {
        List<Block.TableRow> rows = new ArrayList<>();
        int headerRows = 0;
        boolean inHeader = true;
        for (Node node : e.children) {
            MarkupElement tr = elementOrBlank(e, node);
            if (tr == null) {
                continue;
            }
            if (tr.tag != MarkupTag.TR) {
                throw notAllowed(tr, e);
            }
            List<Block.TableCell> cells = new ArrayList<>();
            boolean allHeader = true;
            for (Node cellNode : tr.children) {
                MarkupElement cell = elementOrBlank(tr, cellNode);
                if (cell == null) {
                    continue;
                }
                if (cell.tag != MarkupTag.TH && cell.tag != MarkupTag.TD) {
                    throw notAllowed(cell, tr);
                }
                allHeader &= cell.tag == MarkupTag.TH;
                cells.add(new Block.TableCell(inlines(cell, INLINE_TAGS)));
            }
            if (cells.isEmpty()) {
                throw tr.error("<tr> has no cells");
            }
            if (inHeader && allHeader) {
                headerRows++;
            } else {
                inHeader = false;
            }
            rows.add(new Block.TableRow(cells));
        }
        if (rows.isEmpty()) {
            throw e.error("<table> has no <tr>");
        }
        List<Integer> weights = weights(e);
        Block.Table table = new Block.Table(rows, headerRows, weights);
        if (!weights.isEmpty() && weights.size() != table.columnCount()) {
            throw e.error("weights gives " + weights.size() + " columns, the table has " + table.columnCount());
        }
        return table;
    }

    private Block.Figure figure(MarkupElement e) {
        MarkupElement img = null;
        List<Inline> caption = List.of();
        for (Node node : e.children) {
            MarkupElement child = elementOrBlank(e, node);
            if (child == null) {
                continue;
            }
            if (child.tag == MarkupTag.IMG && img == null) {
                img = child;
            } else if (child.tag == MarkupTag.FIGCAPTION && img != null) {
                caption = inlines(child, INLINE_TAGS);
            } else {
                throw notAllowed(child, e);
            }
        }
        if (img == null) {
            throw e.error("<figure> needs an <img>");
        }
        String alt = img.attribute("alt");
        if (alt == null || alt.isBlank()) {
            throw img.error("<img> needs an alt attribute with text (screen readers read it; PDF/UA requires it)");
        }
        Image image = dataUriImage(img);
        double width = doubleAttribute(e, "width", 1.0);
        if (!(width > 0 && width <= 1)) {
            throw e.error("width must be greater than 0 and at most 1, was " + width);
        }
        Alignment alignment = enumAttribute(e, "align", Alignment.class, Alignment.CENTER);
        return new Block.Figure(image, alt.strip(), caption, width, alignment);
    }

    private Block.DefinitionList definitions(MarkupElement e) {
        List<Block.Definition> entries = new ArrayList<>();
        List<Inline> term = null;
        for (Node node : e.children) {
            MarkupElement child = elementOrBlank(e, node);
            if (child == null) {
                continue;
            }
            if (child.tag == MarkupTag.DT && term == null) {
                term = inlines(child, INLINE_TAGS);
            } else if (child.tag == MarkupTag.DD && term != null) {
                entries.add(new Block.Definition(term, inlines(child, INLINE_TAGS)));
                term = null;
            } else {
                throw child.error(child.describe() + " out of order: <dl> holds <dt><dd> pairs");
            }
        }
        if (term != null) {
            throw e.error("<dl> ends with a <dt> that has no <dd>");
        }
        return new Block.DefinitionList(entries);
    }

    private Block.Signatures signatures(MarkupElement e) {
        SignatureLayout layout = enumAttribute(e, "layout", SignatureLayout.class, SignatureLayout.SIDE_BY_SIDE);
        List<Block.Signature> signatures = new ArrayList<>();
        for (Node node : e.children) {
            MarkupElement sig = elementOrBlank(e, node);
            if (sig == null) {
                continue;
            }
            if (sig.tag != MarkupTag.SIGNATURE) {
                throw notAllowed(sig, e);
            }
            List<Inline> name = null;
            List<Inline> role = List.of();
            for (Node part : sig.children) {
                MarkupElement child = elementOrBlank(sig, part);
                if (child == null) {
                    continue;
                }
                if (child.tag == MarkupTag.NAME && name == null) {
                    name = inlines(child, INLINE_TAGS);
                } else if (child.tag == MarkupTag.ROLE && name != null) {
                    role = inlines(child, INLINE_TAGS);
                } else {
                    throw child.error(child.describe() + " out of order: <signature> holds <name> and an optional <role>");
                }
            }
            if (name == null) {
                throw sig.error("<signature> needs a <name>");
            }
            signatures.add(new Block.Signature(name, role));
        }
        return new Block.Signatures(layout, signatures);
    }

    private Block.Chart chart(MarkupElement e) {
        List<String> categories = new ArrayList<>();
        List<Block.ChartSeries> series = new ArrayList<>();
        for (Node node : e.children) {
            MarkupElement child = elementOrBlank(e, node);
            if (child == null) {
                continue;
            }
            if (child.tag == MarkupTag.CATEGORY && series.isEmpty()) {
                categories.add(plainText(child));
            } else if (child.tag == MarkupTag.SERIES) {
                String name = child.attribute("name");
                if (name == null) {
                    throw child.error("<series> needs a name attribute");
                }
                String counts = plainText(child).strip();
                List<Integer> values = new ArrayList<>();
                for (String part : counts.isEmpty() ? new String[0] : counts.split("\\s+")) {
                    try {
                        int value = Integer.parseInt(part);
                        if (value < 0) {
                            throw new NumberFormatException();
                        }
                        values.add(value);
                    } catch (NumberFormatException ex) {
                        throw child.error("<series> holds counts of 0 or more, got " + quote(part));
                    }
                }
                if (values.size() != categories.size()) {
                    throw child.error("<series name=" + quote(name) + "> has " + values.size() + " counts for "
                            + categories.size() + " categories");
                }
                series.add(new Block.ChartSeries(name.strip(), values));
            } else {
                throw child.error(child.describe() + " out of order: <chart> holds <category> elements, then <series>");
            }
        }
        String alt = e.attribute("alt");
        if (alt == null || alt.isBlank()) {
            throw e.error("<chart> needs an alt attribute");
        }
        return new Block.Chart(attributeOr(e, "title", ""), categories, series, alt.strip());
    }

    private static String plainText(MarkupElement e) {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : inlines(e, EnumSet.noneOf(MarkupTag.class))) {
            if (inline instanceof Inline.Text t) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    private static <T extends Block> T empty(MarkupElement e, T block) {
        for (Node node : e.children) {
            if (!isBlank(node)) {
                throw e.error(e.describe() + " must be empty");
            }
        }
        return block;
    }

    private static List<Inline> inlines(MarkupElement e, Set<MarkupTag> allowed) {
        return new InlineCollector(allowed).collect(e, e.children);
    }

    private static ParagraphRole role(MarkupElement e) {
        String value = e.attribute("class");
        if (value == null || value.equals("body")) {
            return ParagraphRole.BODY;
        }
        try {
            return ParagraphRole.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw e.error("unknown paragraph class " + quote(value) + "; use one of "
                    + Arrays.stream(ParagraphRole.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static Image dataUriImage(MarkupElement img) {
        String src = img.attribute("src");
        if (src == null) {
            throw img.error("<img> needs a src attribute");
        }
        int comma = src.indexOf(',');
        if (!src.startsWith("data:image/") || comma < 0 || !src.substring(0, comma).endsWith(";base64")) {
            throw img.error("<img src> must be a data:image/...;base64, URI");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(src.substring(comma + 1));
        } catch (IllegalArgumentException ex) {
            throw img.error("<img src> is not valid base64");
        }
        try {
            return Image.of(bytes, "image at markup line " + img.line);
        } catch (HoeringssvarException ex) {
            throw new MarkupException(ex.getMessage(), img.line, img.column, ex);
        }
    }

    private static List<Integer> weights(MarkupElement e) {
        String value = e.attribute("weights");
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<Integer> weights = new ArrayList<>();
        for (String part : value.trim().split("\\s+")) {
            try {
                int w = Integer.parseInt(part);
                if (w <= 0) {
                    throw new NumberFormatException();
                }
                weights.add(w);
            } catch (NumberFormatException ex) {
                throw e.error("weights must be positive whole numbers, got " + quote(value));
            }
        }
        return weights;
    }

    private static int intAttribute(MarkupElement e, String name, int fallback) {
        String value = e.attribute(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException ex) {
            throw e.error(name + " must be a whole number of 0 or more, got " + quote(value));
        }
    }

    private static double doubleAttribute(MarkupElement e, String name, double fallback) {
        String value = e.attribute(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException ex) {
            throw e.error(name + " must be a number, got " + quote(value));
        }
    }

    private static <E extends Enum<E>> E enumAttribute(MarkupElement e, String name, Class<E> type, E fallback) {
        String value = e.attribute(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException ex) {
            throw e.error("unknown " + name + " " + quote(value));
        }
    }

    /** A value from the markup, quoted for an error message and cut short: the input may be hostile and huge. */
    private static String quote(String value) {
        return "'" + StringUtils.abbreviate(value, 60) + "'";
    }

    private static String attributeOr(MarkupElement e, String name, String fallback) {
        String value = e.attribute(name);
        return value == null ? fallback : value.strip();
    }

    private static List<String> keywords(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The child element, or null for whitespace; any other text is an error. */
    private static MarkupElement elementOrBlank(MarkupElement parent, Node node) {
        return switch (node) {
            case ElementNode(MarkupElement element) -> element;
            case TextNode text -> {
                if (!text.text().isBlank()) {
                    throw new MarkupException("text is not allowed directly inside " + parent.describe(),
                            text.line(), text.column());
                }
                yield null;
            }
        };
    }

    private static boolean isBlank(Node node) {
        return node instanceof TextNode t && t.text().isBlank();
    }

    private static MarkupException positioned(Node node, String message) {
        return switch (node) {
            case ElementNode(MarkupElement element) -> element.error(message);
            case TextNode t -> new MarkupException(message, t.line(), t.column());
        };
    }

    private static MarkupException notAllowed(MarkupElement child, MarkupElement parent) {
        return child.error(child.describe() + " is not allowed inside " + parent.describe());
    }
}
