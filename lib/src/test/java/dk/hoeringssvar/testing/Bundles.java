package dk.hoeringssvar.testing;

import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.bundle.CommitteePacket;
import dk.hoeringssvar.bundle.Hearing;
import dk.hoeringssvar.bundle.HearingSummary;
import dk.hoeringssvar.bundle.ReceivedDocument;
import dk.hoeringssvar.fixtures.CorpusShapes;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.Sender;
import dk.hoeringssvar.model.SenderKind;
import java.time.LocalDate;
import java.util.List;

/** A small hearing: bundle, summary and packet built from the test statements. */
public final class Bundles {

    private Bundles() {
    }

    public static Hearing hearing() {
        return new Hearing("Forslag til beskæftigelsesplan 2016", "Aarby Kommune, Beskæftigelsesforvaltningen",
                "Beskæftigelsesudvalget", "2015-0417", LocalDate.of(2015, 10, 20), LocalDate.of(2015, 11, 12),
                List.of("FagMED for Jobcentret", "HovedMED", "Ældrerådet", "Handicaprådet"));
    }

    /** Bilag 1 a letter, 2 the statement with eight annexed ones, 3 a short statement, 4 a received PDF. */
    public static AnnexBundle bundle() {
        HearingStatement noRemarks = HearingStatement.builder().sender("Ældrerådet", SenderKind.ASSOCIATION)
                .title("Ældrerådets høringssvar").position(Position.NO_REMARKS)
                .body(BodyBlock.Paragraph.of("Ældrerådet har ingen bemærkninger til forslaget.")).build();
        byte[] pdf = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build()
                .render(Statements.compact(), OutputFormat.PDF);
        return new AnnexBundle(hearing(), List.of(
                new BundleItem.Statement(CorpusShapes.employeeCommitteeLetter()),
                new BundleItem.Statement(CorpusShapes.mainStatementWithAnnexes()),
                new BundleItem.Statement(noRemarks),
                new BundleItem.Received(new ReceivedDocument("dansk-metal.pdf", pdf, "Høringssvar fra Dansk Metal",
                        Sender.of("Dansk Metal", SenderKind.UNION)))));
    }

    public static CommitteePacket packet() {
        AnnexBundle bundle = bundle();
        HearingSummary summary = HearingSummary.from(bundle);
        summary = summary.withComments(java.util.Map.of(summary.points().get(0).id(),
                "Administrationen er enig og retter planen.")).withChanges("Planens side 9 præciseres.");
        return new CommitteePacket("Beskæftigelsesudvalget", LocalDate.of(2015, 11, 26), "7",
                "Beskæftigelsesplan 2016 efter høring", "2015-0417",
                List.of("at udvalget godkender beskæftigelsesplanen med de ændringer, høringen har givet anledning til,",
                        "at høringsnotatet sendes til høringsparterne."),
                List.of(BodyBlock.Paragraph.of("Forslaget var i høring fra 20. oktober til 12. november 2015.")),
                summary, bundle);
    }
}
