package dk.hoeringssvar.trust;

import dk.hoeringssvar.bundle.CommitteePacket;
import dk.hoeringssvar.publish.PlantedData;
import dk.hoeringssvar.publish.PublicationCopy;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.RenderProgress;
import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.HearingSummary;
import dk.hoeringssvar.bundle.SummaryWorkbook;
import dk.hoeringssvar.fixtures.CorpusShapes;
import dk.hoeringssvar.testing.Bundles;
import dk.hoeringssvar.testing.Statements;
import java.nio.file.Path;

/** Writes one of every output into a folder; run in child JVMs by {@link ReproducibleBytesTest}. */
public final class ReproducibleOutputs {

    private ReproducibleOutputs() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        DocumentEngine engine = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build();
        for (OutputFormat format : OutputFormat.values()) {
            engine.render(CorpusShapes.everyBlockKind(), format, dir.resolve("statement." + format.extension()));
        }
        AnnexBundle bundle = Bundles.bundle();
        engine.render(bundle, OutputFormat.PDF, dir.resolve("bundle.pdf"), RenderProgress.NONE);
        engine.render(bundle, OutputFormat.DOCX, dir.resolve("bundle.docx"), RenderProgress.NONE);
        engine.render(Bundles.packet(), OutputFormat.PDF, dir.resolve("packet.pdf"), RenderProgress.NONE);
        PublicationCopy<CommitteePacket> published = engine.publicationCopy(PlantedData.packet());
        engine.render(published.document(), OutputFormat.PDF, dir.resolve("packet-public.pdf"), RenderProgress.NONE);
        engine.render(published.document(), OutputFormat.DOCX, dir.resolve("packet-public.docx"), RenderProgress.NONE);
        published.log().writeJson(dir.resolve("packet-public.log.json"));
        new SummaryWorkbook(engine.labels()).withTimestamp(engine.now())
                .write(HearingSummary.from(bundle), dir.resolve("summary.xlsx"));
    }
}
