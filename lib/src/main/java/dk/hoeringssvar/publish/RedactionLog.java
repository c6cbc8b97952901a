package dk.hoeringssvar.publish;

import dk.hoeringssvar.internal.AtomicFiles;
import dk.hoeringssvar.publish.internal.RedactionLogJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a publication copy removed, where and by which rule, and what a person should check by eye.
 * It holds the removed text, so it is for the secretariat, never for publication: write it beside the
 * published file with {@link #toJson()} or render it with the engine as a page of its own.
 *
 * @param title       the published document's title
 * @param redactions  every removal, in document order
 * @param notices     what the library could not search or left out
 */
public record RedactionLog(String title, List<Redaction> redactions, List<Notice> notices) {
    public RedactionLog {
        Objects.requireNonNull(title, "title");
        redactions = List.copyOf(redactions);
        notices = List.copyOf(notices);
    }

    /** How many removals a rule made. */
    public long count(String rule) {
        return redactions.stream().filter(r -> r.rule().equals(rule)).count();
    }

    /** The rules that removed something, in order of first use. */
    public List<String> rules() {
        return redactions.stream().map(Redaction::rule).distinct().toList();
    }

    /** The log as JSON (UTF-8 text, fields {@code title}, {@code redactions}, {@code notices}). */
    public String toJson() {
        return RedactionLogJson.write(this);
    }

    /** Writes {@link #toJson()} to a file that appears whole or not at all. */
    public void writeJson(Path file) {
        byte[] bytes = toJson().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
