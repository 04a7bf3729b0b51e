package jp.go.mhlw.kpi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDateTest {

    private static final LocalDate END_OF_JANUARY_2025 = LocalDate.of(2025, 1, 31);

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-31", "2025-1-31", "2025/1/31", "2025/01/31", "2025.1.31", "2025年1月31日",
            "2025 年 1 月 31 日", "2025年01月31日", "令和7年1月31日", "令和７年１月３１日", "令和 7 年 1 月 31 日", "R7.1.31",
            "r7/1/31", "R07-01-31", "R7年1月31日", "Ｒ７．１．３１", "２０２５／１／３１", "２０２５－０１－３１", " 2025-1-31 "})
    void everyFormPeopleTypeMeansTheSameDay(String typed) {
        assertThat(TypedDate.parse(typed)).contains(END_OF_JANUARY_2025);
    }

    @ParameterizedTest
    @CsvSource({"平成31年4月30日, 2019-04-30", "H31.4.30, 2019-04-30", "令和元年5月1日, 2019-05-01",
            "R1.5.1, 2019-05-01", "平成12年4月1日, 2000-04-01",
            "令和82年12月31日, 2100-12-31"})
    void anEraDateIsTheDayOfItsEraAndTheFirstYearIsWrittenGannen(String typed, LocalDate meant) {
        assertThat(TypedDate.parse(typed)).contains(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"平成31年5月1日", "令和元年4月30日", "H32.1.1", "平成32年1月1日", "令和0年5月1日"})
    void anEraDateOutsideItsEraIsNoDate(String typed) {
        assertThatThrownBy(() -> TypedDate.parse(typed)).isInstanceOfSatisfying(InvalidValueException.class,
                refused -> assertThat(refused.getKey()).isEqualTo("date.unreadable"));
    }

    @Test
    void blankMeansNoDate() {
        assertThat(TypedDate.parse("  ")).isEmpty();
        assertThat(TypedDate.parse("　")).isEmpty();
        assertThat(TypedDate.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2025-02-29", "31/01/2025", "1/31/2025", "25/1/31", "tomorrow",
            "令和7年13月1日", "平成32年1月1日", "2025-01", "2025-01-31 12:00", "20250131", "X7.1.31", "令和7年1月31日です"})
    void aTextThatIsNoDayIsRefusedNamingTheFormsAccepted(String typed) {
        assertThatThrownBy(() -> TypedDate.parse(typed)).isInstanceOfSatisfying(InvalidValueException.class, refused -> {
            Problem problem = refused.problem("due");
            assertThat(problem.messageJa()).contains("「" + typed.strip() + "」").contains("日付として読めません")
                    .contains("2025/1/31").contains("令和7年1月31日").contains("R7.1.31");
            assertThat(problem.messageEn()).startsWith("'" + typed.strip() + "' is not a date.")
                    .contains("2025-01-31").contains("R7.1.31");
        });
    }

    @Test
    void aYearOutsideThePlatformsYearsIsRefusedNamingTheRange() {
        assertThatThrownBy(() -> TypedDate.parse("9999-12-31")).isInstanceOfSatisfying(InvalidValueException.class,
                refused -> assertThat(refused.getMessage()).isEqualTo("'9999-12-31' is not a date between 2000 and 2100."));
        assertThatThrownBy(() -> TypedDate.parse("昭和60年1月1日")).isInstanceOfSatisfying(InvalidValueException.class,
                refused -> assertThat(refused.problem("due").messageJa()).contains("2000 年から 2100 年まで"));
        assertThat(TypedDate.parse("2000-01-01")).contains(LocalDate.of(2000, 1, 1));
        assertThatThrownBy(() -> TypedDate.parse("1999-12-31")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> TypedDate.parse("2101-01-01")).isInstanceOf(InvalidValueException.class);
    }
}
