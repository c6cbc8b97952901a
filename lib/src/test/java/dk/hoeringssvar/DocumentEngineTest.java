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
    void aWrittenFileHasOrdinaryPermissionsNotTheTemporaryFilesOwnerOnlyOnes() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(dir).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
        Path html = dir.resolve("svar.html");
        engine.render(Statements.compact(), html);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(html)))
                .isEqualTo("rw-r--r--");
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
    void aThemeLogoIsPlacedTopRightAsAFigure() {
        dk.hoeringssvar.theme.Theme theme = dk.hoeringssvar.theme.Theme.builder()
                .logo(dk.hoeringssvar.model.TestImages.png(60, 20), 40).build();
        DocumentEngine withLogo = DocumentEngine.builder().theme(theme).build();
        dk.hoeringssvar.document.DocumentTree tree = withLogo.documentTree(Statements.compact(),
                dk.hoeringssvar.template.TemplateNames.STATEMENT);
        assertThat(tree.blocks().get(0)).isInstanceOfSatisfying(dk.hoeringssvar.document.Block.Figure.class, f -> {
            assertThat(f.alignment()).isEqualTo(dk.hoeringssvar.document.Alignment.RIGHT);
            assertThat(f.altText()).isEqualTo("Aarby Kommune");
            assertThat(f.widthFraction()).isCloseTo(40.0 / (210 - 25 - 20), org.assertj.core.data.Offset.offset(1e-4));
        });
        assertThat(withLogo.render(Statements.compact(), OutputFormat.PDF)).isNotEmpty();
    }

    @Test
    void withClockChangesOnlyTheTimestamp() {
        DocumentEngine later = engine.withClock(java.time.Clock.fixed(java.time.Instant.parse("2030-01-01T00:00:00Z"),
                java.time.ZoneOffset.UTC));
        String html = new String(later.render(Statements.compact(), OutputFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains("2030-01-01T00:00:00Z");
        assertThat(new String(engine.render(Statements.compact(), OutputFormat.HTML), StandardCharsets.UTF_8))
                .contains("2026-11-02T09:30:00Z").doesNotContain("2030-01-01");
    }

    @Test
    void outputFormatFromFileName() {
        assertThat(OutputFormat.fromFileName("A.PDF")).contains(OutputFormat.PDF);
        assertThat(OutputFormat.fromFileName("a.docx")).contains(OutputFormat.DOCX);
        assertThat(OutputFormat.fromFileName("a.htm")).contains(OutputFormat.HTML);
        assertThat(OutputFormat.fromFileName("a.txt")).isEmpty();
    }
}
