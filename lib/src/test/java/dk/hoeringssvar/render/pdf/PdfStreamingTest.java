package dk.hoeringssvar.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.DeferredParts;
import dk.hoeringssvar.document.ReceivedFile;
import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.testing.Bundles;
import dk.hoeringssvar.testing.Statements;
import dk.hoeringssvar.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A compiled document written as it is painted: parts made on demand, laid-out pages kept or laid out
 * again, the bytes the same either way, and a bundle whose items the caller supplies one at a time.
 */
class PdfStreamingTest {

    private static final Instant TIMESTAMP = Instant.parse("2026-03-14T09:26:53Z");
    private static final StyleSheet STYLES = new StyleSheet(Theme.standard());
    private static final DocumentEngine ENGINE = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build();

    private static byte[] render(PdfRenderer renderer, CompiledDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(document, TIMESTAMP, out);
        return out.toByteArray();
    }

    private static PdfRenderer keeping(int retainedPages) {
        return new PdfRenderer(STYLES, true, false, retainedPages, 1);
    }

    private static PdfRenderer layingOutOn(int threads, int retainedPages) {
        return new PdfRenderer(STYLES, true, false, retainedPages, threads);
    }

    /** The sample bundle's parts made by a counting maker. */
    private static CompiledDocument counted(CompiledDocument eager, List<AtomicInteger> calls) {
        for (int i = 0; i < eager.parts().size(); i++) {
            calls.add(new AtomicInteger());
        }
        DeferredParts parts = new DeferredParts(eager.parts().size(), i -> {
            calls.get(i).incrementAndGet();
            return eager.parts().get(i);
        });
        return new CompiledDocument(eager.info(), eager.footer(), eager.frontMatter(), parts, eager.stamp());
    }

    @Test
    void partsLaidOutAgainForPaintingGiveTheSameBytesAsPartsKeptFromPlanning() {
        CompiledDocument bundle = ENGINE.compiledDocument(Bundles.bundle());
        byte[] kept = render(keeping(Integer.MAX_VALUE), bundle);
        byte[] none = render(keeping(0), bundle);
        byte[] some = render(keeping(3), bundle);
        assertThat(none).isEqualTo(kept);
        assertThat(some).isEqualTo(kept);
    }

    @Test
    void partsLaidOutOnSeveralThreadsGiveTheSameBytesAsOnOne() {
        CompiledDocument bundle = ENGINE.compiledDocument(Bundles.bundle());
        assertThat(bundle.parts()).anyMatch(PdfStreamingTest::receivedPdf);
        byte[] one = render(keeping(Integer.MAX_VALUE), bundle);
        for (int threads : new int[] {2, 3, 8}) {
            assertThat(render(layingOutOn(threads, Integer.MAX_VALUE), bundle)).as("%d threads", threads).isEqualTo(one);
            assertThat(render(layingOutOn(threads, 0), bundle)).as("%d threads, laid out again", threads)
                    .isEqualTo(one);
        }
    }

