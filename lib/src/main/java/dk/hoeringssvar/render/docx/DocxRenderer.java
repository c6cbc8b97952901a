package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.internal.ReproducibleZip;
import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.ReceivedFile;
import dk.hoeringssvar.render.CompiledRenderer;
import dk.hoeringssvar.render.FormatRenderer;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.render.StyleSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlRuntimeException;

/**
 * Writes a document tree as a Word document (DOCX) with real Word styles (Title, Heading 1-3, Quote,
 * Caption, List Paragraph, Header, Footer and house styles), Danish language on every run, numbered
 * and bulleted lists over a numbering definition, and page number fields in header and footer. A table
 * of contents is a TOC field, a chart a native Word chart. The same input and timestamp always give the
 * same bytes.
 *
 * <p>A {@link CompiledDocument} becomes one document with a section per part (see
 * {@link CompiledWriter}): a part's heading is Heading 1 "label: title" and its tree's headings move one
 * level down (title → Heading 2, section → Heading 3, subsection → Heading 4); page numbers run through;
 * each part's header carries its stamp; a received DOCX is appended with its styles, numbering, pictures
 * and links; a received PDF becomes a page saying it is attached separately.
 *
 * <p>Immutable and thread-safe: every Word document object lives only inside one {@code render} call.
 */
public final class DocxRenderer implements FormatRenderer, CompiledRenderer {

    /** Used when the tree's language is blank. */
    private static final String DEFAULT_LANGUAGE = "da-DK";

    private final StyleSheet styles;

    public DocxRenderer(StyleSheet styles) {
        this.styles = Objects.requireNonNull(styles, "styles");
    }

    @Override
    public void render(DocumentTree tree, Instant timestamp, OutputStream out) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(out, "out");
        write(build(tree, timestamp), out);
    }

    /** Renders a compiled document, ignoring warnings. */
    public void render(CompiledDocument document, Instant timestamp, OutputStream out) {
        render(document, timestamp, out, warning -> { });
    }

    @Override
    public void render(CompiledDocument document, Instant timestamp, OutputStream out,
                       java.util.function.Consumer<String> warnings) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(out, "out");
        write(build(document, timestamp), out);
    }

    private static void write(byte[] docx, OutputStream out) {
        try {
            out.write(docx);
            out.flush();
        } catch (IOException e) {
            throw new RenderException("Could not write the DOCX document to the output stream: " + e.getMessage(), e);
        }
    }

    /** Whether a table of contents stands anywhere in {@code blocks}: then Word must update fields. */
    static boolean hasContents(List<Block> blocks) {
        for (Block block : blocks) {
            boolean found = switch (block) {
                case Block.Contents contents -> true;
                case Block.Quotation quotation -> hasContents(quotation.blocks());
                case Block.Box box -> hasContents(box.blocks());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private byte[] build(CompiledDocument deferredOrNot, Instant timestamp) {
        // Read several times below (contents, outline, sections): make deferred parts once.
        CompiledDocument compiled = deferredOrNot.materialized();
        String language = compiled.info().language().isBlank() ? DEFAULT_LANGUAGE : compiled.info().language();
        // Received files are opened (and refused) before any work on the output starts.
        Map<CompiledDocument.Part, XWPFDocument> received = new IdentityHashMap<>();
        try {
            for (CompiledDocument.Part part : compiled.parts()) {
                if (part instanceof CompiledDocument.Part.File file && file.file().kind() == ReceivedFile.Kind.DOCX) {
                    received.put(part, ReceivedDocx.open(file.file()));
                }
            }
            // Received content keeps POI's save, which declares every namespace at the root.
            XWPFDocument document = received.isEmpty() ? new SinglePassDocument() : new XWPFDocument();
            try {
                RunWriter runs = new RunWriter(language);
                WordSettings.apply(document, hasContents(compiled));
                document.createStyles().setStyles(new StyleDefinitions(styles, language, true).build());
                Outline outline = new Outline();
                CompiledWriter.outline(compiled, outline);
                new CompiledWriter(document, styles, runs, outline, timestamp).write(compiled, received);
                CoreProperties.apply(document, compiled.info(), language, timestamp);
                return serialise(document, timestamp);
            } finally {
                discard(document);
            }
        } catch (IOException | InvalidFormatException | POIXMLException | OpenXML4JRuntimeException
                 | XmlRuntimeException e) {
            throw new RenderException("Could not build the DOCX document \"" + compiled.info().title() + "\": "
                    + e.getMessage(), e);
        } finally {
            // Opened from memory and never saved: drop them without writing anything back.
            received.values().forEach(document -> document.getPackage().revert());
        }
    }

    private static boolean hasContents(CompiledDocument compiled) {
        return hasContents(compiled.frontMatter()) || compiled.parts().stream()
                .anyMatch(p -> p instanceof CompiledDocument.Part.Tree t && hasContents(t.tree().blocks()));
    }

    /** The whole document, built and zipped in memory, so nothing reaches {@code out} on failure. */
    private byte[] build(DocumentTree tree, Instant timestamp) {
        String language = tree.info().language().isBlank() ? DEFAULT_LANGUAGE : tree.info().language();
        XWPFDocument document = new SinglePassDocument();
        try {
            RunWriter runs = new RunWriter(language);
            WordSettings.apply(document, hasContents(tree.blocks()));
            document.createStyles().setStyles(new StyleDefinitions(styles, language).build());
            new PageSetup(styles, runs).apply(document, tree.header(), tree.footer());
            BodyTarget body = new BodyTarget.DocumentBody(document, styles.textWidth());
            Outline outline = new Outline();
            outline.add(tree.blocks(), HeadingScheme.DOCUMENT);
            new BlockWriter(document, styles, runs, outline, new Bookmarks(), timestamp)
                    .writeAll(tree.blocks(), body);
            CoreProperties.apply(document, tree.info(), language, timestamp);
            return serialise(document, timestamp);
        } catch (IOException | InvalidFormatException | POIXMLException | OpenXML4JRuntimeException
                 | XmlRuntimeException e) {
            throw new RenderException("Could not build the DOCX document \"" + tree.info().title() + "\": "
                    + e.getMessage(), e);
        } finally {
            discard(document);
        }
    }

    /**
     * Zips the package and re-zips it with fixed entry times. POI's own zip is only read back by
     * {@link ReproducibleZip}, so POI stores its entries uncompressed and the bytes are deflated once,
     * not twice (deflating a bundle's body is a tenth of its time).
     */
    private static byte[] serialise(XWPFDocument document, Instant timestamp) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024 * 1024);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(buffer)) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            document.write(zip);
        }
        return ReproducibleZip.normalise(buffer.toByteArray(), timestamp);
    }

    /**
     * Lets go of a document made in memory without {@code close()}, which would save the whole package
     * a second time (into nowhere): 5% of a bundle's time, with a class-path scan for a
     * {@code TransformerFactory} for every XML part it writes.
     */
    private static void discard(XWPFDocument document) {
        document.getPackage().revert();
    }
}
