package id.netra.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IndonesianDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2024-11-27, 27 November 2024",
            "2024-02-14, 14 Februari 2024",
            "2025-08-27, 27 Agustus 2025",
            "2024-05-01, 1 Mei 2024",
            "2029-12-31, 31 Desember 2029"})
    void writesDatesTheIndonesianWay(LocalDate date, String expected) {
        assertThat(IndonesianDates.format(date)).isEqualTo(expected);
    }

    @Test
    void namesTheWeekdayAndTheMonth() {
        assertThat(IndonesianDates.formatWithDay(LocalDate.of(2024, 11, 27))).isEqualTo("Rabu, 27 November 2024");
        assertThat(IndonesianDates.format(YearMonth.of(2024, 10))).isEqualTo("Oktober 2024");
        assertThat(IndonesianDates.format(LocalDateTime.of(2024, 9, 24, 14, 5))).isEqualTo("24 September 2024 14.05");
        assertThat(IndonesianDates.formatWithSeconds(LocalDateTime.of(2024, 9, 24, 14, 5, 9, 700_000_000)))
                .isEqualTo("24 September 2024 14.05.09");
    }

    @Test
    void aMissingDateIsADash() {
        assertThat(IndonesianDates.format((LocalDate) null)).isEqualTo("-");
    }
}
