package dk.hoeringssvar.cli;

import dk.hoeringssvar.json.HoeringssvarJson;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "schema",
        mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of a statement.",
        footer = {"", "Example:", "  hoeringssvar schema > statement.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(HoeringssvarJson.statementSchema());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
