package dk.hoeringssvar.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.testing.Statements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateOverrideTest {

    @TempDir
    Path dir;

    @Test
    void aUserTemplateReplacesTheBundledOneOfTheSameName() throws IOException {
        Files.writeString(dir.resolve(TemplateNames.STATEMENT), """
                <#ftl output_format="XML">
                <document title="${statement.title}"><body><h1>Vores egen: ${statement.title}</h1></body></document>
                """);
        DocumentEngine engine = DocumentEngine.builder().templates(TemplateSource.directory(dir)).build();
        assertThat(engine.markup(Statements.compact())).contains("<h1>Vores egen: Høringssvar om beskæftigelsesplanen</h1>");
    }

    @Test
    void replacingTheMacroLibraryChangesOnePartAndKeepsTheRest() throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        String bundled = new String(getClass().getResourceAsStream("/dk/hoeringssvar/templates/lib/statement.ftlx")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String changed = bundled.replace("<p class=\"recipient\">${labels.to} ${s.recipient}</p>",
                "<p class=\"recipient\">Att.: ${s.recipient}</p>");
        assertThat(changed).isNotEqualTo(bundled);
        Files.writeString(dir.resolve("lib/statement.ftlx"), changed);
        DocumentEngine engine = DocumentEngine.builder().templates(TemplateSource.directory(dir)).build();
        assertThat(engine.markup(Statements.compact()))
                .contains("Att.: Beskæftigelsesudvalget")
                .contains("<h1>Høringssvar om beskæftigelsesplanen</h1>");
    }

    @Test
    void aUserAddsANewTemplateAndNamesIt() throws IOException {
        Files.writeString(dir.resolve("kort.ftlx"), """
                <#ftl output_format="XML">
                <document title="${statement.title}"><body><p>${fn.longDate(statement.date)}: ${labels.statement} ${labels.from} ${statement.senderNames()}</p></body></document>
                """);
        DocumentEngine engine = DocumentEngine.builder().templates(TemplateSource.directory(dir))
                .statementTemplate("kort.ftlx").build();
        assertThat(engine.markup(Statements.compact()))
                .contains("<p>5. november 2015: Høringssvar fra FagMED for Jobcentret og Ledergruppen</p>");
    }

    @Test
    void templatesFromTheClasspath() {
        DocumentEngine engine = DocumentEngine.builder()
                .templates(TemplateSource.classpath(getClass().getClassLoader(), "user-templates"))
                .statementTemplate("classpath-template.ftlx").build();
        assertThat(engine.markup(Statements.compact())).contains("<h1>Fra klassestien</h1>");
    }

    @Test
    void unknownTemplateFailsWhenTheEngineIsBuilt() {
        assertThatThrownBy(() -> DocumentEngine.builder().statementTemplate("findes-ikke.ftlx").build())
                .isInstanceOf(TemplateException.class)
                .hasMessage("unknown template 'findes-ikke.ftlx'");
    }

    @Test
    void syntaxErrorNamesTemplateLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("broken.ftlx"), "<#ftl output_format=\"XML\">\n<document>\n  ${statement.title?no_such_builtin}\n</document>\n");
        TemplateException e = (TemplateException) org.assertj.core.api.Assertions.catchThrowable(() ->
                DocumentEngine.builder().templates(TemplateSource.directory(dir)).statementTemplate("broken.ftlx").build());
        assertThat(e.templateName()).isEqualTo("broken.ftlx");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).startsWith("template broken.ftlx has a syntax error at line 3, column ");
    }

    @Test
    void runtimeErrorNamesTemplateLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("runtime.ftlx"), "<#ftl output_format=\"XML\">\n<document>\n${statement.nosuch.field}</document>\n");
        DocumentEngine engine = DocumentEngine.builder().templates(TemplateSource.directory(dir)).build();
        assertThatThrownBy(() -> engine.markup(Statements.compact(), "runtime.ftlx"))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("template runtime.ftlx failed at line 3, column 3:");
    }

    @Test
    void aMissingDirectoryIsReported() {
        assertThatThrownBy(() -> TemplateSource.directory(dir.resolve("nope")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("nope");
    }
}
