package dk.hoeringssvar.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One parsed element with its position, before it becomes part of the document tree. */
final class MarkupElement {

    /** A child: an element or a run of character data. */
    sealed interface Node permits ElementNode, TextNode {
    }

    record ElementNode(MarkupElement element) implements Node {
    }

    record TextNode(String text, int line, int column) implements Node {
    }

    final MarkupTag tag;
    final Map<String, String> attributes;
    final int line;
    final int column;
    final List<Node> children = new ArrayList<>();

    MarkupElement(MarkupTag tag, Map<String, String> attributes, int line, int column) {
        this.tag = tag;
        this.attributes = attributes;
        this.line = line;
        this.column = column;
    }

    String attribute(String name) {
        return attributes.get(name);
    }

    MarkupException error(String message) {
        return new MarkupException(message, line, column);
    }

    String describe() {
        return "<" + tag.elementName() + ">";
    }
}
