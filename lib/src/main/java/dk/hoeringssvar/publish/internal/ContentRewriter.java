package dk.hoeringssvar.publish.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Writes a page's content anew: glyphs to remove are cut out of their string operands and replaced by the
 * same horizontal displacement in a {@code TJ} array, so every glyph after them stays where it was. Every
 * form XObject the page draws is written anew as well (one copy per distinct set of cuts, shared between
 * uses with the same cuts), and the page and each copy get resources that hold only the XObjects their
 * content draws: a form or image that is named but never drawn does not survive.
 *
 * <p>Marked content loses its property lists ({@code BDC} becomes {@code BMC}, {@code DP} becomes
 * {@code MP}): they can carry {@code /ActualText}, {@code /Alt} and {@code /E} strings, and the structure
 * tree they point into is removed anyway. The page's content is wrapped in {@code q}/{@code Q} (a surplus
 * {@code Q} dropped, a missing one added) so that marks drawn after it start from the default state.
 */
final class ContentRewriter {

    /** The glyphs (by index within the string) to remove from one string operand. */
    record Cut(GlyphStripper.Shown shown, BitSet glyphs) {
    }

    /** Cuts by content stream path, then operator index, then string index within the operator. */
    static final class Cuts {
        private final NavigableMap<String, NavigableMap<Integer, NavigableMap<Integer, Cut>>> byStream =
                new TreeMap<>();

        void add(GlyphStripper.Glyph glyph) {
            GlyphStripper.Shown shown = glyph.shown();
            byStream.computeIfAbsent(shown.stream(), k -> new TreeMap<>())
                    .computeIfAbsent(shown.op(), k -> new TreeMap<>())
                    .computeIfAbsent(shown.string(), k -> new Cut(shown, new BitSet()))
                    .glyphs().set(glyph.index());
        }

        Map<Integer, NavigableMap<Integer, Cut>> in(String stream) {
            return byStream.getOrDefault(stream, new TreeMap<>());
        }

        /** The cuts inside the stream at {@code path} and below, relative to it: equal for equal edits. */
        String signature(String path) {
            StringBuilder b = new StringBuilder();
            for (var stream : byStream.tailMap(path, true).entrySet()) {
                if (!stream.getKey().startsWith(path)) {
                    break;
                }
                for (var op : stream.getValue().entrySet()) {
                    for (var string : op.getValue().entrySet()) {
                        b.append(stream.getKey().substring(path.length())).append('|').append(op.getKey())
                                .append('|').append(string.getKey()).append('|')
                                .append(string.getValue().glyphs()).append(';');
                    }
                }
            }
            return b.toString();
        }
    }

    private static final int MAX_FORM_DEPTH = 16;
    private static final Operator TJ = Operator.getOperator("TJ");
    private static final Set<String> TEXT_SHOWING = Set.of("Tj", "TJ", "'", "\"");
    /** Stream keys not copied to a rewritten form: encoding (rewritten) and anything that can carry text. */
    private static final Set<COSName> FORM_KEYS_DROPPED = Set.of(COSName.LENGTH, COSName.FILTER,
            COSName.DECODE_PARMS, COSName.DL, COSName.F, COSName.F_FILTER, COSName.F_DECODE_PARMS,
            COSName.RESOURCES, COSName.METADATA, COSName.PIECE_INFO, COSName.STRUCT_PARENT,
            COSName.STRUCT_PARENTS, COSName.OC, COSName.getPDFName("OPI"), COSName.getPDFName("Ref"),
            COSName.LAST_MODIFIED, COSName.getPDFName("AF"), COSName.NAME);
    /** Keys removed from image XObjects: everything but the image itself can carry text. */
    private static final Set<COSName> IMAGE_KEYS_DROPPED = Set.of(COSName.METADATA, COSName.PIECE_INFO,
            COSName.STRUCT_PARENT, COSName.OC, COSName.getPDFName("OPI"), COSName.getPDFName("Alternates"),
            COSName.getPDFName("AF"), COSName.NAME, COSName.ID, COSName.getPDFName("Measure"),
            COSName.getPDFName("PtData"));

    private final PDDocument document;
    private final Map<COSStream, Map<String, COSStream>> copies = new IdentityHashMap<>();
    private Cuts cuts;
    private int page;

    ContentRewriter(PDDocument document) {
        this.document = document;
    }

