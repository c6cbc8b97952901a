package dk.hoeringssvar.markup;

import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.markup.MarkupElement.ElementNode;
import dk.hoeringssvar.markup.MarkupElement.Node;
import dk.hoeringssvar.markup.MarkupElement.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the mixed content of a text element into inlines: whitespace runs collapse to one space,
 * space at the start and end of the block and around line breaks is dropped, and neighbouring runs of
 * the same style merge.
 */
final class InlineCollector {

    private final Set<MarkupTag> allowed;
    private final List<Inline> out = new ArrayList<>();

    InlineCollector(Set<MarkupTag> allowed) {
        this.allowed = allowed;
    }

    List<Inline> collect(MarkupElement owner, List<Node> nodes) {
        walk(owner, nodes, false, false);
        trim();
        return List.copyOf(out);
    }

    private void walk(MarkupElement owner, List<Node> nodes, boolean bold, boolean italic) {
        for (Node node : nodes) {
            switch (node) {
                case TextNode t -> text(collapse(t.text()), bold, italic);
                case ElementNode(MarkupElement e) -> {
                    if (!allowed.contains(e.tag)) {
                        throw e.error(e.describe() + " is not allowed inside " + owner.describe());
                    }
                    switch (e.tag) {
                        case B -> walk(e, e.children, true, italic);
                        case I -> walk(e, e.children, bold, true);
                        case BR -> {
                            mustBeEmpty(e);
                            stripTrailingSpace();
                            out.add(new Inline.LineBreak());
                        }
                        case PAGE_NUMBER -> {
                            mustBeEmpty(e);
                            out.add(new Inline.PageNumber());
                        }
                        case PAGE_COUNT -> {
                            mustBeEmpty(e);
                            out.add(new Inline.PageCount());
                        }
                        default -> throw e.error(e.describe() + " is not allowed inside " + owner.describe());
                    }
                }
            }
        }
    }

    private void text(String text, boolean bold, boolean italic) {
        if (text.isEmpty()) {
            return;
        }
        Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (text.startsWith(" ") && (last == null || last instanceof Inline.LineBreak
                || (last instanceof Inline.Text lt && lt.text().endsWith(" ")))) {
            text = text.substring(1);
            if (text.isEmpty()) {
                return;
            }
        }
        if (last instanceof Inline.Text lt && lt.bold() == bold && lt.italic() == italic) {
            out.set(out.size() - 1, new Inline.Text(lt.text() + text, bold, italic));
        } else {
            out.add(new Inline.Text(text, bold, italic));
        }
    }

    private void stripTrailingSpace() {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text lt && lt.text().endsWith(" ")) {
            String stripped = lt.text().substring(0, lt.text().length() - 1);
            if (stripped.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, new Inline.Text(stripped, lt.bold(), lt.italic()));
            }
        }
    }

    private void trim() {
        stripTrailingSpace();
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.LineBreak) {
            out.remove(out.size() - 1);
        }
    }

    private static void mustBeEmpty(MarkupElement e) {
        for (Node child : e.children) {
            if (!(child instanceof TextNode t && t.text().isEmpty())) {
                throw e.error(e.describe() + " must be empty");
            }
        }
    }

    /** XML whitespace only: a no-break space or other Unicode space in the text is kept as it is. */
    private static String collapse(String text) {
        if (isCollapsed(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    /** True if {@code text} has no XML whitespace but single spaces, the common case, which needs no copy. */
    private static boolean isCollapsed(String text) {
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || (c == ' ' && space)) {
                return false;
            }
            space = c == ' ';
        }
        return true;
    }
}
