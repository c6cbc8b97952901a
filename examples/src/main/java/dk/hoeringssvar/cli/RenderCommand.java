package dk.hoeringssvar.cli;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.i18n.LabelLanguage;
import dk.hoeringssvar.json.HoeringssvarJson;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.publish.PublicationPolicy;
import dk.hoeringssvar.publish.RedactionLog;
import dk.hoeringssvar.template.TemplateSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "render",
        mixinStandardHelpOptions = true,
        description = {"Render statements (JSON) as PDF, DOCX or HTML.",
                "Every input is read and checked before anything is written; each output file appears whole "
                        + "or not at all. Document dates come from SOURCE_DATE_EPOCH when set, else from the "
                        + "statement's date."},
        footer = {"", "Examples:",
                "  hoeringssvar render svar.json -o svar.pdf",
                "  hoeringssvar render svar.json -o svar.txt --format docx",
                "  hoeringssvar render indkomne/ --out-dir ud/ -f pdf -f html --lang en",
                "  hoeringssvar render svar.json -o svar.pdf --template skabeloner/",
                "  hoeringssvar render svar.json -o svar-offentlig.pdf --publish"})
final class RenderCommand implements Callable<Integer> {

    enum Language {
        da(LabelLanguage.DANISH), en(LabelLanguage.ENGLISH);

        final LabelLanguage labels;

        Language(LabelLanguage labels) {
            this.labels = labels;
        }
    }

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Statement JSON files, or folders of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The output file for one input; its extension (.pdf, .docx, .html) names the format.")
    Path output;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Write <input name>.<format> here for each input and format.")
    Path outDir;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "pdf, docx or html; repeat for several with --out-dir. Default: from OUT, or pdf.")
    List<OutputFormat> formats = new ArrayList<>();

    @Option(names = "--template", paramLabel = "DIR",
            description = "A folder of templates that replace or add to the bundled ones.")
    Path templates;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "da",
            description = "Label language: da or en (default: ${DEFAULT-VALUE}).")
    Language language;

    @CommandLine.Mixin
    PublishOptions publish;

    @Override
    public Integer call() {
        if (output != null && outDir != null) {
            throw usage("use -o or --out-dir, not both");
        }
        if (output == null && outDir == null) {
            throw usage("name the output: -o OUT for one input, or --out-dir DIR");
        }
        List<Path> files = Inputs.expand(inputs);
        if (output != null && files.size() != 1) {
            throw usage("-o takes one input, got " + files.size() + "; use --out-dir for several");
        }
        HoeringssvarJson json = new HoeringssvarJson();
        List<HearingStatement> statements = new ArrayList<>();
        for (Path file : files) {
            statements.add(json.readStatement(file));
        }
        List<Job> jobs = plan(files, statements);

        DocumentEngine.Builder builder = DocumentEngine.builder().language(language.labels);
        if (templates != null) {
            builder.templates(TemplateSource.directory(templates));
        }
        List<RedactionLog> logs = new ArrayList<>();
        PublicationPolicy policy = publish.policy(false);
        if (policy != null) {
            builder.publication(policy, logs::add);
        }
        DocumentEngine engine = builder.build();
        Set<Path> logsWritten = new HashSet<>();
        for (Job job : jobs) {
            engine.withClock(Timestamps.forStatement(job.statement(), main.environment()))
                    .render(job.statement(), job.format(), job.target());
            spec.commandLine().getOut().println("wrote " + job.target());
            // One log per statement, however many formats it is written in.
            if (!logs.isEmpty() && logsWritten.add(job.target().resolveSibling(Inputs.stem(job.target())))) {
                PublishOptions.writeLog(engine, logs, job.target(), spec.commandLine().getOut());
            }
            logs.clear();
        }
        return 0;
    }

    private record Job(HearingStatement statement, OutputFormat format, Path target) {
    }

    private List<Job> plan(List<Path> files, List<HearingStatement> statements) {
        List<Job> jobs = new ArrayList<>();
        if (output != null) {
            if (formats.size() > 1) {
                throw usage("-o writes one file; give one --format, or use --out-dir");
            }
            OutputFormat format = formats.isEmpty()
                    ? OutputFormat.fromFileName(output.getFileName().toString()).orElseThrow(() -> usage(
                            "cannot tell the format of " + output + "; use .pdf, .docx or .html, or --format"))
                    : formats.get(0);
            jobs.add(new Job(statements.get(0), format, output));
            return jobs;
        }
        Set<OutputFormat> wanted = new LinkedHashSet<>(formats.isEmpty() ? List.of(OutputFormat.PDF) : formats);
        Set<String> stems = new LinkedHashSet<>();
        for (int i = 0; i < files.size(); i++) {
            String stem = Inputs.stem(files.get(i));
            if (!stems.add(stem)) {
                throw usage("two inputs are named " + stem + ".json; their outputs would overwrite each other");
            }
            for (OutputFormat format : wanted) {
                jobs.add(new Job(statements.get(i), format, outDir.resolve(stem + "." + format.extension())));
            }
        }
        return jobs;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
