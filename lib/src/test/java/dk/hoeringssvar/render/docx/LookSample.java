package dk.hoeringssvar.render.docx;

import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.theme.Theme;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Writes the sample compiled document to a directory, to look at it converted by LibreOffice. Not a test. */
public final class LookSample {

    private LookSample() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/docx-bundle-look");
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve("bundle.docx"))) {
            new DocxRenderer(new StyleSheet(Theme.standard()))
                    .render(CompiledSamples.full(CompiledSamples.receivedDocx()), Instant.parse("2026-03-03T10:15:30Z"), out);
        }
        Files.write(dir.resolve("received.docx"), CompiledSamples.receivedDocx());
    }
}
