package dk.hoeringssvar.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5. november 2015|2015-11-05",
            "d. 6. september 2021|2021-09-06",
            "den 1 marts 2023|2023-03-01",
            "Den 5. november 2015|2015-11-05",
            "20.juni 2023|2023-06-20",
            "5. nov. 2015|2015-11-05",
            "12. Dec 2024|2024-12-12",
            "01-08-2025|2025-08-01",
            "1.8.2025|2025-08-01",
            "01/08/25|2025-08-01",
            "2025-08-01|2025-08-01",
            "Torsdag den 5. november 2015|2015-11-05",
            "Dato: 01-08-2025|2025-08-01",
            "6. NOVEMBER 2015.|2015-11-06"})
    void dateLines(String line, LocalDate expected) {
        assertThat(DanishDates.dateLine(line)).hasValueSatisfying(d -> {
            assertThat(d.date()).isEqualTo(expected);
            assertThat(d.place()).isNull();
        });
    }

    @Test
    void placeBeforeTheDate() {
        DanishDates.DateLine d = DanishDates.dateLine("Skibby, den 23. september 2014").orElseThrow();
        assertThat(d.place()).isEqualTo("Skibby");
        assertThat(d.date()).isEqualTo(LocalDate.of(2014, 9, 23));
        assertThat(d.dateText()).isEqualTo("den 23. september 2014");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "31. februar 2024", "5. november", "Vi mødes den 5. november 2015 kl. 10", "3 mio. kr.", "13-13-2024",
            "Det var en god dag"})
    void notDateLines(String line) {
        assertThat(DanishDates.dateLine(line)).isEmpty();
    }

    @Test
    void findsTheFirstDateInText() {
        assertThat(DanishDates.find("mødet den 12. november 2015 og igen 01-12-2015"))
                .hasValueSatisfying(f -> assertThat(f.date()).isEqualTo(LocalDate.of(2015, 11, 12)));
        assertThat(DanishDates.find("fredag 1. august 2025 09:12"))
                .hasValueSatisfying(f -> assertThat(f.date()).isEqualTo(LocalDate.of(2025, 8, 1)));
        assertThat(DanishDates.find("ingen dato her")).isEmpty();
    }
}
