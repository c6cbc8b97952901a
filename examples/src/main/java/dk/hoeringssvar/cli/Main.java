package dk.hoeringssvar.cli;

import dk.hoeringssvar.HoeringssvarException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hoeringssvar}: the library from the command line. Exit status 0 on success, 1 on bad input
 * (the message on stderr names file, JSON path and reason, and nothing is written), 2 on wrong usage.
 */
@Command(name = "hoeringssvar",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Høringssvar as PDF, DOCX and HTML from JSON.",
        subcommands = {RenderCommand.class, ValidateCommand.class, SchemaCommand.class, BundleCommand.class,
                PacketCommand.class, ImportCommand.class},
        footer = {"", "Examples:",
                "  hoeringssvar render svar.json -o svar.pdf",
                "  hoeringssvar validate svar/*.json",
                "  hoeringssvar bundle samlede-hoeringssvar.json -o samlede-hoeringssvar.pdf",
                "  hoeringssvar packet udvalgspakke.json -o udvalgspakke.docx",
                "  hoeringssvar import indkomne/fagmed.pdf -o fagmed.json --report",
                "  hoeringssvar schema > statement.schema.json"})
public final class Main implements Runnable {

    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;

    Main(Map<String, String> environment) {
        this.environment = environment;
    }

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: render, validate, schema, bundle, packet or import");
    }

    public static void main(String[] args) {
        // POI logs through log4j-api; without a backend it would warn on stderr. The simple context is quiet.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.getenv()));
    }

    /** Runs a command line in this process and returns its exit status. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        CommandLine cli = new CommandLine(new Main(environment));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : BAD_INPUT);
        cli.setParameterExceptionHandler((usage, arguments) -> {
            PrintWriter error = usage.getCommandLine().getErr();
            error.println(usage.getMessage());
            error.println("Try '" + usage.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            error.flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof HoeringssvarException) {
                commandLine.getErr().println(e.getMessage());
            } else {
                commandLine.getErr().println("unexpected error: " + e);
            }
            commandLine.getErr().flush();
            return BAD_INPUT;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"hoeringssvar " + (version == null ? "(development build)" : version)};
        }
    }
}
