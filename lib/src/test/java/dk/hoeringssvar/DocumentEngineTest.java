package dk.hoeringssvar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.template.TemplateException;
import dk.hoeringssvar.template.TemplateSource;
import dk.hoeringssvar.testing.Statements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentEngineTest {

    @TempDir
    Path dir;

    private final DocumentEngine engine = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build();

    @Test
    void theFormatFollowsTheFileExtension() throws IOException {
        Path html = dir.resolve("svar.html");
        engine.render(Statements.compact(), html);
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void anUnknownExtensionIsAClearError() {
        assertThatThrownBy(() -> engine.render(Statements.compact(), dir.resolve("svar.odt")))
                .isInstanceOf(HoeringssvarException.class)
                .hasMessageContaining("svar.odt").hasMessageContaining(".pdf, .docx or .html");
    }

    @Test
    void aFailedRenderLeavesNoFileBehind() throws IOException {
        Path templates = Files.createDirectory(dir.resolve("templates"));
        Files.writeString(templates.resolve("hoeringssvar.ftlx"),
                "<#ftl output_format=\"XML\"><document><body><p>${statement.nosuch}</p></body></document>");
        DocumentEngine failing = DocumentEngine.builder().templates(TemplateSource.directory(templates)).build();
        Path out = Files.createDirectory(dir.resolve("out"));
        assertThatThrownBy(() -> failing.render(Statements.compact(), out.resolve("svar.html")))
                .isInstanceOf(TemplateException.class);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedRenderKeepsTheOldFileIntact() throws IOException {
        Path target = dir.resolve("svar.html");
        Files.writeString(target, "gammel");
        Path templates = Files.createDirectory(dir.resolve("t"));
        Files.writeString(templates.resolve("hoeringssvar.ftlx"),
                "<#ftl output_format=\"XML\"><document><body><blink/></body></document>");
        DocumentEngine failing = DocumentEngine.builder().templates(TemplateSource.directory(templates)).build();
        assertThatThrownBy(() -> failing.render(Statements.compact(), target))
                .isInstanceOf(dk.hoeringssvar.markup.MarkupException.class)
                .hasMessageContaining("unknown element <blink>");
        assertThat(Files.readString(target)).isEqualTo("gammel");
    }

    @Test
    void theSameInputAndClockGiveTheSameHtml() {
        assertThat(engine.render(Statements.compact(), OutputFormat.HTML))
                .isEqualTo(engine.render(Statements.compact(), OutputFormat.HTML));
    }

    @Test
    void outputFormatFromFileName() {
        assertThat(OutputFormat.fromFileName("A.PDF")).contains(OutputFormat.PDF);
        assertThat(OutputFormat.fromFileName("a.docx")).contains(OutputFormat.DOCX);
        assertThat(OutputFormat.fromFileName("a.htm")).contains(OutputFormat.HTML);
        assertThat(OutputFormat.fromFileName("a.txt")).isEmpty();
    }
}
