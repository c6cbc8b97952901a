package dk.hoeringssvar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's usage example compiles against the library and runs. */
class ReadmeExampleTest {

    private static final Path README = Path.of("../README.md");

    @TempDir
    Path dir;

    @Test
    void usageExampleCompilesAndRuns() throws Exception {
        String source = usageBlock().replace("Path.of(\"", "Path.of(\"" + dir.toString().replace("\\", "/") + "/");
        Path src = dir.resolve("Example.java");
        Files.writeString(src, source, StandardCharsets.UTF_8);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, null, diagnostics, "-d", dir.toString(),
                "-cp", System.getProperty("java.class.path"), src.toString());
        assertThat(status).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("Example").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(stdout);
        }
        assertThat(dir.resolve("hoeringssvar.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("hoeringssvar.docx")).isNotEmptyFile();
        assertThat(printed.toString(StandardCharsets.UTF_8)).matches("(?s)\\d+ bytes of HTML\\s*");
    }

    @Test
    void quickStartHasExactlyTwoCommandsAndCiRunsTheSecond() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)## Quick start.*?```sh\\n(.*?)```").matcher(readme);
        assertThat(m.find()).isTrue();
        List<String> lines = m.group(1).lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(2);
        assertThat(Files.readString(Path.of("../.ci/run"), StandardCharsets.UTF_8)).contains(lines.get(1));
    }

    /** Every other java block is a fragment: it must compile with the library's packages imported. */
    @Test
    void everyJavaFragmentCompiles() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)```java\\n(.*?)```").matcher(readme);
        List<Path> sources = new java.util.ArrayList<>();
        int n = 0;
        while (m.find()) {
            String block = m.group(1);
            if (block.contains("public class ")) {
                continue;
            }
            n++;
            StringBuilder params = new StringBuilder();
            if (!block.matches("(?s).*\\bDocumentEngine engine\\s*=.*")) {
                params.append("DocumentEngine engine");
            }
            if (!block.matches("(?s).*\\bHearingStatement statement\\s*=.*")) {
                params.append(params.isEmpty() ? "" : ", ").append("HearingStatement statement");
            }
            String source = """
                    import dk.hoeringssvar.*;
                    import dk.hoeringssvar.bundle.*;
                    import dk.hoeringssvar.i18n.*;
                    import dk.hoeringssvar.json.*;
                    import dk.hoeringssvar.model.*;
                    import dk.hoeringssvar.publish.*;
                    import dk.hoeringssvar.template.*;
                    import dk.hoeringssvar.theme.*;
                    import java.nio.file.*;
                    import java.time.*;
                    import java.util.*;

                    class Fragment%d {
                        void run(%s) throws Exception {
                    %s
                        }
                    }
                    """.formatted(n, params, block);
            Path file = dir.resolve("Fragment" + n + ".java");
            Files.writeString(file, source, StandardCharsets.UTF_8);
            sources.add(file);
        }
        assertThat(n).as("java fragments in the README").isGreaterThanOrEqualTo(3);
        List<String> args = new java.util.ArrayList<>(List.of("-d", dir.toString(), "-cp",
                System.getProperty("java.class.path")));
        sources.forEach(f -> args.add(f.toString()));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, diagnostics, args.toArray(String[]::new));
        assertThat(status).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static String usageBlock() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)## Usage.*?```java\\n(.*?)```").matcher(readme);
        assertThat(m.find()).as("a java block under ## Usage").isTrue();
        return m.group(1);
    }
}
