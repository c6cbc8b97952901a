package dk.hoeringssvar.render;

import dk.hoeringssvar.document.DocumentTree;
import java.io.OutputStream;
import java.time.Instant;

/**
 * Writes a document tree in one format. Implementations are immutable and thread-safe: everything a
 * single render needs lives inside the {@link #render} call. All layout work is done before the first
 * byte is written, so a failure never leaves a half-written document in {@code out}.
 */
public interface FormatRenderer {

    /**
     * @param tree      the document
     * @param timestamp the creation/modification time written into metadata (from the engine's clock)
     * @param out       where to write; not closed
     * @throws RenderException when the document cannot be written
     */
    void render(DocumentTree tree, Instant timestamp, OutputStream out);
}
