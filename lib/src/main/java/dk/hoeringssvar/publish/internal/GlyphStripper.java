package dk.hoeringssvar.publish.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentMembershipDictionary;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A page's text as PDFBox's text stripper sees it (sorted by position), with, for every character, the glyph
 * of the content stream it came from. A glyph is named by its content stream (the page, or a form XObject
 * reached by a chain of {@code Do} operators), the operator's index in that stream, the string operand's
 * index within the operator and the glyph's index within the string: exactly what the rewrite needs.
 *
 * <p>{@code /ActualText} is ignored: the text is that of the glyphs. Operators are counted the way {@link org.apache.pdfbox.contentstream.PDFStreamEngine} parses them;
 * operators that PDFBox runs on its own behalf ({@code '} runs {@code T*} and {@code Tj}) are not counted.
 * One instance per document and thread.
 */
final class GlyphStripper extends PDFTextStripper {

    /** One string operand of a text-showing operator, with the text state it was shown in. */
    record Shown(String stream, int op, int string, byte[] bytes, PDFont font, float fontSize, float charSpacing,
                 float wordSpacing, RenderingMode mode) {
    }

    /** One glyph shown; {@code unicode} is null where the font maps the code to no text. */
    record Glyph(Shown shown, int index, int code, String unicode, boolean vertical, float minX, float minY,
                 float maxX, float maxY) {

        float height() {
            return maxY - minY;
        }
    }

    /**
     * The scan of one page.
     *
     * @param owners       for each character of {@code text}, its glyph, or null for separators
     * @param glyphs       every glyph shown, in content order, including those the stripper left out of the
     *                     text as duplicates of overlapping glyphs (fake bold)
     * @param imagesDrawn  image XObjects drawn on the page, in forms too
     * @param hiddenLayers whether content in an optional-content group switched off is drawn
     */
    record PageScan(String text, List<Glyph> owners, List<Glyph> glyphs, int imagesDrawn, boolean hiddenLayers) {
    }

    private static final class Frame {
        final String path;
        int op = -1;
        int string = -1;
        boolean inOperator;

        Frame(String path) {
            this.path = path;
        }
    }

    private final PDDocument document;
    private final PDOptionalContentProperties layers;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Map<TextPosition, Glyph> byPosition = new IdentityHashMap<>();
    private List<Glyph> glyphs;
    private List<Glyph> owners;
    private StringWriter sink;
    private Shown shown;
    private int glyphInString;
    private Glyph current;
    private int images;
    private boolean hidden;

    GlyphStripper(PDDocument document) throws IOException {
        this.document = document;
        this.layers = document.getDocumentCatalog().getOCProperties();
        setSortByPosition(true);
        setShouldSeparateByBeads(false);
        setLineSeparator("\n");
        setWordSeparator(" ");
        setParagraphStart("");
        setParagraphEnd("");
        setPageStart("");
        setPageEnd("\n");
    }

    /** Scans page {@code number} (1-based). */
    PageScan scan(int number) throws IOException {
        frames.clear();
        frames.push(new Frame(""));
        byPosition.clear();
        glyphs = new ArrayList<>();
        owners = new ArrayList<>();
        sink = new StringWriter();
        images = 0;
        hidden = false;
        setStartPage(number);
        setEndPage(number);
        writeText(document, sink);
        String text = sink.toString();
        while (owners.size() < text.length()) {
            owners.add(null);
        }
        return new PageScan(text, owners, glyphs, images, hidden);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        Frame frame = frames.peek();
        if (frame.inOperator) {
            super.processOperator(operator, operands);
            return;
        }
        frame.op++;
        frame.string = -1;
        frame.inOperator = true;
        try {
            look(operator.getName(), operands);
            super.processOperator(operator, operands);
        } finally {
            frame.inOperator = false;
        }
    }

    private void look(String name, List<COSBase> operands) throws IOException {
        if (name.equals("Do") && !operands.isEmpty() && operands.get(0) instanceof COSName xname) {
            PDResources resources = getResources();
            if (resources == null) {
                return;
            }
            if (resources.isImageXObject(xname)) {
                images++;
            }
            PDXObject xobject = resources.getXObject(xname);
            if (xobject != null && xobject.getCOSObject().getDictionaryObject(COSName.OC) instanceof COSDictionary oc
                    && isHidden(PDPropertyList.create(oc))) {
                hidden = true;
            }
        } else if (name.equals("BDC") && operands.size() >= 2 && COSName.OC.equals(operands.get(0))) {
            PDPropertyList list = null;
            if (operands.get(1) instanceof COSName pname && getResources() != null) {
                list = getResources().getProperties(pname);
            } else if (operands.get(1) instanceof COSDictionary dict) {
                list = PDPropertyList.create(dict);
            }
            if (list != null && isHidden(list)) {
                hidden = true;
            }
        }
    }

    /** Conservative: a membership dictionary counts as hidden if any of its groups is off. */
    private boolean isHidden(PDPropertyList list) {
        if (layers == null) {
            return false;
        }
        if (list instanceof PDOptionalContentGroup group) {
            return !layers.isGroupEnabled(group);
        }
        if (list instanceof PDOptionalContentMembershipDictionary membership) {
            for (PDPropertyList member : membership.getOCGs()) {
                if (member instanceof PDOptionalContentGroup group && !layers.isGroupEnabled(group)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The stripper would put a marked-content sequence's {@code /ActualText} in place of its glyphs; the
     * finder must see the glyphs, and the rewrite removes every {@code /ActualText} anyway.
     */
    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        super.beginMarkedContentSequence(tag, new COSDictionary());
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        enter(() -> super.showForm(form));
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        enter(() -> super.showTransparencyGroup(form));
    }

    private interface Body {
        void run() throws IOException;
    }

    private void enter(Body body) throws IOException {
        Frame parent = frames.peek();
        frames.push(new Frame(parent.path + parent.op + "/"));
        try {
            body.run();
        } finally {
            frames.pop();
        }
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        Frame frame = frames.peek();
        frame.string++;
        PDTextState state = getGraphicsState().getTextState();
        shown = new Shown(frame.path, frame.op, frame.string, string, state.getFont(), state.getFontSize(),
                state.getCharacterSpacing(), state.getWordSpacing(), state.getRenderingMode());
        glyphInString = -1;
        super.showText(string);
    }

    @Override
    protected void showGlyph(Matrix rendering, PDFont font, int code, Vector displacement) throws IOException {
        glyphInString++;
        Glyph glyph = glyph(rendering, font, code, displacement);
        glyphs.add(glyph);
        current = glyph;
        try {
            super.showGlyph(rendering, font, code, displacement);
        } finally {
            current = null;
        }
    }

    private Glyph glyph(Matrix rendering, PDFont font, int code, Vector displacement) throws IOException {
        float ascent = 0.8f;
        float descent = -0.2f;
        PDFontDescriptor descriptor = font instanceof PDType3Font ? null : font.getFontDescriptor();
        if (descriptor != null) {
            if (descriptor.getAscent() > 0) {
                ascent = Math.clamp(descriptor.getAscent() / 1000f, 0.5f, 1.0f);
            }
            if (descriptor.getDescent() < 0) {
                descent = Math.clamp(descriptor.getDescent() / 1000f, -0.35f, 0f);
            }
        }
        float width = font.isVertical() ? 1f : displacement.getX();
        float[][] corners = {{0, descent}, {width, descent}, {width, ascent}, {0, ascent}};
        float minX = Float.POSITIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        for (float[] c : corners) {
            float x = c[0] * rendering.getScaleX() + c[1] * rendering.getShearX() + rendering.getTranslateX();
            float y = c[0] * rendering.getShearY() + c[1] * rendering.getScaleY() + rendering.getTranslateY();
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return new Glyph(shown, glyphInString, code, font.toUnicode(code), font.isVertical(), minX, minY, maxX, maxY);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (current != null) {
            byPosition.put(text, current);
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        while (owners.size() < sink.getBuffer().length()) {
            owners.add(null);
        }
        for (TextPosition position : positions) {
            String unicode = normalized(position.getUnicode());
            Glyph glyph = byPosition.get(position);
            output.write(unicode);
            for (int i = 0; i < unicode.length(); i++) {
                owners.add(glyph);
            }
        }
    }

    /** Ligatures and presentation forms decomposed, as the text stripper itself does. */
    private static String normalized(String unicode) {
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if ((c >= '\uFB00' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) {
                return Normalizer.normalize(unicode, Normalizer.Form.NFKC);
            }
        }
        return unicode;
    }
}
