package dk.hoeringssvar.render.html;

/** Low-level HTML writing: tags and escaped text into a buffer. Knows nothing of the document tree. */
final class HtmlWriter {

    private final StringBuilder out = new StringBuilder(16_384);

    HtmlWriter raw(String s) {
        out.append(s);
        return this;
    }

    HtmlWriter text(String s) {
        escape(s, false);
        return this;
    }

    HtmlWriter open(String tag) {
        out.append('<').append(tag).append('>');
        return this;
    }

    /** Opens a tag with one attribute. */
    HtmlWriter open(String tag, String attribute, String value) {
        out.append('<').append(tag).append(' ').append(attribute).append("=\"");
        escape(value, true);
        out.append("\">");
        return this;
    }

    HtmlWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    HtmlWriter attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    HtmlWriter newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> out.append(c);
            }
        }
    }
}
