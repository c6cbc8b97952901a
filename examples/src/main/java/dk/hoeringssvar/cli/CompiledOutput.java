package dk.hoeringssvar.cli;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.i18n.LabelLanguage;
import dk.hoeringssvar.template.TemplateSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options the bundle and packet commands share: output, format, labels, templates, progress. */
final class CompiledOutput {

    /** The command this mixin belongs to, for usage errors. */
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The output file; its extension names the format.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "Force the format.")
    String format;

    @Option(names = "--template", paramLabel = "DIR",
            description = "A folder of templates that replace or add to the bundled ones.")
    Path templates;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "da",
            description = "Label language: da or en (default: ${DEFAULT-VALUE}).")
    RenderCommand.Language language;

    @Option(names = "--strict",
            description = "Fail, naming the files, rather than write a PDF that cannot claim PDF/A "
                    + "(a received PDF that is not PDF/A), or, with --publish, rather than leave out a received "
                    + "file that cannot be cleaned of personal data safely.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that lay out the statements of a PDF (default: the processors, at most 4; "
                    + "the file is the same for any number).")
    Integer threads;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar (default: when stderr is a terminal).")
    Boolean progress;

    /** The extension or --format, one of {@code allowed} (lower-case extensions). */
    String format(CommandLine commandLine, String... allowed) {
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : extension(output);
        for (String a : allowed) {
            if (a.equals(chosen)) {
                return chosen;
            }
        }
        throw new CommandLine.ParameterException(commandLine, "cannot write " + output + " as "
                + (chosen.isEmpty() ? "(no extension)" : chosen) + "; use " + String.join(", ", allowed));
    }

    DocumentEngine engine(Map<String, String> environment, LocalDate date) {
        return engine(environment, date, null, log -> { });
    }

    /** With a policy, every render is a publication copy and its redaction log goes to {@code logs}. */
    DocumentEngine engine(Map<String, String> environment, LocalDate date,
                          dk.hoeringssvar.publish.PublicationPolicy policy,
                          java.util.function.Consumer<dk.hoeringssvar.publish.RedactionLog> logs) {
        DocumentEngine.Builder builder = DocumentEngine.builder().language(language.labels);
        if (policy != null) {
            builder.publication(policy, logs);
        }
        if (templates != null) {
            builder.templates(TemplateSource.directory(templates));
        }
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        Clock clock = epoch != null && !epoch.isBlank()
                ? Timestamps.fromEpoch(epoch)
                : Clock.fixed(date.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return builder.clock(clock).strictArchival(strict).layoutThreads(layoutThreads()).build();
    }

    private int layoutThreads() {
        if (threads == null) {
            return Math.min(4, Runtime.getRuntime().availableProcessors());
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--threads must be at least 1, was " + threads);
        }
        return threads;
    }

    /** The progress bar (on a terminal) and every warning on stderr, whatever stderr is. */
    dk.hoeringssvar.RenderProgress progress(java.io.PrintWriter err) {
        dk.hoeringssvar.RenderProgress bar = ProgressBar.on(err, "høringssvar", progress);
        return new dk.hoeringssvar.RenderProgress() {
            @Override
            public void statementsDone(int done, int total) {
                bar.statementsDone(done, total);
            }

            @Override
            public void warning(String message) {
                err.println("warning: " + message);
                err.flush();
            }
        };
    }

    static OutputFormat outputFormat(String extension) {
        return OutputFormat.valueOf(extension.toUpperCase(Locale.ROOT));
    }

    LabelLanguage labels() {
        return language.labels;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
