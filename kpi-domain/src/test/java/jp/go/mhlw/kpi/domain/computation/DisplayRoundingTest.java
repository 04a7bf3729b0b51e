package jp.go.mhlw.kpi.domain.computation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DisplayRoundingTest {

    @Test
    void oneDecimalHalfUp() {
        assertThat(DisplayRounding.oneDecimal(new BigDecimal("43.75"))).isEqualByComparingTo("43.8");
        assertThat(DisplayRounding.oneDecimal(new BigDecimal("1.25"))).isEqualByComparingTo("1.3");   // HALF_EVEN would give 1.2
        assertThat(DisplayRounding.oneDecimal(new BigDecimal("-5.75"))).isEqualByComparingTo("-5.8");
        assertThat(DisplayRounding.wholeNumber(new BigDecimal("14.5"))).isEqualByComparingTo("15");
    }

    @Test
    void formatsAsTheCommitteePrints() {
        assertThat(KpiFigure.quotient("r", "", FigureUnit.TIMES, new BigDecimal("770"), new BigDecimal("594")).display())
                .isEqualTo("1.3倍");
        assertThat(Shares.share("s", "a", 17, "b", 128).display()).isEqualTo("13.3%");
        assertThat(Shares.share("s", "a", 0, "b", 40).display()).isEqualTo("0.0%");
        assertThat(KpiFigure.quotient("a", "", FigureUnit.THOUSAND_YEN, new BigDecimal("11162960"), new BigDecimal("186"))
                .display()).isEqualTo("60,016千円");
        assertThat(KpiFigure.count("c", "", 1234).display()).isEqualTo("1,234");
    }

    @Test
    void pointChangesAreSigned() {
        KpiFigure low = Shares.share("low", "a", 7, "b", 93);
        KpiFigure high = Shares.share("high", "a", 17, "b", 128);
        assertThat(Shares.pointChange("up", low, high).display()).isEqualTo("+5.8 pt");
        assertThat(Shares.pointChange("down", high, low).display()).isEqualTo("-5.8 pt");
        assertThat(Shares.pointChange("flat", low, low).display()).isEqualTo("±0.0 pt");
    }

    @Test
    void roundsToThePrecisionAFigureWasPrintedWith() {
        assertThat(DisplayRounding.toScaleOf(new BigDecimal("2.564"), new BigDecimal("3"))).isEqualByComparingTo("3");
        assertThat(DisplayRounding.toScaleOf(new BigDecimal("2.564"), new BigDecimal("3.0"))).isEqualByComparingTo("2.6");
    }
}
