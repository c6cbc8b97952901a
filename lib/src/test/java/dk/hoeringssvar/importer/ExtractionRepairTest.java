package dk.hoeringssvar.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.hoeringssvar.importer.ImportReport.Repair;
import dk.hoeringssvar.importer.ImportReport.RepairKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionRepairTest {

    static List<String> lines(ExtractionRepair.Result r) {
        return r.lines().stream().map(SourceLine::text).toList();
    }

    @Test
    void pageNumbersAreDroppedAndReported() {
        ExtractionRepair.Result r = ExtractionRepair.repair("Første side.\nSide 1 af 3\nAnden side.\n- 2 -\nTredje.\n3\n");
        assertThat(lines(r)).containsExactly("Første side.", "Anden side.", "Tredje.", "");
        assertThat(r.repairs()).extracting(Repair::kind, Repair::line, Repair::before).containsExactly(
                tuple(RepairKind.PAGE_NUMBER_DROPPED, 2, "Side 1 af 3"),
                tuple(RepairKind.PAGE_NUMBER_DROPPED, 4, "- 2 -"),
                tuple(RepairKind.PAGE_NUMBER_DROPPED, 6, "3"));
    }

    @Test
    void aLineRepeatedAtTheTopOfPagesIsAStamp() {
        String text = "Aarby Kommune · Sag 2025-17\nTekst på side et.\n\fAarby Kommune · Sag 2025-17\nTekst på side to.\n"
                + "\fAarby Kommune · Sag 2025-17\nAarby Kommune · Sag 2025-17\n";
        ExtractionRepair.Result r = ExtractionRepair.repair(text);
        assertThat(lines(r)).containsExactly("Tekst på side et.", "Tekst på side to.", "Aarby Kommune · Sag 2025-17", "");
        assertThat(r.repairs()).filteredOn(x -> x.kind() == RepairKind.PAGE_STAMP_DROPPED).hasSize(3);
    }

    @Test
    void aRepeatedLineInsideThePageIsNoStamp() {
        String text = "Indledning\nFormand\nMidt på siden\nFormand\nslut\n\fanden side\nFormand\nmere\ntil sidst\n";
        ExtractionRepair.Result r = ExtractionRepair.repair(text);
        assertThat(lines(r)).contains("Formand", "Midt på siden");
        assertThat(r.repairs()).noneMatch(x -> x.before().equals("Formand"));
    }

    @Test
    void hyphenatedWordsAreJoinedCompoundsKeepTheirHyphen() {
        ExtractionRepair.Result r = ExtractionRepair.repair(String.join("\n",
                "vi styrker beskæftigelses-", "indsatsen og samarbejdet med a-", "kassen om CV-",
                "samtalen i fag-", "MED og Social-", "og Sundhedsudvalget i 2025-", "2026"));
        assertThat(lines(r)).containsExactly("vi styrker beskæftigelsesindsatsen", "og samarbejdet med a-kassen",
                "om CV-samtalen", "i fag-MED", "og Social-", "og Sundhedsudvalget i 2025-", "2026");
        assertThat(r.repairs()).extracting(Repair::before, Repair::after).containsExactly(
                tuple("beskæftigelses- indsatsen", "beskæftigelsesindsatsen"), tuple("a- kassen", "a-kassen"),
                tuple("CV- samtalen", "CV-samtalen"), tuple("fag- MED", "fag-MED"));
    }

    @Test
    void aHyphenAcrossABlankLineIsJoinedToo() {
        ExtractionRepair.Result r = ExtractionRepair.repair("Ledelses-\n\nsiden\n");
        assertThat(lines(r)).containsExactly("Ledelsessiden", "", "");
    }

    @Test
    void aCompoundSeenWholeKeepsItsHyphen() {
        ExtractionRepair.Result r = ExtractionRepair.repair("Vores job-\nklub og den nye job-klub\n");
        assertThat(lines(r).get(0)).isEqualTo("Vores job-klub");
    }

    @Test
    void letterSpacedWordsAreMended() {
        ExtractionRepair.Result r = ExtractionRepair.repair(String.join("\n",
                "CenterMED har på et ekst raordinært m øde drøftet beskæft igelsesindsatsen",
                "og t il sidst afsat te m idlerne t il beskæft igelsescent rene. Majbrit t  Jensen",
                "Det ekstraordinære er beskæftigelsesindsatsen i beskæftigelsescentrene, som er afsatte."));
        assertThat(lines(r)).containsExactly(
                "CenterMED har på et ekstraordinært møde drøftet beskæftigelsesindsatsen",
                "og til sidst afsatte midlerne til beskæftigelsescentrene. Majbritt  Jensen",
                "Det ekstraordinære er beskæftigelsesindsatsen i beskæftigelsescentrene, som er afsatte.");
        assertThat(r.repairs()).extracting(Repair::kind).containsOnly(RepairKind.LETTER_SPACING_MENDED);
        assertThat(r.repairs()).extracting(Repair::before).contains("m øde", "beskæft igelsescent rene.", "Majbrit t");
    }

    @Test
    void aFragmentThatRecursIsStillMended() {
        ExtractionRepair.Result r = ExtractionRepair.repair("Om beskæft igelsen.\nOg igen beskæft igelsen.\nSelve beskæftigelsen.\n");
        assertThat(lines(r)).startsWith("Om beskæftigelsen.", "Og igen beskæftigelsen.");
    }

    @Test
    void ordinaryWordsAreNotJoined() {
        String text = "Vi mener, men er ikke sikre, at om lægningen er rigtig. Huset er 5 m højt, og vi tager det med ro.\n"
                + "Det er en mener og en omlægning.";
        ExtractionRepair.Result r = ExtractionRepair.repair(text);
        assertThat(r.repairs()).isEmpty();
        assertThat(lines(r).get(0)).isEqualTo(text.lines().findFirst().orElseThrow());
    }

    @Test
    void softHyphensAreRemovedAndReported() {
        ExtractionRepair.Result r = ExtractionRepair.repair("beskæf\u00ADtigelses\u00ADindsatsen\n");
        assertThat(lines(r).get(0)).isEqualTo("beskæftigelsesindsatsen");
        assertThat(r.repairs()).extracting(Repair::kind).containsExactly(RepairKind.INVISIBLE_CHARACTER_REMOVED);
    }
}
