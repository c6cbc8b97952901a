package dk.hoeringssvar.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over every fixture: the words of the input, after the repairs the report lists, are the words of
 * the model (see {@link ImportWords} for the exact bookkeeping), and every point repeats body text.
 */
class NothingLostImportTest {

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(ImportFixturesTest.FIXTURES)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assertThat(list).hasSizeGreaterThanOrEqualTo(13);
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyWordOfTheInputIsInTheModel(Path fixture) throws IOException {
        String input = Files.readString(fixture);
        ImportResult r = new StatementImporter().importText(input, fixture.toString());
        assertThat(ImportWords.difference(ImportWords.expected(input, r.report()), ImportWords.actual(r.statement(), r.report())))
                .as("words lost (positive) or added (negative) in %s", fixture).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyPointRepeatsTextOfTheBody(Path fixture) {
        ImportResult r = new StatementImporter().importFile(fixture);
        List<String> body = new ArrayList<>();
        collect(r.statement(), body);
        List<Point> points = new ArrayList<>();
        points(r.statement(), points);
        for (Point p : points) {
            assertThat(body).as("point %s", p.text()).anyMatch(t -> t.contains(p.text()));
        }
        assertThat(r.report().points()).hasSize(points.size());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void dropsOnlyPageNumbersAndStamps(Path fixture) throws IOException {
        ImportResult r = new StatementImporter().importText(Files.readString(fixture), fixture.toString());
        r.report().repairs().stream().filter(x -> x.after().isEmpty())
                .forEach(x -> assertThat(x.kind()).isIn(ImportReport.RepairKind.PAGE_NUMBER_DROPPED,
                        ImportReport.RepairKind.PAGE_STAMP_DROPPED));
    }

    @org.junit.jupiter.api.Test
    void theBookkeepingNoticesALostWord() {
        String input = "Til BSU\n\nHøringssvar vedr. planen\n\nVi støtter planen.\n";
        ImportResult r = new StatementImporter().importText(input, "t");
        assertThat(ImportWords.difference(ImportWords.expected(input + " forsvundet", r.report()),
                ImportWords.actual(r.statement(), r.report()))).containsOnlyKeys("forsvundet");
    }

    private static void collect(HearingStatement s, List<String> out) {
        s.body().forEach(b -> out.addAll(ImportWords.texts(b)));
        s.annexes().forEach(a -> a.statements().forEach(st -> collect(st, out)));
    }

    private static void points(HearingStatement s, List<Point> out) {
        out.addAll(s.points());
        s.annexes().forEach(a -> a.statements().forEach(st -> points(st, out)));
    }
}
