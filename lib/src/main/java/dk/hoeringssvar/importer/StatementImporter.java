package dk.hoeringssvar.importer;

import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.importer.ImportReport.Repair;
import dk.hoeringssvar.importer.ImportReport.Uncertainty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports a received statement — plain text, DOCX or PDF — into the model, with a report of what was
 * recognised, what was guessed and what was repaired. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * ImportResult result = new StatementImporter().importFile(Path.of("indkomne/fagmed.pdf"));
 * HearingStatement statement = result.statement();
 * System.out.print(result.report().toText());
 * }</pre>
 *
 * <p>The pipeline: read the text (the format told by content), repair extraction artefacts, classify
 * lines, assemble the statement. Nothing is dropped except page numbers and page stamps, and those are
 * in the report; text that fits no recognised part stays as paragraphs. A readable file always gives a
 * statement: a missing sender or title gets a fallback ("Ukendt afsender", "Høringssvar") marked as
 * uncertain. A file that cannot be read is a {@link HoeringssvarException} naming it.
 */
public final class StatementImporter {

    public StatementImporter() {
    }

    /** Imports a file: PDF when it starts with {@code %PDF-}, DOCX when it is a zip, else UTF-8 text. */
    public ImportResult importFile(Path file) {
        Objects.requireNonNull(file, "file");
        TextSource.Read read = TextSource.read(file);
        List<Uncertainty> notes = new ArrayList<>();
        if (read.windows1252()) {
            notes.add(new Uncertainty("encoding", "not valid UTF-8; read as Windows-1252", 0.6, 0));
        }
        return run(read.text(), file.toString(), read.format(), notes);
    }

    /** Imports text; {@code source} names it in the report and in errors. */
    public ImportResult importText(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (text.isBlank()) {
            throw new HoeringssvarException(source + ": no text to import");
        }
        return run(text, source, SourceFormat.TEXT, List.of());
    }

    private static ImportResult run(String text, String source, SourceFormat format, List<Uncertainty> notes) {
        ExtractionRepair.Result repaired = ExtractionRepair.repair(text);
        if (repaired.lines().stream().allMatch(SourceLine::blank)) {
            throw new HoeringssvarException(source + ": no text left to import after dropping page numbers");
        }
        List<LineClassifier.Classified> lines = LineClassifier.classify(repaired.lines());
        StatementAssembler.Output out = new StatementAssembler(lines).assemble();
        List<Uncertainty> uncertainties = new ArrayList<>(notes);
        uncertainties.addAll(out.uncertainties());
        List<Repair> repairs = repaired.repairs();
        ImportReport report = new ImportReport(source, format, out.recognised(), uncertainties, repairs, out.points());
        return new ImportResult(out.statement(), report);
    }
}
