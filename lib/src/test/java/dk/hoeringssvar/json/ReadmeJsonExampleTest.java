package dk.hoeringssvar.json;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.TestImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON example in the README follows the schema and reads into the model. */
class ReadmeJsonExampleTest {

    @Test
    void theReadmeJsonExampleIsValid(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)## JSON format.*?```json\\n(.*?)```").matcher(readme);
        assertThat(m.find()).isTrue();
        String example = m.group(1);
        assertThat(SchemaCheck.problems(example)).isEmpty();

        Files.createDirectories(dir.resolve("figurer"));
        Files.write(dir.resolve("figurer/tidslinje.png"), TestImages.pngBytes(40, 10));
        Path file = dir.resolve("svar.json");
        Files.writeString(file, example, StandardCharsets.UTF_8);
        HearingStatement statement = new HoeringssvarJson().readStatement(file);
        assertThat(statement.title()).isEqualTo("Høringssvar om beskæftigelsesplanen 2027");
        assertThat(statement.body()).hasSize(4);
    }
}
