package dk.hoeringssvar.cli;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.bundle.CommitteePacket;
import dk.hoeringssvar.bundle.HearingSummary;
import dk.hoeringssvar.bundle.SummaryWorkbook;
import dk.hoeringssvar.json.HoeringssvarJson;
import dk.hoeringssvar.publish.RedactionLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "packet",
        mixinStandardHelpOptions = true,
        description = {"Compile a committee packet (udvalgspakke) from a packet JSON file: the agenda item, "
                + "the recommendation and background, the høringsnotat as Bilag 1 and the statements as "
                + "Bilag 2.1, 2.2 …"},
        footer = {"", "Examples:",
                "  hoeringssvar packet udvalgspakke.json -o udvalgspakke.pdf",
                "  hoeringssvar packet udvalgspakke.json -o udvalgspakke.docx --no-progress",
                "  hoeringssvar packet udvalgspakke.json -o udvalgspakke.pdf --comments hoeringsnotat.xlsx",
                "  hoeringssvar packet udvalgspakke.json -o udvalgspakke-offentlig.pdf --publish"})
final class PacketCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACKET", description = "The packet JSON file.")
    Path input;

    @Mixin
    CompiledOutput options;

    @CommandLine.Option(names = "--comments", paramLabel = "XLSX",
            description = "The høringsnotat worksheet with the administration's comments (from bundle -o X.xlsx); "
                    + "they replace comments of the same points in the JSON.")
    Path comments;

    @Mixin
    PublishOptions publish;

    @Override
    public Integer call() {
        String format = options.format(spec.commandLine(), "pdf", "docx");
        CommitteePacket packet = new HoeringssvarJson().readPacket(input);
        List<RedactionLog> logs = new ArrayList<>();
        DocumentEngine engine = options.engine(main.environment(), packet.meetingDate(),
                publish.policy(options.strict), logs::add);
        if (comments != null) {
            HearingSummary summary = new SummaryWorkbook(engine.labels()).applyComments(packet.summary(), comments);
            packet = new CommitteePacket(packet.committee(), packet.meetingDate(), packet.itemNumber(),
                    packet.itemTitle(), packet.caseNumber(), packet.recommendation(), packet.background(), summary,
                    packet.bundle());
        }
        engine.render(packet, CompiledOutput.outputFormat(format), options.output,
                options.progress(spec.commandLine().getErr()));
        spec.commandLine().getOut().println("wrote " + options.output);
        if (!logs.isEmpty()) {
            PublishOptions.writeLog(engine, logs, options.output, spec.commandLine().getOut());
        }
        return 0;
    }
}
