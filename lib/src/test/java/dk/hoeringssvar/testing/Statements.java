package dk.hoeringssvar.testing;

import dk.hoeringssvar.model.Annex;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingReference;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Meeting;
import dk.hoeringssvar.model.ParticipantGroup;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.RichText;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.model.Stance;
import dk.hoeringssvar.model.TextRun;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/** Small statements for unit tests; the corpus-shaped ones live in {@code fixtures.CorpusShapes}. */
public final class Statements {

    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:30:00Z"), ZoneOffset.UTC);

    private Statements() {
    }

    /** One of each statement part, in a few lines each. */
    public static HearingStatement compact() {
        return HearingStatement.builder()
                .sender("FagMED for Jobcentret", SenderKind.EMPLOYEE_COMMITTEE)
                .sender("Ledergruppen", SenderKind.EMPLOYEE_COMMITTEE)
                .letterhead("Aarby Kommune", "Beskæftigelsesforvaltningen")
                .recipient("Beskæftigelsesudvalget")
                .title("Høringssvar om beskæftigelsesplanen")
                .date(LocalDate.of(2015, 11, 5)).place("Aarby")
                .hearing(new HearingReference("Forslag til beskæftigelsesplan 2016", "Beskæftigelsesudvalget",
                        "2015-0417", LocalDate.of(2015, 11, 12)))
                .position(Position.SUPPORT_WITH_REMARKS)
                .heading("Generelt")
                .body(new BodyBlock.Paragraph(RichText.of(TextRun.plain("Det er "), TextRun.bold("vig"),
                        TextRun.italic("tigt"), TextRun.plain(", at a-kassen og CV-samtalen\nnævnes."))))
                .body(BodyBlock.BulletList.of("Klare roller", "Plads til fleksibilitet"))
                .point("Kontakten til borgerne skal prioriteres", Stance.SUPPORT, "Borgerkontakt")
                .point(new dk.hoeringssvar.model.Point("Listen over partnere er for snæver", Stance.CONCERN,
                        "Samarbejde", "side 9"))
                .meeting(new Meeting(LocalDate.of(2015, 11, 5), LocalTime.of(11, 0), LocalTime.of(12, 0),
                        "Mødelokalet ved Torvet",
                        List.of(new ParticipantGroup("Ledelsessiden", List.of("Anna Lund", "Per Krog")),
                                new ParticipantGroup("Medarbejdersiden", List.of("Sif Møller"))),
                        List.of("Jens Ørum"), "Anna Lund", "Per Krog"))
                .signatory("Bo Hansen", "Formand").signatory("Ida Holm", "Næstformand")
                .annex(new Annex("Høringssvar fra centrene", List.of(BodyBlock.Paragraph.of("Nedenfor følger svarene.")),
                        List.of(HearingStatement.builder().sender("Jobcenter Nord", SenderKind.EMPLOYEE_COMMITTEE)
                                        .title("Svar fra Jobcenter Nord").paragraph("Vi støtter forslaget.").build(),
                                HearingStatement.builder().sender("Jobcenter Syd", SenderKind.EMPLOYEE_COMMITTEE)
                                        .title("Svar fra Jobcenter Syd").build())))
                .build();
    }
}
