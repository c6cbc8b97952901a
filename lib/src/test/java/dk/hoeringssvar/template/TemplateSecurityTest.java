package dk.hoeringssvar.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.testing.Statements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A user template must not reach the JVM through FreeMarker or through the data it is given. */
class TemplateSecurityTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "new builtin          | <#assign ex = 'freemarker.template.utility.Execute'?new()>${ex('id')}",
            "object constructor   | <#assign oc = 'freemarker.template.utility.ObjectConstructor'?new()>${oc('java.io.File','x')}",
            "api builtin          | ${statement.title?api.getBytes()}",
            "getClass on a record | ${statement.getClass().getName()}",
            "class property       | ${statement.class.name}",
            "getClass on a string | ${statement.title.getClass()}",
            "class loader         | ${statement.senders[0].getClass().getClassLoader()}",
            "model static builder | ${statement.builder()}",
            "include outside root | <#include '../../../../etc/passwd'>",
            "import absolute path | <#import '/../../etc/hosts' as h>",
            "missing variable     | ${noSuchThing}",
    })
    void isRejected(String name, String body) throws IOException {
        Files.writeString(dir.resolve("evil.ftlx"), "<#ftl output_format=\"XML\">" + body);
        DocumentEngine engine = DocumentEngine.builder().templates(TemplateSource.directory(dir)).build();
        assertThatThrownBy(() -> engine.markup(Statements.compact(), "evil.ftlx"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("evil.ftlx")
                .satisfies(e -> assertThat(((TemplateException) e).line()).isPositive());
    }
}
