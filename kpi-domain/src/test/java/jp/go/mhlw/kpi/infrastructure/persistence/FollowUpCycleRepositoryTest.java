package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import org.junit.jupiter.api.Test;

class FollowUpCycleRepositoryTest extends JpaTestSupport {

    @Test
    void secondPlanRanR4AndR5() {
        List<FollowUpCycle> cycles = cycles().findByPlan("PLAN-2");

        assertThat(cycles).extracting(FollowUpCycle::getDisplayName)
                .containsExactly("令和4年度 (FY2022)", "令和5年度 (FY2023)");
        FollowUpCycle r4 = cycles.get(0);
        assertThat(r4.getPeriodStart()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(r4.getPeriodEnd()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(r4.getNormalisationFactor()).isEqualTo("1/2");
        assertThat(r4.normalisation().describe()).isEqualTo("R4 (2021-04-01〜2023-03-06) ×1/2");
        assertThat(r4.normalisation().apply(new BigDecimal("1188"))).isEqualByComparingTo("594");
        assertThat(r4.getStatus()).isEqualTo(CycleStatus.PUBLISHED);
        FollowUpCycle r5 = cycles.get(1);
        assertThat(r5.getNormalisationFactor()).isEqualTo("1");
        assertThat(r5.surveyReferenceDate()).contains(LocalDate.of(2024, 1, 1));
    }

    @Test
    void findsACycleByPlanAndFiscalYear() {
        assertThat(cycles().find("PLAN-2", JapaneseFiscalYear.of(2023))).isPresent();
        assertThat(cycles().find("PLAN-1", JapaneseFiscalYear.of(2023))).isEmpty();
        assertThat(cycles().find("PLAN-2", JapaneseFiscalYear.of(2024))).isEmpty();
    }

    @Test
    void storesANewCycleAndItsProgress() {
        BasicPlan plan = basicPlans().findByCode("PLAN-2").orElseThrow();
        FollowUpCycle r6 = FollowUpCycle.forFiscalYear(plan, JapaneseFiscalYear.of(2024));
        r6.fixSurveyDates(SurveyDates.proposedFor(JapaneseFiscalYear.of(2024)));
        cycles().store(r6);
        flushAndClear();

        FollowUpCycle stored = cycles().find("PLAN-2", JapaneseFiscalYear.of(2024)).orElseThrow();
        assertThat(stored.getId()).isGreaterThanOrEqualTo(1000L);
        assertThat(stored.getStatus()).isEqualTo(CycleStatus.PLANNED);
        assertThat(stored.getPeriodStart()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(stored.getPeriodEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(stored.surveyDates()).isEqualTo(new SurveyDates(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 1, 1)));
        assertThat(cycles().find("PLAN-2", JapaneseFiscalYear.of(2023)).orElseThrow().surveyDates())
                .as("R5 as the committee counted it").isEqualTo(new SurveyDates(LocalDate.of(2024, 1, 1),
                        LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)));

        stored.advance();
        flushAndClear();
        assertThat(cycles().findByPlan("PLAN-2")).extracting(FollowUpCycle::getStatus)
                .containsExactly(CycleStatus.PUBLISHED, CycleStatus.PUBLISHED, CycleStatus.COLLECTING);
    }
}
