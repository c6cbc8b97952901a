package dk.hoeringssvar.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.hoeringssvar.model.Annex;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.RichText;
import dk.hoeringssvar.model.Sender;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.model.Signatory;
import dk.hoeringssvar.model.SignatureArrangement;
import dk.hoeringssvar.model.Stance;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One fixture per shape of received statement, each asserting what is recognised. */
class ImportFixturesTest {

    static final Path FIXTURES = Path.of("src", "test", "resources", "importer");

    static ImportResult load(String name) {
        return new StatementImporter().importFile(FIXTURES.resolve(name));
    }

    @Test
    void recipientTitleDateAndStackedSignatories() {
        ImportResult r = load("01-recipient-title.txt");
        HearingStatement s = r.statement();
        assertThat(s.recipient()).isEqualTo("Beskæftigelsesudvalget");
        assertThat(s.title()).isEqualTo("Høringssvar vedr. forslag til beskæftigelsesplan 2026");
        assertThat(s.date()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(s.closing()).isEqualTo("Med venlig hilsen");
        assertThat(s.signatories()).containsExactly(new Signatory("Bente Lauridsen", "Formand"),
                new Signatory("Morten Kragh", "Næstformand"));
        assertThat(s.signatureArrangement()).isEqualTo(SignatureArrangement.STACKED);
        assertThat(s.senders()).extracting(Sender::name).containsExactly("FagMED for Jobcenter Aarby");
        assertThat(r.report().uncertainties()).anyMatch(u -> u.what().equals("senders") && u.confidence() < 0.7);
        // two paragraphs, each re-flowed from two hard-wrapped lines
        assertThat(s.body()).hasSize(2).allMatch(b -> b instanceof BodyBlock.Paragraph);
        assertThat(text(s.body().get(0))).contains("2026. Vi bakker op");
        assertThat(s.position()).isEqualTo(Position.SUPPORT_WITH_REMARKS);
        assertThat(r.report().recognised("date")).singleElement()
                .satisfies(f -> assertThat(f.consumed()).isEqualTo("5. november 2025"));
    }

    @Test
    void letterheadSenderLineAndUpperCaseTitle() {
        HearingStatement s = load("02-letterhead.txt").statement();
        assertThat(s.letterhead()).containsExactly("AARBY KOMMUNE", "Social- og Sundhedsforvaltningen",
                "Enhed for Ældre og Sundhed");
        assertThat(s.senders()).extracting(Sender::name, Sender::kind)
                .containsExactly(tuple("LokalMED Hjemmeplejen Nord", SenderKind.EMPLOYEE_COMMITTEE));
        assertThat(s.recipient()).isEqualTo("Ældre- og Sundhedsudvalget");
        assertThat(s.title()).isEqualTo("SVAR PÅ HØRING AF FORSLAG TIL ÆLDREPOLITIK 2026-2029");
        assertThat(s.date()).isEqualTo(LocalDate.of(2021, 9, 6));
        assertThat(s.closing()).isEqualTo("Mvh");
        assertThat(s.signatories()).containsExactly(new Signatory("Lise Dam", "Formand"));
        assertThat(s.points()).singleElement().extracting(p -> p.stance()).isEqualTo(Stance.OPPOSITION);
    }

    @Test
    void addressBlocksPlaceDateAndJournalNumber() {
        HearingStatement s = load("03-address-blocks.txt").statement();
        Sender sender = s.senders().get(0);
        assertThat(sender.name()).isEqualTo("Aarby Ældreråd");
        assertThat(sender.kind()).isEqualTo(SenderKind.ASSOCIATION);
        assertThat(sender.address().street()).isEqualTo("Stationsvej 14");
        assertThat(sender.address().postalCode()).isEqualTo("4000");
        assertThat(sender.address().city()).isEqualTo("Aarby");
        assertThat(s.recipient()).isEqualTo("Aarby Kommune, Center for Trafik og Miljø, Rådhustorvet 1, 4000 Aarby");
        assertThat(s.place()).isEqualTo("Skibby");
        assertThat(s.date()).isEqualTo(LocalDate.of(2014, 9, 23));
        assertThat(s.hearing().caseNumber()).isEqualTo("2014-08731");
        assertThat(s.hearing().proposalTitle()).isEqualTo("forslag til trafikplan 2015-2020");
        assertThat(s.signatories()).containsExactly(new Signatory("Kirsten Bach", "Forperson"));
    }

    @Test
    void emailHeaders() {
        ImportResult r = load("04-email.txt");
        HearingStatement s = r.statement();
        assertThat(s.senders()).extracting(Sender::name, Sender::kind)
                .containsExactly(tuple("HK Kommunal Aarby", SenderKind.UNION));
        assertThat(s.letterhead()).containsExactly("aarby@hk.example");
        assertThat(s.date()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(s.recipient()).isEqualTo("beskaeftigelse@aarby.example");
        assertThat(s.title()).isEqualTo("Høringssvar fra HK Kommunal om a-kassernes rolle");
        assertThat(r.report().recognised("title").get(0).consumed()).isEqualTo("Emne: SV:");
        // the Cc header has no field: it stays as text, and the report says so
        assertThat(text(s.body().get(0))).isEqualTo("Cc: formand@hk.example");
        assertThat(r.report().uncertainties()).anyMatch(u -> u.why().contains("Cc:"));
        assertThat(s.body().get(1)).isEqualTo(BodyBlock.Paragraph.of("Kære udvalg"));
        assertThat(s.signatories()).containsExactly(new Signatory("Jonas Brix", "Faglig sekretær"));
        assertThat(s.points()).extracting(p -> p.stance()).containsExactly(Stance.QUESTION, Stance.PROPOSAL);
    }

    @Test
    void numericDateReferenceAndNoRemarks() {
        HearingStatement s = load("05-dates-references.txt").statement();
        assertThat(s.senders()).extracting(Sender::name).containsExactly("Aarby Handicapråd");
        assertThat(s.date()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(s.hearing().caseNumber()).isEqualTo("25/04417");
        assertThat(s.position()).isEqualTo(Position.NO_REMARKS);
        assertThat(s.signatories()).containsExactly(new Signatory("Per Nørgaard", "formand"));
    }

    @Test
    void headingsBulletsAndNumberedItemsBecomePoints() {
        HearingStatement s = load("06-headings-lists.txt").statement();
        assertThat(s.body()).filteredOn(b -> b instanceof BodyBlock.Heading).extracting(b -> ((BodyBlock.Heading) b).text())
                .containsExactly("1. Indledning", "2. Økonomi", "ORGANISERING OG ARBEJDSMILJØ");
        List<BodyBlock.BulletList> bullets = s.body().stream().filter(b -> b instanceof BodyBlock.BulletList)
                .map(b -> (BodyBlock.BulletList) b).toList();
        assertThat(bullets).hasSize(3);
        assertThat(bullets.get(0).items()).extracting(RichText::plainText).containsExactly(
                "Budgettet til mentorer er for lavt til det antal unge, planen regner med",
                "Vi bakker op om, at uddannelsesmidlerne fastholdes",
                "Hvorfor er klubberne ikke nævnt i planen?");
        assertThat(bullets.get(1).items()).extracting(RichText::plainText)
                .containsExactly("Medarbejderne er bekymrede for de mange skift mellem teams",
                        "Vi foreslår en fast kontaktperson for hver ung");
        assertThat(bullets.get(2).items()).extracting(RichText::plainText)
                .containsExactly("Et fælles møde med ledelsen i januar", "En evaluering efter et år");
        BodyBlock.NumberedList numbered = (BodyBlock.NumberedList) s.body().get(s.body().size() - 1);
        assertThat(numbered.start()).isEqualTo(1);
        assertThat(numbered.items()).extracting(RichText::plainText)
                .containsExactly("En status til udvalget efter seks måneder", "En samlet evaluering efter to år");
        // every list item is a point, themed by its heading
        assertThat(s.points()).hasSize(9);
        assertThat(s.points()).extracting(p -> p.stance()).startsWith(Stance.PROPOSAL, Stance.SUPPORT,
                Stance.QUESTION, Stance.CONCERN, Stance.PROPOSAL);
        assertThat(s.points().get(0).theme()).isEqualTo("2. Økonomi");
        assertThat(s.points().get(3).theme()).isEqualTo("ORGANISERING OG ARBEJDSMILJØ");
    }

    @Test
    void remarksTiedToProvisions() {
        HearingStatement s = load("07-provisions.txt").statement();
        assertThat(s.hearing().caseNumber()).isEqualTo("2025-11290");
        assertThat(s.points()).extracting(p -> p.reference(), p -> p.stance()).containsExactly(
                tuple("§ 3, stk. 7", Stance.OPPOSITION), tuple("§ 12", Stance.SUPPORT), tuple("§ 14", Stance.QUESTION));
        assertThat(s.points().get(0).text()).startsWith("Foreningen er imod");
        assertThat(s.body()).contains(new BodyBlock.Heading(2, "Ad § 12"));
        assertThat(s.senders()).extracting(Sender::name).containsExactly("Dansk Socialrådgiverforening Aarby");
    }

    @Test
    void quotedMinutesWithTheirMeetingAndDate() {
        HearingStatement s = load("08-quoted-minutes.txt").statement();
        assertThat(s.title()).startsWith("Bemærkninger til oplæg om ny mødestruktur");
        assertThat(s.senders()).extracting(Sender::name, Sender::kind).containsExactly(
                tuple("Ledergruppen", SenderKind.MANAGEMENT), tuple("FagMED for Borgerservice", SenderKind.EMPLOYEE_COMMITTEE));
        assertThat(s.body()).hasSize(2).allMatch(b -> b instanceof BodyBlock.Quotation);
        BodyBlock.Quotation second = (BodyBlock.Quotation) s.body().get(1);
        assertThat(second.attribution()).isEqualTo("Referat fra FagMED for Borgerservice den 5. februar 2024");
        assertThat(second.paragraphs()).extracting(RichText::plainText).containsExactly(
                "FagMED er bekymret for, at færre møder giver mindre information til de medarbejdere, der arbejder "
                        + "på skiftende adresser.",
                "FagMED har ikke yderligere bemærkninger.");
    }

    @Test
    void meetingBlock() {
        HearingStatement s = load("09-meeting.txt").statement();
        assertThat(s.meeting().date()).isEqualTo(LocalDate.of(2023, 6, 20));
        assertThat(s.meeting().startTime()).isEqualTo(LocalTime.of(13, 0));
        assertThat(s.meeting().endTime()).isEqualTo(LocalTime.of(14, 30));
        assertThat(s.meeting().place()).isEqualTo("Mødelokale 2, Rådhuset");
        assertThat(s.meeting().participants()).extracting(g -> g.side(), g -> g.names()).containsExactly(
                tuple("Ledelsessiden", List.of("Hanne Juul", "Erik Mose")),
                tuple("Medarbejdersiden", List.of("Sofie Lind (TR)", "Kasper Holm (AMR)")));
        assertThat(s.meeting().apologies()).containsExactly("Nina Berg (AMR)");
        assertThat(s.meeting().chair()).isEqualTo("Hanne Juul");
        assertThat(s.meeting().minuteTaker()).isEqualTo("Erik Mose");
        assertThat(s.title()).isEqualTo("Høringssvar fra CenterMED Socialcenter Aarby vedr. forslag til ny visitationsmodel");
        assertThat(s.senders()).extracting(Sender::name).containsExactly("CenterMED Socialcenter Aarby");
    }

    @Test
    void twoSignatoriesSideBySide() {
        HearingStatement s = load("10-side-by-side.txt").statement();
        assertThat(s.signatories()).containsExactly(new Signatory("Anna Holm", "Formand"), new Signatory("Jens Vig", "Næstformand"));
        assertThat(s.signatureArrangement()).isEqualTo(SignatureArrangement.SIDE_BY_SIDE);
        assertThat(s.date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(s.recipient()).isEqualTo("HovedMED");
        assertThat(s.position()).isEqualTo(Position.SUPPORT);
    }

    @Test
    void nestedStatementsUnderABilagHeading() {
        HearingStatement s = load("11-annex-bundle.txt").statement();
        assertThat(s.senders()).extracting(Sender::name).containsExactly("HovedMED Sundhed");
        assertThat(s.title()).isEqualTo("HovedMEDs høringssvar på forslaget om en ny struktur for sundhedsplejen");
        assertThat(s.annexes()).hasSize(1);
        Annex annex = s.annexes().get(0);
        assertThat(annex.title()).isEqualTo("Høringssvar fra CenterMED-udvalgene");
        assertThat(annex.body()).containsExactly(BodyBlock.Paragraph.of("Nedenfor følger svarene fra de tre CenterMED-udvalg."));
        assertThat(annex.statements()).extracting(HearingStatement::title).containsExactly(
                "Høringssvar fra CenterMED Sundhedsplejen Nord", "Høringssvar fra CenterMED Sundhedsplejen Syd",
                "Høringssvar fra CenterMED Tandplejen vedr. ny struktur");
        assertThat(annex.statements().get(0).date()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(annex.statements().get(1).body()).as("a statement that is only a title").isEmpty();
        HearingStatement last = annex.statements().get(2);
        assertThat(last.senders()).extracting(Sender::name).containsExactly("CenterMED Tandplejen");
        assertThat(last.signatories()).containsExactly(new Signatory("Ole Brandt", "formand"), new Signatory("Sara Krog", "næstformand"));
        assertThat(last.position()).isEqualTo(Position.NO_REMARKS);
    }

    @Test
    void pdfArtefactsAreRepairedAndReported() {
        ImportResult r = load("12-pdf-artefacts.txt");
        HearingStatement s = r.statement();
        String first = text(s.body().get(0));
        assertThat(first).contains("ekstraordinært møde drøftet planen for beskæftigelsesindsatsen, og vi er glade for")
                .contains("jobcentret og a-kassen styrkes").contains("den lediges egne ønsker")
                .contains("og CV-samtalen bør");
        assertThat(text(s.body().get(1))).contains("mere end et år.");
        assertThat(s.body()).hasSize(2);
        assertThat(ImportWords.texts(s)).noneMatch(t -> t.contains("Side 1 af 2") || t.contains("·"));
        assertThat(r.report().repairs()).extracting(ImportReport.Repair::kind, ImportReport.Repair::before).contains(
                tuple(ImportReport.RepairKind.PAGE_NUMBER_DROPPED, "Side 1 af 2"),
                tuple(ImportReport.RepairKind.PAGE_NUMBER_DROPPED, "Side 2 af 2"),
                tuple(ImportReport.RepairKind.PAGE_STAMP_DROPPED, "Aarby A-kasse · Høringssvar om beskæftigelsesplanen"),
                tuple(ImportReport.RepairKind.LETTER_SPACING_MENDED, "m øde"),
                tuple(ImportReport.RepairKind.HYPHENATION_JOINED, "ledi- ges"));
        assertThat(r.report().repairs()).filteredOn(x -> x.kind() == ImportReport.RepairKind.PAGE_STAMP_DROPPED).hasSize(2);
        assertThat(s.title()).isEqualTo("Høringssvar fra Aarby A-kasse vedr. beskæftigelsesplan 2026");
        assertThat(s.senders()).extracting(Sender::name, Sender::kind)
                .containsExactly(tuple("Aarby A-kasse", SenderKind.UNEMPLOYMENT_FUND));
        assertThat(s.signatories()).containsExactly(new Signatory("Lars Friis", "Formand"));
    }

    @Test
    void withoutTitleOrSenderTheFallbacksAreUsedAndReported() {
        ImportResult r = load("13-no-title.txt");
        assertThat(r.statement().title()).isEqualTo("Høringssvar");
        assertThat(r.statement().senders()).extracting(Sender::name).containsExactly("Ukendt afsender");
        assertThat(r.statement().position()).isEqualTo(Position.NO_REMARKS);
        assertThat(r.report().uncertainties()).extracting(ImportReport.Uncertainty::what).contains("title", "senders");
        assertThat(r.report().recognised("title").get(0).derived()).isTrue();
    }

    @Test
    void aWrappedFirstSentenceIsNoTitle() {
        ImportResult r = new StatementImporter().importText("""
                Til BSU

                Medarbejderne i fag-MED har drøftet den nye plan og forholder sig i det
                følgende til indsatserne på side 4. Vi bakker op om planen.
                """, "mail");
        assertThat(r.statement().title()).isEqualTo("Høringssvar");
        assertThat(r.statement().senders()).extracting(Sender::name).containsExactly("Fag-MED");
        assertThat(r.statement().points()).singleElement().satisfies(p -> {
            assertThat(p.reference()).isEqualTo("side 4");
            assertThat(p.stance()).isEqualTo(Stance.SUPPORT);
        });
    }

    @Test
    void anAnnexedSenderTakesItsKindFromTheAnnexTitle() {
        HearingStatement s = new StatementImporter().importText("""
                Høringssvar fra HovedMED

                Bilag: Høringssvar fra CenterMED-udvalgene

                Høringssvar fra AMC

                Vi støtter forslaget.
                """, "t").statement();
        assertThat(s.annexes().get(0).statements().get(0).senders()).extracting(Sender::name, Sender::kind)
                .containsExactly(tuple("AMC", SenderKind.EMPLOYEE_COMMITTEE));
    }

    @Test
    void theReportReadsAsText() {
        String text = load("12-pdf-artefacts.txt").report().toText();
        assertThat(text).contains("title = Høringssvar fra Aarby A-kasse vedr. beskæftigelsesplan 2026 [line 5]")
                .contains("page number dropped [line 13]: Side 1 af 2")
                .contains("concern 0.70 [bekymrede]");
    }

    static String text(BodyBlock block) {
        return ((BodyBlock.Paragraph) block).text().plainText();
    }
}
