package jp.go.mhlw.kpi.domain.model.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.CatalogueFixture;
import org.junit.jupiter.api.Test;

class FollowUpCycleTest {

    private static final BasicPlan SECOND_PLAN = CatalogueFixture.secondPlan();

    private static FollowUpCycle r4() {
        return new FollowUpCycle(SECOND_PLAN, JapaneseFiscalYear.of(2022),
                LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 6), 1, 2);
    }

    @Test
    void r4FiguresAreHalvedForAYearlyComparison() {
        FollowUpCycle r4 = r4();

        assertThat(r4.getNormalisationFactor()).isEqualTo("1/2");
        assertThat(r4.getDisplayName()).isEqualTo("令和4年度 (FY2022)");
        KpiFigure participants = r4.normalisation().normalise("participants, category 1, R4", new BigDecimal("1188"),
                FigureUnit.COUNT);
        assertThat(participants.value()).isEqualByComparingTo("594");
        assertThat(participants.formula()).isEqualTo("1188 × 1/2 (R4 (2021-04-01〜2023-03-06) ×1/2)");
    }

    @Test
    void aCycleOverItsFiscalYearNeedsNoNormalisation() {
        FollowUpCycle r5 = FollowUpCycle.forFiscalYear(SECOND_PLAN, JapaneseFiscalYear.of(2023));

        assertThat(r5.getPeriodStart()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(r5.getPeriodEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(r5.getNormalisationFactor()).isEqualTo("1");
        assertThat(r5.normalisation().isIdentity()).isTrue();
        assertThat(r5.surveyReferenceDate()).isEmpty();
        r5.fixSurveyReferenceDate(LocalDate.of(2024, 1, 1));
        assertThat(r5.surveyReferenceDate()).contains(LocalDate.of(2024, 1, 1));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new FollowUpCycle(SECOND_PLAN, JapaneseFiscalYear.of(2023),
                LocalDate.of(2024, 3, 31), LocalDate.of(2023, 4, 1), 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reporting period of R5 ends (2023-04-01) before it starts (2024-03-31)");
    }

    @Test
    void refusesAFactorThatIsNotPositive() {
        assertThatThrownBy(() -> new FollowUpCycle(SECOND_PLAN, JapaneseFiscalYear.of(2022),
                LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 6), 0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("normalisation factor of R4 must be positive, was 0/2");
    }

    @Test
    void refusesAFiscalYearOutsideThePlan() {
        assertThatThrownBy(() -> FollowUpCycle.forFiscalYear(CatalogueFixture.firstPlan(), JapaneseFiscalYear.of(2023)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PLAN-1 is not in force during 令和5年度 (FY2023)");
        assertThatThrownBy(() -> FollowUpCycle.forFiscalYear(SECOND_PLAN, JapaneseFiscalYear.of(2021)))
                .hasMessage("PLAN-2 is not in force during 令和3年度 (FY2021)");
        // FY2022 began before the 2nd plan's decision (2022-05-31) but is the 2nd plan's first cycle
        assertThat(FollowUpCycle.forFiscalYear(SECOND_PLAN, JapaneseFiscalYear.of(2022)).getPlan()).isSameAs(SECOND_PLAN);
    }

    @Test
    void goesThroughItsStatusesUntilPublished() {
        FollowUpCycle cycle = r4();
        assertThat(cycle.getStatus()).isEqualTo(CycleStatus.PLANNED);

        cycle.advance();
        cycle.advance();
        cycle.advance();
        cycle.advance();

        assertThat(cycle.getStatus()).isEqualTo(CycleStatus.PUBLISHED);
        assertThatThrownBy(cycle::advance)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a published cycle has no further status");
    }
}
