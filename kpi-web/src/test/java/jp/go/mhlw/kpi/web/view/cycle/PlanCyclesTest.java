package jp.go.mhlw.kpi.web.view.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import org.junit.jupiter.api.Test;

/** The screens that follow a cycle of any plan: the cycles in order, the newest, and how the report page names them. */
class PlanCyclesTest {

    private static final BasicPlan PLAN_2 = new BasicPlan("PLAN-2", "第2期医療機器基本計画", "2nd Basic Plan",
            LocalDate.of(2022, 5, 31), LocalDate.of(2022, 5, 31));
    private static final BasicPlan PLAN_3 = new BasicPlan("PLAN-3", "第3期医療機器基本計画", "3rd Basic Plan",
            LocalDate.of(2027, 5, 28), LocalDate.of(2027, 5, 28));

    private static FollowUpCycle cycle(BasicPlan plan, int year) {
        return FollowUpCycle.forFiscalYear(plan, JapaneseFiscalYear.of(year));
    }

    @Test
    void theCyclesOfEveryPlanAreInTheOrderOfTheirYearsTheNewerPlanLastInAYearBothFollow() {
        FollowUpCycle r4 = cycle(PLAN_2, 2022);
        FollowUpCycle r5 = cycle(PLAN_2, 2023);
        FollowUpCycle second2027 = cycle(PLAN_2, 2027);
        FollowUpCycle third2027 = cycle(PLAN_3, 2027);
        FollowUpCycle third2028 = cycle(PLAN_3, 2028);
        // as the repository answers them: newest year first, then by plan code
        List<FollowUpCycle> stored = List.of(third2028, second2027, third2027, r5, r4);

        assertThat(PlanCycles.chronological(stored)).containsExactly(r4, r5, second2027, third2027, third2028);
        assertThat(PlanCycles.newest(stored, any -> true)).containsSame(third2028);
        assertThat(PlanCycles.newest(List.of(second2027, third2027), any -> true)).containsSame(third2027);
        assertThat(PlanCycles.newest(stored, c -> c.getPlan() == PLAN_2)).containsSame(second2027);
        assertThat(PlanCycles.newest(List.of(), any -> true)).isEmpty();
    }

    @Test
    void theSecondPlansCyclesAloneAreInTheOrderAndWithTheNamesTheyHadBefore() {
        FollowUpCycle r4 = cycle(PLAN_2, 2022);
        FollowUpCycle r5 = cycle(PLAN_2, 2023);
        List<FollowUpCycle> cycles = PlanCycles.chronological(List.of(r5, r4));

        assertThat(cycles).containsExactly(r4, r5);
        assertThat(PlanCycles.ofSeveralPlans(cycles)).isFalse();
        assertThat(CycleReportView.label(r5, false, Locale.JAPANESE))
                .isEqualTo(r5.getFiscalYear().display(Locale.JAPANESE));
    }

    @Test
    void onceAnotherPlanHasCyclesEachIsNamedWithItsPlan() {
        FollowUpCycle second = cycle(PLAN_2, 2027);
        FollowUpCycle third = cycle(PLAN_3, 2027);

        assertThat(PlanCycles.ofSeveralPlans(List.of(second, third))).isTrue();
        assertThat(CycleReportView.label(third, true, Locale.JAPANESE)).startsWith("第3期医療機器基本計画 ")
                .endsWith(third.getFiscalYear().display(Locale.JAPANESE));
        assertThat(CycleReportView.label(second, true, Locale.ENGLISH)).startsWith("2nd Basic Plan ")
                .endsWith(second.getFiscalYear().display(Locale.ENGLISH));
        assertThat(CycleReportView.label(third, true, Locale.JAPANESE))
                .isNotEqualTo(CycleReportView.label(second, true, Locale.JAPANESE));
    }

    @Test
    void aCycleStatusDoesNotChangeItsPlace() {
        FollowUpCycle older = cycle(PLAN_2, 2026);
        FollowUpCycle newer = cycle(PLAN_3, 2028);
        newer.advance();
        assertThat(newer.getStatus()).isEqualTo(CycleStatus.COLLECTING);
        assertThat(PlanCycles.chronological(List.of(newer, older))).containsExactly(older, newer);
    }
}
