package dk.hoeringssvar.document;

import java.util.List;
import java.util.Objects;

/**
 * The format-neutral document every renderer walks: metadata, a running header and footer (each may
 * be empty, and may hold {@link Inline.PageNumber}/{@link Inline.PageCount}), and the body blocks.
 */
public record DocumentTree(DocumentInfo info, List<Inline> header, List<Inline> footer, List<Block> blocks) {
    public DocumentTree {
        Objects.requireNonNull(info, "info");
        header = List.copyOf(header);
        footer = List.copyOf(footer);
        blocks = List.copyOf(blocks);
    }
}
