package dk.hoeringssvar.cli;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.json.HoeringssvarJson;
import dk.hoeringssvar.publish.PublicationPolicy;
import dk.hoeringssvar.publish.RedactionLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that make a publication copy, shared by render, bundle and packet. */
final class PublishOptions {

    @Option(names = "--publish",
            description = "Write a publication copy: CPR numbers, e-mail addresses, phone and account numbers and "
                    + "private senders' street addresses removed and marked [fjernet]. The redaction log is written "
                    + "beside the output as <name>.redaktionslog.json and .html; it holds the removed data and is "
                    + "not for publication.")
    boolean publish;

    @Option(names = "--policy", paramLabel = "JSON",
            description = "With --publish: a policy file that adds rules (\"remove\", \"names\"), exceptions "
                    + "(\"keep\", \"keepPatterns\") or leaves default rules out (\"without\").")
    Path policyFile;

    /**
     * The policy, read and checked before anything is written; null without --publish. {@code strict}
     * (the command's --strict) makes it strict too.
     */
    PublicationPolicy policy(boolean strict) {
        if (!publish) {
            return null;
        }
        PublicationPolicy policy = policyFile == null ? PublicationPolicy.danish()
                : new HoeringssvarJson().readPolicy(policyFile);
        return strict ? policy.withStrict(true) : policy;
    }

    /**
     * Writes the logs of one output (the first names it; a høringsnotat made from a cleaned bundle has
     * two) beside {@code output} as one JSON file and one HTML page, and says so.
     */
    static void writeLog(DocumentEngine engine, List<RedactionLog> logs, Path output, PrintWriter out) {
        RedactionLog log = new RedactionLog(logs.get(0).title(),
                logs.stream().flatMap(l -> l.redactions().stream()).toList(),
                logs.stream().flatMap(l -> l.notices().stream()).toList());
        String stem = Inputs.stem(output);
        Path json = output.resolveSibling(stem + ".redaktionslog.json");
        Path html = output.resolveSibling(stem + ".redaktionslog.html");
        log.writeJson(json);
        engine.render(log, OutputFormat.HTML, html);
        out.println("wrote " + json + " (" + log.redactions().size() + " removed, " + log.notices().size()
                + " to check)");
        out.println("wrote " + html);
    }
}
