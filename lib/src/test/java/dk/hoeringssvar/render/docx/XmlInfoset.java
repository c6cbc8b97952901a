package dk.hoeringssvar.render.docx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * XML as its information: elements and attributes by namespace URI and local name, attribute values
 * and text, in document order. Which prefixes are used and where namespaces are declared is left out,
 * so two serialisations of the same XML compare equal.
 */
final class XmlInfoset {

    private XmlInfoset() {
    }

    static String of(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        StringBuilder out = new StringBuilder();
        write(root, out);
        return out.toString();
    }

    private static void write(Node node, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                out.append('<').append(name(node));
                NamedNodeMap attributes = node.getAttributes();
                List<String> written = new ArrayList<>();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr attr = (Attr) attributes.item(i);
                    if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())) {
                        written.add(name(attr) + "=\"" + attr.getValue() + "\"");
                    }
                }
                written.stream().sorted().forEach(a -> out.append(' ').append(a));
                out.append('>');
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    write(child, out);
                }
                out.append("</>");
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(node.getNodeValue());
            default -> {
            }
        }
    }

    private static String name(Node node) {
        String uri = node.getNamespaceURI();
        String local = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        return uri == null ? local : "{" + uri + "}" + local;
    }
}
