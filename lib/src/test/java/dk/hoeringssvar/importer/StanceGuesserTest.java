package dk.hoeringssvar.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StanceGuesserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vi bakker op om forslaget.|SUPPORT",
            "FagMED støtter, at der ansættes flere konsulenter.|SUPPORT",
            "Det er positivt, at borgerne får én sagsbehandler.|SUPPORT",
            "Vi er bekymrede for arbejdsmiljøet.|CONCERN",
            "Der er stor usikkerhed om økonomien.|CONCERN",
            "Vi er imod, at klubberne lukkes.|OPPOSITION",
            "Rådet kan ikke anbefale modellen.|OPPOSITION",
            "Vi er ikke enige i prioriteringen.|OPPOSITION",
            "Vi foreslår en evaluering efter et år.|PROPOSAL",
            "Planen bør nævne klubberne.|PROPOSAL",
            "Hvordan skal reglen forstås?|QUESTION",
            "Mødet blev holdt i kantinen.|REMARK"})
    void cues(String text, Stance expected) {
        assertThat(StanceGuesser.guess(text).stance()).isEqualTo(expected);
    }

    @Test
    void moreAndStrongerCuesGiveMoreConfidence() {
        double one = StanceGuesser.guess("Vi støtter planen.").confidence();
        double two = StanceGuesser.guess("Vi støtter planen og er tilfredse med processen.").confidence();
        double mixed = StanceGuesser.guess("Vi støtter planen, men er bekymrede for tempoet.").confidence();
        double weak = StanceGuesser.guess("Det er godt.").confidence();
        assertThat(two).isGreaterThan(one);
        assertThat(mixed).isLessThan(one);
        assertThat(weak).isLessThan(one);
        assertThat(StanceGuesser.guess("Mødet blev holdt i kantinen.").confidence()).isLessThan(0.5);
        assertThat(StanceGuesser.guess("Vi er ikke enige.").cues()).containsExactly("ikke enige");
    }

    @Test
    void overallPosition() {
        StanceGuesser.Guess support = StanceGuesser.guess("Vi støtter planen.");
        StanceGuesser.Guess concern = StanceGuesser.guess("Vi er bekymrede for tempoet.");
        StanceGuesser.Guess against = StanceGuesser.guess("Vi er imod lukningen og afviser modellen.");
        assertThat(StanceGuesser.position("", List.of(support)).position()).isEqualTo(Position.SUPPORT);
        assertThat(StanceGuesser.position("", List.of(support, support, concern)).position())
                .isEqualTo(Position.SUPPORT_WITH_REMARKS);
        assertThat(StanceGuesser.position("", List.of(concern)).position()).isEqualTo(Position.CONCERN);
        assertThat(StanceGuesser.position("", List.of(against, support)).position()).isEqualTo(Position.OPPOSITION);
        assertThat(StanceGuesser.position("Vi bakker op om hovedlinjerne i planen.", List.of(concern)).position())
                .isEqualTo(Position.SUPPORT_WITH_REMARKS);
        assertThat(StanceGuesser.position("Rådet har ingen bemærkninger.", List.of()).position())
                .isEqualTo(Position.NO_REMARKS);
        assertThat(StanceGuesser.position("Mødet blev holdt.", List.of(StanceGuesser.guess("Mødet blev holdt.")))).isNull();
    }
}