    @Test
    void onSeveralThreadsTheFirstFailingPartInOrderIsReported() {
        CompiledDocument eager = ENGINE.compiledDocument(Bundles.bundle());
        int parts = eager.parts().size();
        List<Integer> failing = List.of(2, parts - 1);
        DeferredParts breaking = new DeferredParts(parts, i -> {
            if (failing.contains(i)) {
                throw new IllegalStateException("part " + i + " cannot be made");
            }
            return eager.parts().get(i);
        });
        CompiledDocument document = new CompiledDocument(eager.info(), eager.footer(), eager.frontMatter(), breaking,
                eager.stamp());
        for (int threads : new int[] {1, 4}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> layingOutOn(threads, 0).render(document, TIMESTAMP, out))
                    .isInstanceOf(RenderException.class).hasMessageContaining("part 2 cannot be made");
            assertThat(out.size()).as("%d threads: nothing written", threads).isZero();
        }
    }

    @Test
    void anEngineWithLayoutThreadsRendersASuppliedBundleAsOneThreadDoes() {
        AnnexBundle held = Bundles.bundle();
        java.util.Set<String> askedOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AnnexBundle supplied = AnnexBundle.supplied(held.hearing(), held.items().size(), i -> {
            askedOn.add(Thread.currentThread().getName());
            return held.items().get(i);
        });
        DocumentEngine parallel = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).layoutThreads(2).build();
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        ENGINE.render(held, OutputFormat.PDF, one);
        parallel.render(supplied, OutputFormat.PDF, two);
        assertThat(two.toByteArray()).isEqualTo(one.toByteArray());
        assertThat(askedOn).anyMatch(name -> name.startsWith("hoeringssvar-layout-"));
        assertThatThrownBy(() -> DocumentEngine.builder().layoutThreads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layoutThreads");
    }

    private static boolean receivedPdf(CompiledDocument.Part part) {
        return part instanceof CompiledDocument.Part.File f && f.file().kind() == ReceivedFile.Kind.PDF;
    }

    @Test
    void deferredPartsAreMadeOnceWhenKeptAndTwiceWhenLaidOutAgain() {
        CompiledDocument eager = ENGINE.compiledDocument(Bundles.bundle());
        byte[] expected = render(keeping(Integer.MAX_VALUE), eager);

        // A received PDF is opened again to place its pages; everything else is painted from what was kept.
        List<AtomicInteger> once = new ArrayList<>();
        assertThat(render(keeping(Integer.MAX_VALUE), counted(eager, once))).isEqualTo(expected);
        assertThat(eager.parts()).anyMatch(PdfStreamingTest::receivedPdf);
        for (int i = 0; i < eager.parts().size(); i++) {
            assertThat(once.get(i).get()).isEqualTo(receivedPdf(eager.parts().get(i)) ? 2 : 1);
        }

        List<AtomicInteger> twice = new ArrayList<>();
        assertThat(render(keeping(0), counted(eager, twice))).isEqualTo(expected);
        assertThat(twice).allSatisfy(calls -> assertThat(calls.get()).isEqualTo(2));
    }

    @Test
    void aPartThatChangesBetweenPlanningAndPaintingFailsTheRender() {
        CompiledDocument eager = ENGINE.compiledDocument(Bundles.bundle());
        CompiledDocument.Part first = eager.parts().get(0);
        CompiledDocument.Part longer = eager.parts().stream()
                .filter(p -> p instanceof CompiledDocument.Part.Tree t && t.tree().blocks().size() > 30)
                .findFirst().orElseThrow();
        AtomicInteger calls = new AtomicInteger();
        DeferredParts fickle = new DeferredParts(1, i -> calls.incrementAndGet() == 1 ? first : longer);
        CompiledDocument document = new CompiledDocument(eager.info(), eager.footer(), eager.frontMatter(), fickle,
                eager.stamp());
        assertThatThrownBy(() -> render(keeping(0), document)).isInstanceOf(RenderException.class)
                .hasMessageContaining("changed");
    }

    @Test
    void theCallersStreamIsFlushedButNotClosed() {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ENGINE.render(Bundles.bundle(), OutputFormat.PDF, out);
        assertThat(closed[0]).isFalse();
        assertThat(new String(bytes.toByteArray(), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-1.7");
        assertThat(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1).stripTrailing())
                .endsWith("%%EOF");
    }

    @Test
    void aSuppliedBundleGivesTheSameBytesAsTheSameItemsHeldInAList() throws IOException {
        AnnexBundle held = Bundles.bundle();
        AtomicInteger asked = new AtomicInteger();
        AnnexBundle supplied = AnnexBundle.supplied(held.hearing(), held.items().size(), i -> {
            asked.incrementAndGet();
            return held.items().get(i);
        });
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ENGINE.render(held, OutputFormat.PDF, a);
        ENGINE.render(supplied, OutputFormat.PDF, b);
        assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
        // Once for the cover's counts, once for planning (a heap this size keeps every laid-out page), and
        // once more to place the pages of each received PDF.
        long received = held.items().stream().filter(item -> item instanceof BundleItem.Received r
                && r.document().format() == dk.hoeringssvar.bundle.ReceivedDocument.Format.PDF).count();
        assertThat(asked.get()).isEqualTo(2 * held.items().size() + (int) received);
        try (PDDocument doc = Loader.loadPDF(b.toByteArray())) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).contains("Bilag 1: " + held.items().get(0).title(),
                    "Bilag " + held.items().size() + ": " + held.items().get(held.items().size() - 1).title());
            String last = new PDFTextStripper() {
                {
                    setStartPage(doc.getNumberOfPages());
                }
            }.getText(doc);
            assertThat(last).contains("Side " + doc.getNumberOfPages() + " af " + doc.getNumberOfPages());
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ENGINE.render(supplied, OutputFormat.DOCX, docx);
        ByteArrayOutputStream heldDocx = new ByteArrayOutputStream();
        ENGINE.render(held, OutputFormat.DOCX, heldDocx);
        assertThat(docx.toByteArray()).isEqualTo(heldDocx.toByteArray());
    }

    @Test
    void aSuppliedItemThatIsNullIsNamedByItsIndex() {
        AnnexBundle held = Bundles.bundle();
        AnnexBundle supplied = AnnexBundle.supplied(held.hearing(), 3, i -> i == 2 ? null : held.items().get(i));
        assertThatThrownBy(() -> ENGINE.render(supplied, OutputFormat.PDF, OutputStream.nullOutputStream()))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("AnnexBundle.items[2]");
        assertThatThrownBy(() -> AnnexBundle.supplied(held.hearing(), 0, i -> held.items().get(0)))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("AnnexBundle.items");
    }

    @Test
    void aSuppliedBundleListsItsItemsWithoutKeepingThem() {
        AnnexBundle held = Bundles.bundle();
        AtomicInteger asked = new AtomicInteger();
        AnnexBundle supplied = AnnexBundle.supplied(held.hearing(), 2, i -> {
            asked.incrementAndGet();
            return new BundleItem.Statement(((BundleItem.Statement) held.items().get(0)).statement());
        });
        assertThat(supplied.items()).hasSize(2);
        BundleItem first = supplied.items().get(0);
        BundleItem again = supplied.items().get(0);
        assertThat(again).isEqualTo(first).isNotSameAs(first);
        assertThat(asked.get()).isEqualTo(2);
    }
}
