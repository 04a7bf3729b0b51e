package jp.go.mhlw.kpi.domain.computation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a target asks of a cycle, from the previous cycle's value (the target line of the KPI history chart). */
class TargetThresholdTest {

    @Test
    void eachRuleGivesTheValueTheCycleHasToReach() {
        // R4 training participants of category 1, normalised: 594 → at least 1.2 × 594 = 712.8 in R5
        assertThat(new TargetRule.AtLeastMultipleOfPrevious(new BigDecimal("1.2")).threshold(new BigDecimal(594)))
                .isEqualByComparingTo("712.8");
        // venture share 7.5% → up by at least 1 point
        assertThat(new TargetRule.UpByAtLeastPoints(BigDecimal.ONE).threshold(new BigDecimal("7.5")))
                .isEqualByComparingTo("8.5");
        assertThat(new TargetRule.HigherThanPrevious().threshold(new BigDecimal("24.7"))).isEqualByComparingTo("24.7");
    }
}
