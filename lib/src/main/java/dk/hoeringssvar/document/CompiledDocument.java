package dk.hoeringssvar.document;

import java.util.List;
import java.util.Objects;

/**
 * Several documents laid end to end as one, as an annex bundle or a committee packet is: front matter
 * (a cover, a {@link Block.Contents}), then numbered parts, each a document tree or a received file.
 *
 * <ul>
 *   <li>Every part starts on a new page. Page numbers run through the whole document: {@code footer}
 *       is printed on every page, its {@link Inline.PageNumber}/{@link Inline.PageCount} counting all
 *       pages. A part tree's own header is kept; its own footer is replaced by this one.</li>
 *   <li>Every page of a part carries the {@link Stamp} in the top margin: "Bilag 3 · side 2 af 5" and
 *       the stamp's line (committee and case).</li>
 *   <li>The outline (PDF bookmarks; DOCX headings) is: each part by label and title, and under it the
 *       headings of its tree.</li>
 * </ul>
 *
 * <p>{@code parts} is copied, unless it is {@link DeferredParts}: then each part is made when a renderer
 * asks for it (see {@link #deferred()}).
 */
public record CompiledDocument(DocumentInfo info, List<Inline> footer, List<Block> frontMatter, List<Part> parts,
                               Stamp stamp) {
    public CompiledDocument {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(stamp, "stamp");
        footer = List.copyOf(footer);
        frontMatter = List.copyOf(frontMatter);
        parts = parts instanceof DeferredParts ? parts : List.copyOf(parts);
    }

    /** Whether the parts are made when asked for ({@link DeferredParts}) rather than held. */
    public boolean deferred() {
        return parts instanceof DeferredParts;
    }

    /** This document with every part made and held: itself unless its parts are {@link DeferredParts}. */
    public CompiledDocument materialized() {
        return parts instanceof DeferredParts deferred
                ? new CompiledDocument(info, footer, frontMatter, deferred.materialize(), stamp) : this;
    }

    /** One numbered part. */
    public sealed interface Part {
        /** "Bilag 3". */
        String label();

        /** The title shown in the contents and the outline. */
        String title();

        /** A part rendered from a document tree. */
        record Tree(String label, String title, DocumentTree tree) implements Part {
            public Tree {
                Objects.requireNonNull(label, "label");
                Objects.requireNonNull(title, "title");
                Objects.requireNonNull(tree, "tree");
            }
        }

        /**
         * A received file placed as it is. PDF pages are placed as vector pages (text stays selectable,
         * landscape stays landscape); a DOCX is appended with its styles and numbering. A file a format
         * cannot hold (a PDF in DOCX output) becomes a page that names the file and says it is attached
         * separately; {@code attachedSeparately} is that page's text.
         */
        record File(String label, String title, ReceivedFile file, List<Inline> attachedSeparately) implements Part {
            public File {
                Objects.requireNonNull(label, "label");
                Objects.requireNonNull(title, "title");
                Objects.requireNonNull(file, "file");
                attachedSeparately = List.copyOf(attachedSeparately);
            }
        }
    }

    /**
     * How the stamp reads: {@code <label> · <pageWord> <n> <ofWord> <m>} on the first line, {@code line}
     * (may be empty) under it. Example: "Bilag 3 · side 2 af 5" / "Beskæftigelsesudvalget · Sagsnr. 2026-04711".
     */
    public record Stamp(String pageWord, String ofWord, String line) {
        public Stamp {
            Objects.requireNonNull(pageWord, "pageWord");
            Objects.requireNonNull(ofWord, "ofWord");
            Objects.requireNonNull(line, "line");
        }

        /** The first line of the stamp on page {@code page} of {@code pages} of a part. */
        public String firstLine(String label, int page, int pages) {
            return label + " · " + pageWord + " " + page + " " + ofWord + " " + pages;
        }
    }
}
