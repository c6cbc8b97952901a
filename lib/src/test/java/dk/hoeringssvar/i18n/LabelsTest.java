package dk.hoeringssvar.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.Stance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private final Labels danish = Labels.of(LabelLanguage.DANISH);
    private final Labels english = Labels.of(LabelLanguage.ENGLISH);

    @Test
    void danishDates() {
        LocalDate date = LocalDate.of(2015, 11, 5);
        assertThat(danish.longDate(date)).isEqualTo("5. november 2015");
        assertThat(danish.shortDate(date)).isEqualTo("05.11.2015");
        assertThat(danish.weekdayDate(date)).isEqualTo("torsdag den 5. november 2015");
        assertThat(danish.time(LocalTime.of(11, 0))).isEqualTo("11.00");
    }

    @Test
    void danishMonthsWithÆøå() {
        assertThat(danish.longDate(LocalDate.of(2023, 3, 1))).isEqualTo("1. marts 2023");
        assertThat(danish.weekdayDate(LocalDate.of(2023, 3, 4))).isEqualTo("lørdag den 4. marts 2023");
    }

    @Test
    void englishDates() {
        assertThat(english.longDate(LocalDate.of(2015, 11, 5))).isEqualTo("5 November 2015");
        assertThat(english.get("page")).isEqualTo("Page");
    }

    @Test
    void danishLabels() {
        assertThat(danish.get("page")).isEqualTo("Side");
        assertThat(danish.get("of")).isEqualTo("af");
        assertThat(danish.get("annex")).isEqualTo("Bilag");
        assertThat(danish.get("closing")).isEqualTo("Med venlig hilsen");
        assertThat(danish.get("caseNumber")).isEqualTo("Sagsnr.");
        assertThat(danish.get("deadline")).isEqualTo("Høringsfrist");
        assertThat(danish.languageTag()).isEqualTo("da-DK");
    }

    @Test
    void everyEnumHasALabelInEveryLanguage() {
        for (Labels labels : new Labels[] {danish, english}) {
            for (Stance stance : Stance.values()) {
                assertThat(labels.stance(stance)).isNotBlank();
            }
            for (Position position : Position.values()) {
                assertThat(labels.position(position)).isNotBlank();
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(english.asMap().keySet()).isEqualTo(danish.asMap().keySet());
    }

    @Test
    void theJvmDefaultLocaleDoesNotLeakIn() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Labels.of(LabelLanguage.DANISH).get("page")).isEqualTo("Side");
            assertThat(Labels.of(LabelLanguage.ENGLISH).get("page")).isEqualTo("Page");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void unknownKeyIsAClearError() {
        assertThatThrownBy(() -> danish.get("no.such.key"))
                .isInstanceOf(HoeringssvarException.class).hasMessageContaining("no.such.key");
    }
}
