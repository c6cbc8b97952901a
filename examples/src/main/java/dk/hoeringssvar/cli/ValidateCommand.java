package dk.hoeringssvar.cli;

import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.json.HoeringssvarJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Check statement JSON files without rendering and list every problem.",
                "Each file is checked against the JSON Schema (all problems) and then read into the model "
                        + "(rules the schema cannot express, such as table rows that match the header)."},
        footer = {"", "Examples:", "  hoeringssvar validate svar.json", "  hoeringssvar validate indkomne/"})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Statement JSON files, or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HoeringssvarJson json = new HoeringssvarJson();
        SchemaValidator schema = new SchemaValidator();
        int failed = 0;
        for (Path file : Inputs.expand(inputs)) {
            List<String> problems;
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(file + ": cannot be read (" + e.getMessage() + ")");
                failed++;
                continue;
            }
            problems = schema.problems(text, file.toString());
            if (problems.isEmpty()) {
                try {
                    json.readStatement(file);
                } catch (HoeringssvarException e) {
                    problems = List.of(e.getMessage());
                }
            }
            if (problems.isEmpty()) {
                out.println(file + ": OK");
            } else {
                failed++;
                problems.forEach(err::println);
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : Main.BAD_INPUT;
    }
}