    /** Rewrites page {@code number} (1-based) with {@code cuts}; the page gets one new content stream. */
    void rewrite(PDPage target, int number, Cuts pageCuts) throws IOException, UnsafePdfException {
        this.cuts = pageCuts;
        this.page = number;
        PDResources effective = target.getResources();
        COSDictionary fresh = effective == null ? new COSDictionary() : shallowCopy(effective.getCOSObject());
        byte[] body = rewrite(target, "", effective, fresh, 0, true);
        COSStream content = document.getDocument().createCOSStream();
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
            out.write("q\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(body);
            out.write("\nQ\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        target.getCOSObject().setItem(COSName.CONTENTS, content);
        target.getCOSObject().setItem(COSName.RESOURCES, fresh);
    }

    private byte[] rewrite(PDContentStream stream, String path, PDResources effective, COSDictionary fresh,
                           int depth, boolean isPage) throws IOException, UnsafePdfException {
        COSDictionary oldXObjects = effective == null ? null
                : effective.getCOSObject().getCOSDictionary(COSName.XOBJECT);
        COSDictionary newXObjects = new COSDictionary();
        Map<Integer, NavigableMap<Integer, Cut>> here = cuts.in(path);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ContentStreamWriter out = new ContentStreamWriter(bytes);
        PDFStreamParser parser = new PDFStreamParser(stream);
        List<COSBase> operands = new ArrayList<>();
        int op = -1;
        int saves = 0;
        boolean inText = false;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            op++;
            String name = operator.getName();
            switch (name) {
                case "Tj", "TJ", "'", "\"" -> {
                    Map<Integer, Cut> cut = here.get(op);
                    if (cut == null) {
                        write(out, operands, operator);
                    } else {
                        showCut(out, name, operands, cut);
                    }
                }
                case "Do" -> drawXObject(out, operands, operator, oldXObjects, newXObjects, path + op + "/",
                        effective, depth);
                case "BDC", "DP" -> {
                    COSName tag = !operands.isEmpty() && operands.get(0) instanceof COSName n ? n
                            : COSName.getPDFName("Span");
                    write(out, List.of(tag), Operator.getOperator(name.equals("BDC") ? "BMC" : "MP"));
                }
                case "q" -> {
                    saves++;
                    write(out, operands, operator);
                }
                case "Q" -> {
                    if (saves > 0 || !isPage) {
                        saves--;
                        write(out, operands, operator);
                    }
                }
                case "BT" -> {
                    inText = true;
                    write(out, operands, operator);
                }
                case "ET" -> {
                    inText = false;
                    write(out, operands, operator);
                }
                default -> write(out, operands, operator);
            }
            operands = new ArrayList<>();
        }
        if (isPage) {
            if (inText) {
                out.writeToken(Operator.getOperator("ET"));
            }
            for (; saves > 0; saves--) {
                out.writeToken(Operator.getOperator("Q"));
            }
        }
        if (!here.isEmpty() && here.keySet().stream().mapToInt(o -> o).max().orElseThrow() > op) {
            throw inconsistent();
        }
        if (newXObjects.size() > 0) {
            fresh.setItem(COSName.XOBJECT, newXObjects);
        } else {
            fresh.removeItem(COSName.XOBJECT);
        }
        fresh.removeItem(COSName.PROPERTIES);
        if (HiddenText.in(fresh)) {
            throw new UnsafePdfException(UnsafeReason.onPage(page, "patternText"));
        }
        return bytes.toByteArray();
    }

    private void drawXObject(ContentStreamWriter out, List<COSBase> operands, Operator operator,
                             COSDictionary oldXObjects, COSDictionary newXObjects, String childPath,
                             PDResources effective, int depth) throws IOException, UnsafePdfException {
        if (operands.isEmpty() || !(operands.get(0) instanceof COSName name) || oldXObjects == null
                || !(oldXObjects.getDictionaryObject(name) instanceof COSStream xobject)) {
            return;
        }
        COSStream replacement;
        if (COSName.FORM.equals(xobject.getCOSName(COSName.SUBTYPE))) {
            replacement = formCopy(xobject, childPath, effective, depth + 1);
        } else {
            IMAGE_KEYS_DROPPED.forEach(xobject::removeItem);
            replacement = xobject;
        }
        COSName newName = name;
        for (int k = 1; newXObjects.containsKey(newName) && newXObjects.getDictionaryObject(newName) != replacement;
             k++) {
            newName = COSName.getPDFName(name.getName() + "_" + k);
        }
        newXObjects.setItem(newName, replacement);
        write(out, List.of(newName), operator);
    }

    private COSStream formCopy(COSStream original, String path, PDResources parentEffective, int depth)
            throws IOException, UnsafePdfException {
        if (depth > MAX_FORM_DEPTH) {
            throw new UnsafePdfException(UnsafeReason.onPage(page, "nestedForms"));
        }
        PDFormXObject form = new PDFormXObject(original);
        PDResources own = form.getResources();
        String signature = cuts.signature(path);
        if (own != null) {
            COSStream cached = copies.getOrDefault(original, Map.of()).get(signature);
            if (cached != null) {
                return cached;
            }
        }
        PDResources effective = own != null ? own : parentEffective;
        COSDictionary fresh = effective == null ? new COSDictionary() : shallowCopy(effective.getCOSObject());
        byte[] content = rewrite(form, path, effective, fresh, depth, false);
        COSStream copy = document.getDocument().createCOSStream();
        for (Map.Entry<COSName, COSBase> entry : original.entrySet()) {
            if (!FORM_KEYS_DROPPED.contains(entry.getKey())) {
                copy.setItem(entry.getKey(), entry.getValue());
            }
        }
        copy.setItem(COSName.RESOURCES, fresh);
        try (OutputStream out = copy.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content);
        }
        if (own != null) {
            copies.computeIfAbsent(original, k -> new HashMap<>()).put(signature, copy);
        }
        return copy;
    }

