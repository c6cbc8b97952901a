package dk.hoeringssvar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable jar, run as a real process with the JDK running the tests. */
class CliProcessIT {

    private static final Path JAR = Path.of("target", "hoeringssvar.jar");

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void rendersValidatesAndReportsBadInputAsARealProcess() throws Exception {
        Path pdf = dir.resolve("svar.pdf");
        Result render = java("render", "samples/statements/01-fagmed-klimaplan.json", "-o", pdf.toString());
        assertThat(render.status()).as(render.err()).isZero();
        assertThat(render.err()).isEmpty();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        Path bad = dir.resolve("daarlig.json");
        Files.writeString(bad, "{\"senders\": [], \"title\": \"T\"}");
        Result validate = java("validate", bad.toString());
        assertThat(validate.status()).isEqualTo(1);
        assertThat(validate.err()).contains("daarlig.json: $.senders: ");

        Result usage = java("render");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(java("--version").out()).startsWith("hoeringssvar ");
    }
}
