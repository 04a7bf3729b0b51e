package jp.go.mhlw.kpi.domain.model.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;

/** A ministry division's progress report: a narrative and typed figures for each goal it reports on. */
public record MinistryProgressContent(List<GoalProgress> goals) implements SubmissionContent {

    public MinistryProgressContent {
        List<GoalProgress> copy = new ArrayList<>();
        if (goals != null) {
            for (GoalProgress goal : goals) {
                if (copy.stream().anyMatch(other -> other.goal() == goal.goal())) {
                    throw new IllegalArgumentException("goal " + goal.goal() + " is reported twice");
                }
                copy.add(goal);
            }
        }
        goals = List.copyOf(copy);
    }

    @Override
    public SubmissionKind kind() {
        return SubmissionKind.MINISTRY_PROGRESS_REPORT;
    }

    public Optional<GoalProgress> goal(int number) {
        return goals.stream().filter(goal -> goal.goal() == number).findFirst();
    }
}
