package dk.hoeringssvar.render;

import dk.hoeringssvar.document.CompiledDocument;
import java.io.OutputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Writes a {@link CompiledDocument} (an annex bundle, a committee packet) in one format. Same rules as
 * {@link FormatRenderer}: immutable, thread-safe, nothing written to {@code out} before the whole
 * document is ready. A received file that cannot be placed (encrypted, damaged, empty) is a
 * {@link RenderException} naming the file.
 */
public interface CompiledRenderer {

    /**
     * @param warnings hears what the document could not promise, each naming the file at fault (for
     *                 example a received PDF that keeps the output from being PDF/A)
     */
    void render(CompiledDocument document, Instant timestamp, OutputStream out, Consumer<String> warnings);
}
