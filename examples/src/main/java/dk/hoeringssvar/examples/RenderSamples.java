package dk.hoeringssvar.examples;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.examples.SampleStatements.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The README's main job: renders every sample statement as PDF, DOCX and HTML into a folder
 * ({@code out/} by default). The clock is fixed — from {@code SOURCE_DATE_EPOCH} when set, as
 * reproducible-build tools do — so the same samples give the same files.
 */
public final class RenderSamples {

    private static final Instant DEFAULT_TIMESTAMP = Instant.parse("2026-11-01T12:00:00Z");

    private RenderSamples() {
    }

    public static void main(String[] args) throws Exception {
        // POI logs through log4j-api; without a backend it would warn on stderr. The simple context is quiet.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        Path outDir = Path.of(args.length > 0 ? args[0] : "out");
        Files.createDirectories(outDir);
        DocumentEngine engine = DocumentEngine.builder().clock(Clock.fixed(timestamp(), ZoneOffset.UTC)).build();
        for (Sample sample : SampleStatements.all()) {
            for (OutputFormat format : OutputFormat.values()) {
                Path target = outDir.resolve(sample.fileStem() + "." + format.extension());
                long start = System.nanoTime();
                engine.render(sample.statement(), format, target);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf(Locale.ROOT, "%-45s %8d bytes %6d ms%n", target, Files.size(target), ms);
            }
        }
    }

    private static Instant timestamp() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch == null || epoch.isBlank() ? DEFAULT_TIMESTAMP : Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
    }
}
