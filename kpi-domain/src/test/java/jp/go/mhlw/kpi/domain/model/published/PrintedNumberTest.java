package jp.go.mhlw.kpi.domain.model.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedNumberTest {

    @ParameterizedTest(name = "「{0}」 is {1} with {2} decimals")
    @CsvSource(delimiter = '|', value = {
        "27.4％          | 27.4   | 1 | PERCENT",
        "27.4%          | 27.4   | 1 | PERCENT",
        "5%             | 5      | 0 | PERCENT",
        "40.0％          | 40.0   | 1 | PERCENT",
        "57,874千円      | 57874  | 0 | THOUSAND_YEN",
        "57,874         | 57874  | 0 | THOUSAND_YEN",
        "（43,721）      | 43721  | 0 | THOUSAND_YEN",
        "1.3倍           | 1.3    | 1 | TIMES",
        "全186テーマ      | 186    | 0 | COUNT",
        "全64テーマ       | 64     | 0 | COUNT",
        "770名           | 770    | 0 | COUNT",
        "37名            | 37     | 0 | AVERAGE",
        "13コース         | 13     | 0 | COUNT",
        "4.4件           | 4.4    | 1 | AVERAGE",
        "（3）            | 3      | 0 | COUNT",
        "５２件           | 52     | 0 | COUNT",
        "5.8ポイント上昇    | 5.8    | 1 | PERCENTAGE_POINTS",
        "0.4ポイント低下    | -0.4   | 1 | PERCENTAGE_POINTS",
        "+5.8 pt        | 5.8    | 1 | PERCENTAGE_POINTS",
        "−1.2 pt        | -1.2   | 1 | PERCENTAGE_POINTS",
        "▲1.2ポイント      | -1.2   | 1 | PERCENTAGE_POINTS",
        "10か国・地域      | 10     | 0 | COUNT",
        "1,234,567      | 1234567 | 0 | COUNT"})
    void readsFiguresAsTheCommitteePrintsThem(String text, String value, int decimals, FigureUnit unit) {
        PrintedNumber printed = PrintedNumber.parse(text);

        assertThat(printed.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(printed.decimals()).isEqualTo(decimals);
        assertThat(printed.fits(unit)).isTrue();
        assertThat(printed.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "「{0}」 is refused")
    @ValueSource(strings = {"-", "（-）", "about 30", "27,4%", "1,23", "12.", ".5", "30%%", "全27.4%", "+5.8ポイント低下",
        "1.1234567", "", " "})
    void refusesWhatIsNotAPrintedNumber(String text) {
        assertThatThrownBy(() -> PrintedNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "「{0}」 does not fit {1}")
    @CsvSource({"27.4%, COUNT", "1.3倍, PERCENT", "57874千円, AVERAGE", "5.8 pt, PERCENT", "770名, TIMES"})
    void theUnitWordMustFitTheFiguresUnit(String text, FigureUnit unit) {
        assertThat(PrintedNumber.parse(text).fits(unit)).isFalse();
    }

    @ParameterizedTest(name = "「{0}」 fits any unit")
    @ValueSource(strings = {"594", "27.4", "0"})
    void aBareNumberFitsAnyUnit(String text) {
        for (FigureUnit unit : FigureUnit.values()) {
            assertThat(PrintedNumber.parse(text).fits(unit)).as(unit.name()).isTrue();
        }
    }
}
