package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.render.FormatRenderer;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.render.StyleSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
 * <p>Immutable and thread-safe: every Word document object lives only inside one {@code render} call.
 */
public final class DocxRenderer implements FormatRenderer {

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
        byte[] docx = build(tree, timestamp);
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

    /** The whole document, built and zipped in memory, so nothing reaches {@code out} on failure. */
    private byte[] build(DocumentTree tree, Instant timestamp) {
        String language = tree.info().language().isBlank() ? DEFAULT_LANGUAGE : tree.info().language();
        try (XWPFDocument document = new XWPFDocument()) {
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
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            document.write(buffer);
            return ReproducibleZip.normalise(buffer.toByteArray(), timestamp);
        } catch (IOException | InvalidFormatException | POIXMLException | OpenXML4JRuntimeException
                 | XmlRuntimeException e) {
            throw new RenderException("Could not build the DOCX document \"" + tree.info().title() + "\": "
                    + e.getMessage(), e);
        }
    }
}
