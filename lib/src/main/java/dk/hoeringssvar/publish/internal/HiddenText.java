package dk.hoeringssvar.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;

/**
 * Finds text that a page paints but the text stripper never reads: text inside a tiling pattern's cell or
 * inside a soft mask's group. Such text can be seen (through the pattern) or carry a string in the file, and
 * cannot be searched, so a page that has any is not cleaned.
 */
final class HiddenText {

    private static final int MAX_DEPTH = 16;

    private HiddenText() {
    }

    /** Whether a pattern or soft mask reachable from {@code resources} shows text. */
    static boolean in(COSDictionary resources) throws IOException {
        return in(resources, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean in(COSDictionary resources, int depth, Set<COSStream> seen) throws IOException {
        if (resources.getDictionaryObject(COSName.PATTERN) instanceof COSDictionary patterns) {
            for (COSName name : patterns.keySet()) {
                if (patterns.getDictionaryObject(name) instanceof COSStream tiling
                        && showsText(tiling, depth, seen)) {
                    return true;
                }
            }
        }
        if (resources.getDictionaryObject(COSName.EXT_G_STATE) instanceof COSDictionary states) {
            for (COSName name : states.keySet()) {
                if (states.getDictionaryObject(name) instanceof COSDictionary state
                        && state.getDictionaryObject(COSName.SMASK) instanceof COSDictionary mask
                        && mask.getDictionaryObject(COSName.G) instanceof COSStream group
                        && showsText(group, depth, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the stream, a form it draws, or a pattern or soft mask it uses shows text. */
    private static boolean showsText(COSStream stream, int depth, Set<COSStream> seen) throws IOException {
        if (depth > MAX_DEPTH || !seen.add(stream)) {
            return false;
        }
        byte[] bytes;
        try (InputStream in = stream.createInputStream()) {
            bytes = in.readAllBytes();
        }
        PDFStreamParser parser = new PDFStreamParser(bytes);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator operator && ContentRewriter.showsText(operator.getName())) {
                return true;
            }
        }
        if (!(stream.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary resources)) {
            return false;
        }
        if (resources.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects) {
            for (COSName name : xobjects.keySet()) {
                COSBase xobject = xobjects.getDictionaryObject(name);
                if (xobject instanceof COSStream form && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))
                        && showsText(form, depth + 1, seen)) {
                    return true;
                }
            }
        }
        return in(resources, depth + 1, seen);
    }
}
