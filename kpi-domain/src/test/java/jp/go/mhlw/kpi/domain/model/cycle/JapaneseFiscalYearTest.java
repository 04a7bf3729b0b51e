package jp.go.mhlw.kpi.domain.model.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseFiscalYearTest {

    @Test
    void showsTheEraNameAndTheWesternYear() {
        JapaneseFiscalYear r5 = JapaneseFiscalYear.of(2023);

        assertThat(r5.display()).isEqualTo("令和5年度 (FY2023)");
        assertThat(r5.japaneseName()).isEqualTo("令和5年度");
        assertThat(r5.shortName()).isEqualTo("R5");
        assertThat(r5.westernName()).isEqualTo("FY2023");
        assertThat(r5).hasToString("令和5年度 (FY2023)");
    }

    @Test
    void showsTheViewersLanguageWithTheOtherNameBeside() {
        assertThat(JapaneseFiscalYear.of(2024).display(Locale.JAPANESE)).isEqualTo("令和6年度 (FY2024)");
        assertThat(JapaneseFiscalYear.of(2024).display(Locale.ENGLISH)).isEqualTo("FY2024 (Reiwa 6)");
        assertThat(JapaneseFiscalYear.of(2018).display(Locale.UK)).isEqualTo("FY2018 (Heisei 30)");
    }

    @ParameterizedTest(name = "FY{0} is {1} ({2})")
    @CsvSource({
        "2022, 令和4年度, R4",
        "2024, 令和6年度, R6",
        "2027, 令和9年度, R9",     // when the 3rd plan is discussed
        "2019, 令和元年度, R1",    // the first year of an era is 元年
        "2018, 平成30年度, H30",
        "2016, 平成28年度, H28",   // the 1st plan's cabinet decision
        "1989, 平成元年度, H1",
    })
    void reiwaYearIsFiscalYearMinus2018(int fiscalYear, String japaneseName, String shortName) {
        JapaneseFiscalYear year = JapaneseFiscalYear.of(fiscalYear);

        assertThat(year.japaneseName()).isEqualTo(japaneseName);
        assertThat(year.shortName()).isEqualTo(shortName);
    }

    @Test
    void runsFromAprilToMarch() {
        JapaneseFiscalYear r5 = JapaneseFiscalYear.of(2023);

        assertThat(r5.firstDay()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(r5.lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(r5.contains(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(r5.contains(LocalDate.of(2023, 3, 31))).isFalse();
        assertThat(JapaneseFiscalYear.containing(LocalDate.of(2024, 3, 31))).isEqualTo(r5);
        assertThat(JapaneseFiscalYear.containing(LocalDate.of(2024, 4, 1))).isEqualTo(JapaneseFiscalYear.of(2024));
        assertThat(r5.previous().shortName()).isEqualTo("R4");
        assertThat(r5.next().shortName()).isEqualTo("R6");
        assertThat(r5).isGreaterThan(r5.previous());
    }

    @Test
    void refusesYearsBeforeHeisei() {
        assertThatThrownBy(() -> JapaneseFiscalYear.of(1988))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fiscal years before Heisei (FY1989) are not supported, was FY1988");
    }
}
