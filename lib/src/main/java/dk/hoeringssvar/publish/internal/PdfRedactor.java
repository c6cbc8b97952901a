package dk.hoeringssvar.publish.internal;

import java.util.List;

/** TEMPORARY STUB — replaced by the real class from branch pdf-redact. */
public final class PdfRedactor {
    @FunctionalInterface
    public interface Finder { List<Match> find(String text); }
    public record Match(int start, int end, String rule) { }
    public record Removal(int page, String rule, String text) { }
    public sealed interface Outcome {
        record Cleaned(byte[] pdf, List<Removal> removals) implements Outcome { }
        record Unsafe(String reason) implements Outcome { }
    }
    public PdfRedactor(Finder finder) { }
    public Outcome redact(byte[] pdf) { return new Outcome.Unsafe("stub"); }
}
