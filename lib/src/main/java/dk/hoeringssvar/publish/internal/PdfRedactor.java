package dk.hoeringssvar.publish.internal;

import dk.hoeringssvar.publish.internal.GlyphStripper.Glyph;
import dk.hoeringssvar.publish.internal.GlyphStripper.PageScan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Removes personal data from a received PDF before it is published: the text a {@link Finder} points at is
 * cut out of the page's content streams (not hidden under a box), a dark box with the white word
 * {@value #LABEL} marks where it was, and everything else in the file that can carry text and is not page
 * content is dropped.
 *
 * <h2>What happens to a file</h2>
 * <ol>
 *   <li>Each page's text is extracted the way PDFBox's text stripper sees it (sorted by position; the page's
 *       own content and every form XObject it draws, recursively) and given to the finder. Overlapping
 *       matches are merged; the merged span keeps the rule of the match that starts first.</li>
 *   <li>Each matched character is traced to the glyph that showed it: content stream, {@code Tj}/{@code TJ}/
 *       {@code '}/{@code "} operator, string operand, glyph; any font encoding (simple fonts, Type0 with any
 *       CMap), text split over several operators. A glyph drawn again on top of a removed one with the same
 *       text (fake bold, an OCR layer over real text) is removed too.</li>
 *   <li>The operator is rewritten as a {@code TJ} array in which the removed glyphs are replaced by the number
 *       that moves the text position as far as they did, so all following glyphs stay in place. A form
 *       XObject with cuts is copied for the uses that need those cuts; the original is dropped from the
 *       page's resources (see {@link ContentRewriter}).</li>
 *   <li>Over each line's run of removed glyphs a filled box is drawn with {@value #LABEL} in Liberation Sans
 *       (embedded), sized to fit, or a plain box when the label would be smaller than
 *       {@value #MIN_LABEL_SIZE} pt. The mark contains no trace of the removed text.</li>
 *   <li>Everything the publication does not need is removed: see {@link DocumentScrubber} and
 *       {@link ContentRewriter} (document information and XMP metadata, annotations and form fields, outline,
 *       embedded files, JavaScript and actions, structure tree and marked-content properties such as
 *       {@code /ActualText}, piece info, thumbnails, unused XObjects, optional-content properties).</li>
 *   <li>The file is saved with a file ID derived from the input, so the same input gives the same bytes.</li>
 *   <li>The saved file is read again and checked: no page's text may give a match, and each page's text must
 *       equal the original text without the removed glyphs (ignoring white space and the labels). This check
 *       stays even where the rewrite is right: it is what makes the answer safe.</li>
 * </ol>
 *
 * <h2>When a file is {@link Outcome.Unsafe}</h2>
 * <ul>
 *   <li>it is encrypted (even with an empty user password), damaged, or has no pages;</li>
 *   <li>a page draws an image but has no text (a scan: nothing can be found in it), or most of its text is
 *       invisible and it draws an image (a scan with an OCR layer: the data is in the pixels too);</li>
 *   <li>a page shows a glyph whose font maps it to no Unicode text (the finder cannot see it, so a page that
 *       has any is not trusted);</li>
 *   <li>a page draws content in an optional-content group that is switched off (hidden text could not be
 *       judged by a reader), or paints with a tiling pattern or soft mask that contains text (the stripper
 *       does not read it);</li>
 *   <li>matched text is in a Type 3 font, in vertical writing, at font size zero, or drawn invisible or as a
 *       clipping path (an OCR layer over an image: removing the text would leave the image);</li>
 *   <li>the rewrite finds the content not as the scan saw it, form XObjects nest too deeply, or the check
 *       after cleaning fails ("a match remained after cleaning on page N", or other text changed).</li>
 * </ul>
 * Not detected: text drawn as vector outlines or inside images on a page that also has real text, and a
 * wrong but present Unicode mapping. Inline images are kept as they are.
 *
 * <p>An instance holds only the finder and the label font's bytes: it is immutable and thread-safe if the
 * finder is.
 */
public final class PdfRedactor {

    /** Finds what to remove in a page's extracted text. */
    @FunctionalInterface
    public interface Finder {
        List<Match> find(String text);
    }

    /** A span [start, end) of the text given to the finder, and the name of the rule that found it (e.g. "cpr"). */
    public record Match(int start, int end, String rule) {
        public Match {
            if (start < 0) {
                throw new IllegalArgumentException("Match.start: must not be negative, was " + start);
            }
            if (end <= start) {
                throw new IllegalArgumentException("Match.end: must be after start " + start + ", was " + end);
            }
            if (rule == null || rule.isBlank()) {
                throw new IllegalArgumentException("Match.rule: must not be blank");
            }
        }
    }

    /** What was removed: 1-based page, rule name, the removed text as extracted. */
    public record Removal(int page, String rule, String text) {
        public Removal {
            if (page < 1) {
                throw new IllegalArgumentException("Removal.page: must be 1 or more, was " + page);
            }
            Objects.requireNonNull(rule, "Removal.rule");
            Objects.requireNonNull(text, "Removal.text");
        }
    }

    /** The result of {@link #redact(byte[])}. */
    public sealed interface Outcome {
        /** The cleaned file (may be the same bytes if nothing was found and nothing needed stripping) and what was removed. */
        record Cleaned(byte[] pdf, List<Removal> removals) implements Outcome {
            public Cleaned {
                pdf = Objects.requireNonNull(pdf, "Cleaned.pdf").clone();
                removals = List.copyOf(removals);
            }

            @Override
            public byte[] pdf() {
                return pdf.clone();
            }
        }

        /** The file cannot be cleaned safely, and why (no file name; the caller adds it). */
        record Unsafe(UnsafeReason why) implements Outcome {
            public Unsafe {
                Objects.requireNonNull(why, "Unsafe.why");
            }

            /** The reason in English. */
            public String reason() {
                return why.english();
            }
        }
    }

    /** The word drawn in each mark. */
    public static final String LABEL = "[fjernet]";
    static final float MIN_LABEL_SIZE = 4f;
    private static final String LABEL_FONT = "/liberation/LiberationSans-Regular.ttf";

    private final Finder finder;
    private final String label;
    private final byte[] labelFont = LabelFont.BYTES;

    /** Marks with {@value #LABEL}. */
    public PdfRedactor(Finder finder) {
        this(finder, LABEL);
    }

    /** Marks with {@code label} (the policy's mark, "[removed]" in English). */
    public PdfRedactor(Finder finder, String label) {
        this.finder = Objects.requireNonNull(finder, "finder");
        this.label = Objects.requireNonNull(label, "label");
    }

    /** The mark's font, read once. */
    private static final class LabelFont {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = PdfRedactor.class.getResourceAsStream(LABEL_FONT)) {
                if (in == null) {
                    throw new IllegalStateException("font resource " + LABEL_FONT
                            + " is missing (is openpdf-fonts-extra on the classpath?)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font resource " + LABEL_FONT, e);
            }
        }
    }

    /** Thread-safe; never throws for a bad PDF: a damaged/encrypted file is Unsafe with the reason. */
    public Outcome redact(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        try {
            return clean(pdf);
        } catch (UnsafePdfException e) {
            return new Outcome.Unsafe(e.reason());
        } catch (FinderFailure e) {
            throw e.getCause();
        }
    }

    /** One page's plan: what to cut, where to mark, and the text expected after cleaning. */
    private record Plan(ContentRewriter.Cuts cuts, List<float[]> marks, String expected, List<Removal> removals) {
    }

    private Outcome clean(byte[] pdf) throws UnsafePdfException {
        List<Plan> plans = new ArrayList<>();
        byte[] cleaned;
        try (PDDocument document = open(pdf)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new UnsafePdfException(UnsafeReason.of("noPages"));
            }
            GlyphStripper stripper = new GlyphStripper(document);
            for (int n = 1; n <= pages; n++) {
                plans.add(plan(n, stripper.scan(n)));
            }
            ContentRewriter rewriter = new ContentRewriter(document);
            PDFont font = null;
            for (int n = 1; n <= pages; n++) {
                PDPage page = document.getPage(n - 1);
                Plan plan = plans.get(n - 1);
                rewriter.rewrite(page, n, plan.cuts());
                if (!plan.marks().isEmpty()) {
                    font = font != null ? font : PDType0Font.load(document, new ByteArrayInputStream(labelFont));
                    drawMarks(document, page, plan.marks(), font);
                }
            }
            DocumentScrubber.scrub(document, pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            cleaned = out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof FinderFailure f) {
                throw f;
            }
            throw new UnsafePdfException(UnsafeReason.of("damaged", detail(e)));
        }
        verify(cleaned, plans);
        return new Outcome.Cleaned(cleaned, plans.stream().flatMap(p -> p.removals().stream()).toList());
    }

    private static PDDocument open(byte[] pdf) throws UnsafePdfException {
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnsafePdfException(UnsafeReason.of("encrypted"));
        } catch (IOException | RuntimeException e) {
            throw new UnsafePdfException(UnsafeReason.of("unreadable"));
        }
        if (document.isEncrypted()) {
            try {
                document.close();
            } catch (IOException ignored) {
                // nothing was written
            }
            throw new UnsafePdfException(UnsafeReason.of("encrypted"));
        }
        return document;
    }

    private Plan plan(int page, PageScan scan) throws UnsafePdfException {
        List<Glyph> glyphs = scan.glyphs();
        String text = scan.text();
        if (scan.hiddenLayers()) {
            throw unsafe(page, "hiddenLayer");
        }
        if (glyphs.stream().anyMatch(g -> g.unicode() == null)) {
            throw unsafe(page, "noUnicode");
        }
        if (scan.imagesDrawn() > 0 && text.isBlank()) {
            throw unsafe(page, "noTextLayer");
        }
        long invisible = glyphs.stream().filter(g -> isInvisible(g.shown().mode())).count();
        if (scan.imagesDrawn() > 0 && invisible * 2 > glyphs.size()) {
            throw unsafe(page, "ocrScan");
        }
        ContentRewriter.Cuts cuts = new ContentRewriter.Cuts();
        List<float[]> marks = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        Set<Glyph> removed = new LinkedHashSet<>();
        for (Match match : merged(find(text), text.length())) {
            Set<Glyph> hit = new LinkedHashSet<>();
            for (int i = match.start(); i < match.end(); i++) {
                Glyph glyph = scan.owners().get(i);
                if (glyph != null) {
                    hit.add(glyph);
                }
            }
            if (hit.isEmpty()) {
                continue;
            }
            for (Glyph glyph : hit) {
                checkRemovable(page, glyph);
            }
            removals.add(new Removal(page, match.rule(), text.substring(match.start(), match.end())));
            marks.addAll(lineRuns(hit));
            removed.addAll(hit);
        }
        removed.addAll(twins(glyphs, removed));
        removed.forEach(cuts::add);
        StringBuilder expected = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            Glyph owner = scan.owners().get(i);
            if (owner == null || !removed.contains(owner)) {
                expected.append(text.charAt(i));
            }
        }
        return new Plan(cuts, marks, expected.toString(), removals);
    }

    private static void checkRemovable(int page, Glyph glyph) throws UnsafePdfException {
        var shown = glyph.shown();
        if (shown.font() == null) {
            throw unsafe(page, "noFont");
        }
        if (shown.font() instanceof PDType3Font) {
            throw unsafe(page, "type3");
        }
        if (glyph.vertical()) {
            throw unsafe(page, "vertical");
        }
        if (shown.fontSize() == 0) {
            throw unsafe(page, "sizeZero");
        }
        if (isInvisible(shown.mode()) || shown.mode().isClip()) {
            throw unsafe(page, "invisible");
        }
    }

    private static boolean isInvisible(RenderingMode mode) {
        return mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP;
    }

    /** Glyphs with the same text drawn where a removed glyph is (fake bold, a second text layer). */
    private static List<Glyph> twins(List<Glyph> glyphs, Set<Glyph> removed) {
        List<Glyph> twins = new ArrayList<>();
        if (removed.isEmpty()) {
            return twins;
        }
        for (Glyph glyph : glyphs) {
            if (removed.contains(glyph)) {
                continue;
            }
            for (Glyph r : removed) {
                float dx = Math.max(0.5f, 0.3f * (r.maxX() - r.minX()));
                float dy = Math.max(0.5f, 0.3f * r.height());
                if (Objects.equals(glyph.unicode(), r.unicode()) && Math.abs(glyph.minX() - r.minX()) <= dx
                        && Math.abs(glyph.minY() - r.minY()) <= dy) {
                    twins.add(glyph);
                    break;
                }
            }
        }
        return twins;
    }

    /** The boxes of a match's glyphs, one per run on a line, as {minX, minY, maxX, maxY}. */
    private static List<float[]> lineRuns(Set<Glyph> glyphs) {
        List<float[]> runs = new ArrayList<>();
        float[] run = null;
        for (Glyph g : glyphs) {
            float centre = (g.minY() + g.maxY()) / 2;
            float height = run == null ? 0 : run[3] - run[1];
            if (run != null && centre >= run[1] && centre <= run[3] && g.minX() >= run[0] - height / 2
                    && g.minX() - run[2] <= 2 * height) {
                run[0] = Math.min(run[0], g.minX());
                run[1] = Math.min(run[1], g.minY());
                run[2] = Math.max(run[2], g.maxX());
                run[3] = Math.max(run[3], g.maxY());
            } else {
                run = new float[] {g.minX(), g.minY(), g.maxX(), g.maxY()};
                runs.add(run);
            }
        }
        return runs;
    }

    private void drawMarks(PDDocument document, PDPage page, List<float[]> marks, PDFont font)
            throws IOException {
        float unit = font.getStringWidth(label) / 1000f;
        try (PDPageContentStream out = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, false)) {
            for (float[] box : marks) {
                float width = box[2] - box[0];
                float height = box[3] - box[1];
                out.setNonStrokingColor(0.1f);
                out.addRect(box[0], box[1], width, height);
                out.fill();
                float size = Math.min(0.7f * height, (width - 0.2f * height) / unit);
                if (size >= MIN_LABEL_SIZE) {
                    out.beginText();
                    out.setNonStrokingColor(1f);
                    out.setFont(font, size);
                    out.newLineAtOffset(box[0] + (width - size * unit) / 2, box[1] + (height - 0.72f * size) / 2);
                    out.showText(label);
                    out.endText();
                }
            }
        }
    }

    private void verify(byte[] cleaned, List<Plan> plans) throws UnsafePdfException {
        try (PDDocument document = Loader.loadPDF(cleaned)) {
            if (document.getNumberOfPages() != plans.size()) {
                throw new UnsafePdfException(UnsafeReason.of("lostPages"));
            }
            GlyphStripper stripper = new GlyphStripper(document);
            for (int n = 1; n <= plans.size(); n++) {
                String text = stripper.scan(n).text();
                if (!find(text).isEmpty()) {
                    throw new UnsafePdfException(UnsafeReason.onPage(n, "matchRemained"));
                }
                if (!squeezed(text).equals(squeezed(plans.get(n - 1).expected()))) {
                    throw new UnsafePdfException(UnsafeReason.onPage(n, "textChanged"));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FinderFailure f) {
                throw f;
            }
            throw new UnsafePdfException(UnsafeReason.of("notReadBack", detail(e)));
        }
    }

    private static String detail(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "" : " (" + e.getMessage().strip() + ")";
    }

    private String squeezed(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.replace(label, "").codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    private List<Match> find(String text) {
        List<Match> found;
        try {
            found = finder.find(text);
        } catch (RuntimeException e) {
            throw new FinderFailure(e);
        }
        if (found == null) {
            throw new FinderFailure(new NullPointerException("finder returned null"));
        }
        for (Match m : found) {
            if (m.end() > text.length()) {
                throw new FinderFailure(new IllegalArgumentException("finder returned the match [" + m.start()
                        + ", " + m.end() + ") beyond the text's length " + text.length()));
            }
        }
        return found;
    }

    /** Overlapping matches merged, in order; the merged match keeps the first one's rule. */
    private static List<Match> merged(List<Match> matches, int length) {
        List<Match> sorted = matches.stream()
                .sorted(Comparator.comparingInt(Match::start).thenComparing(Match::end, Comparator.reverseOrder()))
                .toList();
        List<Match> merged = new ArrayList<>();
        for (Match m : sorted) {
            Match last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m.start() < last.end()) {
                merged.set(merged.size() - 1,
                        new Match(last.start(), Math.min(length, Math.max(last.end(), m.end())), last.rule()));
            } else {
                merged.add(m);
            }
        }
        return merged;
    }

    private static UnsafePdfException unsafe(int page, String key) {
        return new UnsafePdfException(UnsafeReason.onPage(page, key));
    }

    /** Carries the finder's own exception past the handlers that turn PDF trouble into Unsafe. */
    private static final class FinderFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FinderFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
