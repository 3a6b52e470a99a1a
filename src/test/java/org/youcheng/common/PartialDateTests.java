package org.youcheng.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTests {

    @ParameterizedTest
    @CsvSource({
        "1974, 1974, YEAR",
        "1974-02, 1974-02, MONTH",
        "1974-02-01, 1974-02-01, DAY",
        "1974/2/1, 1974-02-01, DAY",
        "1974.2, 1974-02, MONTH",
        "1974年2月1日, 1974-02-01, DAY",
        "1974年2月, 1974-02, MONTH",
        "1974年, 1974, YEAR",
        "１９７４年２月, 1974-02, MONTH",
        "2020年2月29日, 2020-02-29, DAY"
    })
    void readsTheFormsPeopleWrite(String text, String iso, PartialDate.Precision precision) {
        PartialDate d = PartialDate.parse(text);
        assertThat(d).hasToString(iso);
        assertThat(d.precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "74", "1974-13", "1974-02-30", "2019年2月29日", "Feb 1974", "1974-2-1-1", "0999"})
    void refusesWhatIsNotADate(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storesTheFirstDayAndComesBackAtItsPrecision() {
        PartialDate month = PartialDate.parse("1974年2月");
        assertThat(month.firstDay()).hasToString("1974-02-01");
        assertThat(PartialDate.of(month.firstDay(), month.precision())).isEqualTo(month);
        assertThat(month.toChinese()).isEqualTo("1974年2月");
    }

    @Test
    void ordersByDateThenPrecision() {
        assertThat(PartialDate.parse("1974")).isLessThan(PartialDate.parse("1974-01"));
        assertThat(PartialDate.parse("1974-12")).isLessThan(PartialDate.parse("1975"));
    }

    @Test
    void aPeriodEndsOnItsLastDay() {
        assertThat(PartialDate.parse("1974").lastDay()).isEqualTo(java.time.LocalDate.of(1974, 12, 31));
        assertThat(PartialDate.parse("2024-02").lastDay()).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("1974年2月1日").lastDay()).isEqualTo(java.time.LocalDate.of(1974, 2, 1));
    }
}
