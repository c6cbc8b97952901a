package dk.hoeringssvar.render;

import dk.hoeringssvar.document.CompiledDocument;
import java.io.OutputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Writes a {@link CompiledDocument} (an annex bundle, a committee packet) in one format. Immutable and
 * thread-safe, like {@link FormatRenderer}. Every problem with the document itself — a received file
 * that cannot be placed (encrypted, damaged, empty, named in a {@link RenderException}), a template, a
 * glyph — is found before anything is written to {@code out}. A renderer may then write the document
 * to {@code out} as it goes (PDF does, so that a bundle of thousands of statements is never held in
 * memory): if writing itself fails, {@code out} may hold part of a document. Write to a temporary file
 * and move it into place when that matters, as {@code DocumentEngine}'s file output does.
 */
public interface CompiledRenderer {

    /**
     * @param warnings hears what the document could not promise, each naming the file at fault (for
     *                 example a received PDF that keeps the output from being PDF/A)
     */
    void render(CompiledDocument document, Instant timestamp, OutputStream out, Consumer<String> warnings);
}
