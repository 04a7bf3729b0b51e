package jp.go.mhlw.kpi.web.view.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.Vision;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import org.junit.jupiter.api.Test;

/** The committee member's home: the draft before the committee, and its goals the member has not yet commented on. */
class HomeDashboardTest {

    private static final Vision VISION = new Vision(new BasicPlan("PLAN-2", "第2期", "2nd plan", LocalDate.of(2022, 5, 31),
            LocalDate.of(2022, 4, 1)), "V1", "ビジョン", "Vision");

    private static final List<Goal> GOALS = List.of(new Goal(VISION, 1, "目標1", "Goal 1"), new Goal(VISION, 2, "目標2", "Goal 2"),
            new Goal(VISION, 3, "目標3", "Goal 3"));

    @Test
    void theDraftBeforeTheCommitteeIsTheNewestInReviewWhateverItsPlan() {
        BasicPlan plan2 = VISION.getPlan();
        BasicPlan plan3 = new BasicPlan("PLAN-3", "第3期", "3rd plan", LocalDate.of(2027, 5, 28), LocalDate.of(2027, 5, 28));
        FollowUpCycle r5 = inReview(FollowUpCycle.forFiscalYear(plan2, JapaneseFiscalYear.of(2023)));
        FollowUpCycle r6 = FollowUpCycle.forFiscalYear(plan2, JapaneseFiscalYear.of(2024));
        FollowUpCycle third = inReview(FollowUpCycle.forFiscalYear(plan3, JapaneseFiscalYear.of(2027)));

        assertThat(HomeDashboard.reviewed(List.of(r6, r5))).as("the 2nd plan's alone, as before").containsSame(r5);
        assertThat(HomeDashboard.reviewed(List.of(third, r6, r5))).containsSame(third);
        assertThat(HomeDashboard.reviewed(List.of(r6))).as("collecting, not in review").isEmpty();
    }

    /** Collecting, reviewing, then before the committee. */
    private static FollowUpCycle inReview(FollowUpCycle cycle) {
        cycle.advance();
        cycle.advance();
        cycle.advance();
        assertThat(cycle.getStatus()).isEqualTo(CycleStatus.COMMITTEE_REVIEW);
        return cycle;
    }

    @Test
    void theGoalsLeftAreThoseNoneOfTheMembersCommentsIsAbout() {
        assertThat(HomeDashboard.notCommented(GOALS, Set.of("GOAL-2", "G1-CLINICAL-TRIALS"))).extracting(Goal::getNumber)
                .as("a KPI's comment is not a goal's").containsExactly(1, 3);
        assertThat(HomeDashboard.notCommented(GOALS, Set.of())).hasSize(3);
        assertThat(HomeDashboard.notCommented(GOALS, Set.of("GOAL-1", "GOAL-2", "GOAL-3"))).isEmpty();
    }
}
