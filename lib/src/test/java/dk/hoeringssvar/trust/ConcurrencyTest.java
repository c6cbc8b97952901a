package dk.hoeringssvar.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.fixtures.CorpusShapes;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.testing.Statements;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One engine shared by 8 threads rendering 400 documents: no error, the same bytes as one thread. */
class ConcurrencyTest {

    @Test
    void eightThreadsRenderFourHundredDocumentsWithTheBytesOfOneThread() throws Exception {
        DocumentEngine engine = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build();
        List<HearingStatement> statements = List.of(Statements.compact(), CorpusShapes.employeeCommitteeLetter(),
                CorpusShapes.minutesExcerpts(), CorpusShapes.mainStatementWithAnnexes(), CorpusShapes.everyBlockKind());
        OutputFormat[] formats = OutputFormat.values();
        byte[][][] expected = new byte[statements.size()][formats.length][];
        for (int s = 0; s < statements.size(); s++) {
            for (int f = 0; f < formats.length; f++) {
                expected[s][f] = engine.render(statements.get(s), formats[f]);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int s = i % statements.size();
                int f = (i / statements.size()) % formats.length;
                results.add(pool.submit(() -> Arrays.equals(expected[s][f], engine.render(statements.get(s), formats[f]))));
            }
            int same = 0;
            for (Future<Boolean> result : results) {
                if (result.get(5, TimeUnit.MINUTES)) {
                    same++;
                }
            }
            assertThat(same).isEqualTo(400);
        } finally {
            pool.shutdownNow();
        }
    }
}