    private void showCut(ContentStreamWriter out, String name, List<COSBase> operands, Map<Integer, Cut> cut)
            throws IOException, UnsafePdfException {
        switch (name) {
            case "Tj" -> write(out, List.of(cutArray(string(operands, 0), cut.get(0))), TJ);
            case "'" -> {
                out.writeToken(Operator.getOperator("T*"));
                write(out, List.of(cutArray(string(operands, 0), cut.get(0))), TJ);
            }
            case "\"" -> {
                if (operands.size() < 3) {
                    throw inconsistent();
                }
                write(out, List.of(operands.get(0)), Operator.getOperator("Tw"));
                write(out, List.of(operands.get(1)), Operator.getOperator("Tc"));
                out.writeToken(Operator.getOperator("T*"));
                write(out, List.of(cutArray(string(operands, 2), cut.get(0))), TJ);
            }
            default -> {
                if (operands.isEmpty() || !(operands.get(0) instanceof COSArray original)) {
                    throw inconsistent();
                }
                COSArray array = new COSArray();
                int index = -1;
                for (COSBase element : original) {
                    if (element instanceof COSString string) {
                        index++;
                        Cut c = cut.get(index);
                        if (c == null) {
                            array.add(string);
                        } else {
                            appendCut(array, string, c);
                        }
                    } else {
                        array.add(element);
                    }
                }
                if (index < cut.keySet().stream().mapToInt(i -> i).max().orElse(-1)) {
                    throw inconsistent();
                }
                write(out, List.of(array), TJ);
            }
        }
    }

    private COSString string(List<COSBase> operands, int index) throws UnsafePdfException {
        if (operands.size() <= index || !(operands.get(index) instanceof COSString string)) {
            throw inconsistent();
        }
        return string;
    }

    private COSArray cutArray(COSString string, Cut cut) throws IOException, UnsafePdfException {
        if (cut == null) {
            throw inconsistent();
        }
        COSArray array = new COSArray();
        appendCut(array, string, cut);
        return array;
    }

    /**
     * Appends the kept runs of {@code string} as strings and each removed run as the number that moves the
     * text position as far as the removed glyphs did: for a glyph, (w0 × Tfs + Tc + Tw) in text space,
     * with Tw only for the single-byte code 32, and a TJ number n moves by −n / 1000 × Tfs.
     */
    private void appendCut(COSArray array, COSString string, Cut cut) throws IOException, UnsafePdfException {
        byte[] bytes = string.getBytes();
        GlyphStripper.Shown shown = cut.shown();
        if (!Arrays.equals(bytes, shown.bytes()) || shown.font() == null || shown.fontSize() == 0) {
            throw inconsistent();
        }
        PDFont font = shown.font();
        InputStream in = new ByteArrayInputStream(bytes);
        int index = 0;
        int position = 0;
        int keptFrom = 0;
        boolean removing = false;
        float advance = 0;
        while (in.available() > 0) {
            int before = in.available();
            int code = font.readCode(in);
            int length = before - in.available();
            if (cut.glyphs().get(index)) {
                if (!removing) {
                    keep(array, bytes, keptFrom, position);
                    removing = true;
                    advance = 0;
                }
                advance += font.getDisplacement(code).getX() * shown.fontSize() + shown.charSpacing()
                        + (length == 1 && code == 32 ? shown.wordSpacing() : 0);
            } else if (removing) {
                array.add(new COSFloat(-advance * 1000 / shown.fontSize()));
                removing = false;
                keptFrom = position;
            }
            position += length;
            index++;
        }
        if (cut.glyphs().length() > index) {
            throw inconsistent();
        }
        if (removing) {
            array.add(new COSFloat(-advance * 1000 / shown.fontSize()));
        } else {
            keep(array, bytes, keptFrom, position);
        }
    }

    private static void keep(COSArray array, byte[] bytes, int from, int to) {
        if (to > from) {
            array.add(new COSString(Arrays.copyOfRange(bytes, from, to)));
        }
    }

    private UnsafePdfException inconsistent() {
        return new UnsafePdfException(UnsafeReason.onPage(page, "inconsistent"));
    }

    private static void write(ContentStreamWriter out, List<COSBase> operands, Operator operator) throws IOException {
        for (COSBase operand : operands) {
            out.writeToken(operand);
        }
        out.writeToken(operator);
    }

    private static COSDictionary shallowCopy(COSDictionary dictionary) {
        COSDictionary copy = new COSDictionary();
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            copy.setItem(entry.getKey(), entry.getValue());
        }
        return copy;
    }

    static boolean showsText(String operator) {
        return TEXT_SHOWING.contains(operator);
    }
}
