package jp.go.mhlw.kpi.domain.model.kpitarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import jp.go.mhlw.kpi.domain.computation.TargetRule;
import org.junit.jupiter.api.Test;

class TargetRuleKindTest {

    @Test
    void mapsEveryTargetRuleToItsKindAndParameterAndBack() {
        TargetRule multiple = new TargetRule.AtLeastMultipleOfPrevious(new BigDecimal("1.2"));
        TargetRule points = new TargetRule.UpByAtLeastPoints(BigDecimal.ONE);
        TargetRule higher = new TargetRule.HigherThanPrevious();

        assertThat(TargetRuleKind.of(multiple)).isEqualTo(TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS);
        assertThat(TargetRuleKind.of(points)).isEqualTo(TargetRuleKind.UP_BY_AT_LEAST_POINTS);
        assertThat(TargetRuleKind.of(higher)).isEqualTo(TargetRuleKind.HIGHER_THAN_PREVIOUS);
        for (TargetRule rule : new TargetRule[] {multiple, points, higher}) {
            assertThat(TargetRuleKind.of(rule).toRule(TargetRuleKind.parameterOf(rule))).isEqualTo(rule);
        }
        assertThat(TargetRuleKind.parameterOf(higher)).isNull();
    }

    @Test
    void describesTheRuleInBothLanguages() {
        assertThat(TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS.describeJa(new BigDecimal("1.2000"))).isEqualTo("前年度の1.2倍以上");
        assertThat(TargetRuleKind.UP_BY_AT_LEAST_POINTS.describeEn(BigDecimal.ONE)).isEqualTo("share up by at least 1 pt");
        assertThat(TargetRuleKind.HIGHER_THAN_PREVIOUS.describeJa(null)).isEqualTo("前年度より増加");
    }

    @Test
    void refusesAMissingOrSuperfluousParameter() {
        assertThatThrownBy(() -> TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS.toRule(null)).hasMessageContaining("needs a factor");
        assertThatThrownBy(() -> TargetRuleKind.UP_BY_AT_LEAST_POINTS.toRule(null)).hasMessageContaining("needs points");
        assertThatThrownBy(() -> TargetRuleKind.HIGHER_THAN_PREVIOUS.toRule(BigDecimal.ONE)).hasMessageContaining("takes no parameter");
        assertThatThrownBy(() -> TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS.toRule(BigDecimal.ZERO))
                .hasMessageContaining("must be positive");
    }
}
