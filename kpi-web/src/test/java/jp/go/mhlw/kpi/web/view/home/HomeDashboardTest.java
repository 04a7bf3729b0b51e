package jp.go.mhlw.kpi.web.view.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.Vision;
import org.junit.jupiter.api.Test;

/** The committee member's home: the goals of the draft they have not yet commented on. */
class HomeDashboardTest {

    private static final Vision VISION = new Vision(new BasicPlan("PLAN-2", "第2期", "2nd plan", LocalDate.of(2022, 5, 31),
            LocalDate.of(2022, 4, 1)), "V1", "ビジョン", "Vision");

    private static final List<Goal> GOALS = List.of(new Goal(VISION, 1, "目標1", "Goal 1"), new Goal(VISION, 2, "目標2", "Goal 2"),
            new Goal(VISION, 3, "目標3", "Goal 3"));

    @Test
    void theGoalsLeftAreThoseNoneOfTheMembersCommentsIsAbout() {
        assertThat(HomeDashboard.notCommented(GOALS, Set.of("GOAL-2", "G1-CLINICAL-TRIALS"))).extracting(Goal::getNumber)
                .as("a KPI's comment is not a goal's").containsExactly(1, 3);
        assertThat(HomeDashboard.notCommented(GOALS, Set.of())).hasSize(3);
        assertThat(HomeDashboard.notCommented(GOALS, Set.of("GOAL-1", "GOAL-2", "GOAL-3"))).isEmpty();
    }
}
