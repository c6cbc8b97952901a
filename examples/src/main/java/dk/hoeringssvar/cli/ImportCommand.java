package dk.hoeringssvar.cli;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.importer.ImportResult;
import dk.hoeringssvar.importer.StatementImporter;
import dk.hoeringssvar.json.HoeringssvarJson;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"Import a received statement (plain text, DOCX or PDF) into the model.",
                "The format is told by the file's content. OUT's extension chooses what is written: .json the "
                        + "statement as JSON (to check and correct before rendering), .pdf, .docx or .html the "
                        + "statement in the standard layout. Page numbers, page stamps, hyphenation and letter "
                        + "spacing left by PDF extraction are repaired; --report lists what was recognised, "
                        + "guessed and repaired."},
        footer = {"", "Examples:",
                "  hoeringssvar import indkomne/fagmed.pdf -o fagmed.json --report",
                "  hoeringssvar import indkomne/aeldreraad.docx -o aeldreraad.pdf",
                "  hoeringssvar import mail.txt -o mail.html"})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The received statement: .txt, .docx or .pdf.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The output file: .json, .pdf, .docx or .html.")
    Path output;

    @Option(names = "--report", description = "Print the import report (recognised, unsure, repaired) to stdout.")
    boolean report;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "da",
            description = "Label language of a rendered OUT: da or en (default: ${DEFAULT-VALUE}).")
    RenderCommand.Language language;

    @Override
    public Integer call() {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        Optional<OutputFormat> format = json ? Optional.empty() : OutputFormat.fromFileName(name);
        if (!json && format.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot tell what to write to " + output + "; use .json, .pdf, .docx or .html");
        }
        ImportResult result = new StatementImporter().importFile(input);
        if (json) {
            new HoeringssvarJson().writeStatement(result.statement(), output);
        } else {
            DocumentEngine.builder().language(language.labels).build()
                    .withClock(Timestamps.forStatement(result.statement(), main.environment()))
                    .render(result.statement(), format.get(), output);
        }
        if (report) {
            spec.commandLine().getOut().print(result.report().toText());
        }
        spec.commandLine().getOut().println("wrote " + output + " (" + result.report().uncertainties().size()
                + " uncertain, " + result.report().repairs().size() + " repairs" + (report ? "" : "; --report for details")
                + ")");
        return 0;
    }
}
