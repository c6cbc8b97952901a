package dk.hoeringssvar.cli;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.HearingSummary;
import dk.hoeringssvar.bundle.SummaryWorkbook;
import dk.hoeringssvar.json.HoeringssvarJson;
import dk.hoeringssvar.publish.PublicationCopy;
import dk.hoeringssvar.publish.RedactionLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "bundle",
        mixinStandardHelpOptions = true,
        description = {"Compile an annex bundle (samlede høringssvar) from a bundle JSON file.",
                "PDF or DOCX: cover, contents, every statement as Bilag n, page numbers and stamps. "
                        + "HTML: the høringsnotat as a preview. XLSX: the høringsnotat's worksheet, for the "
                        + "administration's comments (read back with packet --comments)."},
        footer = {"", "Examples:",
                "  hoeringssvar bundle samlede-hoeringssvar.json -o samlede-hoeringssvar.pdf",
                "  hoeringssvar bundle samlede-hoeringssvar.json -o samlede-hoeringssvar.docx",
                "  hoeringssvar bundle samlede-hoeringssvar.json -o hoeringsnotat.html",
                "  hoeringssvar bundle samlede-hoeringssvar.json -o hoeringsnotat.xlsx",
                "  hoeringssvar bundle samlede-hoeringssvar.json -o offentlig.pdf --publish --policy regler.json"})
final class BundleCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle JSON file.")
    Path input;

    @Mixin
    CompiledOutput options;

    @Mixin
    PublishOptions publish;

    @Override
    public Integer call() {
        String format = options.format(spec.commandLine(), "pdf", "docx", "html", "xlsx");
        AnnexBundle bundle = new HoeringssvarJson().readBundle(input);
        LocalDate date = bundle.hearing().deadline() != null ? bundle.hearing().deadline() : LocalDate.of(2000, 1, 1);
        List<RedactionLog> logs = new ArrayList<>();
        DocumentEngine engine = options.engine(main.environment(), date, publish.policy(options.strict), logs::add);
        if (format.equals("xlsx") || format.equals("html")) {
            // The høringsnotat of a publication copy is made from the cleaned bundle, so each point is
            // searched with its sender's rules (a private sender's streets too).
            AnnexBundle source = bundle;
            if (engine.publishes()) {
                PublicationCopy<AnnexBundle> copy = engine.publicationCopy(bundle);
                logs.add(copy.log());
                source = copy.document();
            }
            HearingSummary summary = HearingSummary.from(source);
            if (format.equals("xlsx")) {
                new SummaryWorkbook(engine.labels()).withTimestamp(engine.now()).write(summary, options.output);
            } else {
                engine.render(summary, CompiledOutput.outputFormat(format), options.output);
            }
        } else {
            engine.render(bundle, CompiledOutput.outputFormat(format), options.output,
                    options.progress(spec.commandLine().getErr()));
        }
        spec.commandLine().getOut().println("wrote " + options.output);
        if (!logs.isEmpty()) {
            PublishOptions.writeLog(engine, logs, options.output, spec.commandLine().getOut());
        }
        return 0;
    }
}
