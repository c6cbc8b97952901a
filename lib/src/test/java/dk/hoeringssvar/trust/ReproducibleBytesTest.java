package dk.hoeringssvar.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input and clock give byte-identical files in two JVMs with different time zones and locales. */
class ReproducibleBytesTest {

    @TempDir
    Path dir;

    @Test
    void twoJvmsInDifferentTimeZonesAndLocalesWriteIdenticalFiles() throws Exception {
        Path copenhagen = Files.createDirectory(dir.resolve("copenhagen"));
        Path honolulu = Files.createDirectory(dir.resolve("honolulu"));
        run(copenhagen, "Europe/Copenhagen", "da", "DK");
        run(honolulu, "Pacific/Honolulu", "ja", "JP");
        List<String> names;
        try (Stream<Path> files = Files.list(copenhagen)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).containsExactly("bundle.docx", "bundle.pdf", "packet-public.docx", "packet-public.log.json",
                "packet-public.pdf", "packet.pdf", "statement.docx",
                "statement.html", "statement.pdf", "summary.xlsx");
        for (String name : names) {
            assertThat(Files.readAllBytes(honolulu.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(copenhagen.resolve(name)));
        }
    }

    private static void run(Path out, String zone, String language, String country) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Duser.timezone=" + zone);
        command.add("-Duser.language=" + language);
        command.add("-Duser.country=" + country);
        command.add("-Djava.awt.headless=true");
        command.add("-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ReproducibleOutputs.class.getName());
        command.add(out.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(out.resolveSibling(out.getFileName() + ".log"))).isZero();
    }
}
