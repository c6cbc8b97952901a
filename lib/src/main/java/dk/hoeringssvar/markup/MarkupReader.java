package dk.hoeringssvar.markup;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads markup text into {@link MarkupElement}s with the JDK's StAX parser, hardened: no DTD, no
 * external entities, only the five predefined entities. Unknown elements are errors.
 */
final class MarkupReader {

    /** Deeper nesting than any template needs; the same limit on every JDK (newer ones cap it at 100 too). */
    static final int MAX_DEPTH = 64;

    /**
     * One factory per thread: StAX does not promise that a factory makes readers safely on several threads
     * at once, and statements are read on several layout threads.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORIES = ThreadLocal.withInitial(MarkupReader::factory);

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    MarkupElement read(String markup) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORIES.get().createXMLStreamReader(new StringReader(markup));
            Deque<MarkupElement> open = new ArrayDeque<>();
            MarkupElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                Location at = reader.getLocation();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw new MarkupException("elements are nested deeper than " + MAX_DEPTH + " levels",
                                    at.getLineNumber(), at.getColumnNumber());
                        }
                        String name = reader.getLocalName();
                        MarkupTag tag = MarkupTag.byName(name).orElseThrow(() ->
                                new MarkupException("unknown element <" + name + ">", at.getLineNumber(),
                                        at.getColumnNumber()));
                        int attributeCount = reader.getAttributeCount();
                        Map<String, String> attributes = attributeCount == 0 ? Map.of() : new LinkedHashMap<>();
                        for (int i = 0; i < attributeCount; i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        MarkupElement element = new MarkupElement(tag, attributes, at.getLineNumber(),
                                at.getColumnNumber());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(new MarkupElement.ElementNode(element));
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().children.add(new MarkupElement.TextNode(reader.getText(),
                                    at.getLineNumber(), at.getColumnNumber()));
                        }
                    }
                    case XMLStreamConstants.DTD -> throw new MarkupException("a DOCTYPE is not allowed",
                            at.getLineNumber(), at.getColumnNumber());
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new MarkupException(
                            "entity &" + reader.getLocalName() + "; is not allowed", at.getLineNumber(),
                            at.getColumnNumber());
                    default -> {
                        // comments, processing instructions, document start/end carry nothing
                    }
                }
            }
            if (root == null) {
                throw new MarkupException("no root element", 1, 1);
            }
            return root;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            int line = at == null ? 0 : at.getLineNumber();
            int column = at == null ? 0 : at.getColumnNumber();
            throw new MarkupException("not well-formed: " + cleanMessage(e.getMessage()), line, column, e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held open: the source is a string
                }
            }
        }
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "";
        }
        int idx = message.indexOf("Message: ");
        return (idx >= 0 ? message.substring(idx + 9) : message).strip();
    }
}
