package jp.go.mhlw.kpi.web.view.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;

/** The ministry progress report as the form edits it: one block per goal the ministries report on. */
public class MinistryReportModel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One typed figure of a goal. */
    public static class FigureCell implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ProgressFigure figure;
        private BigDecimal value;

        FigureCell(ProgressFigure figure, BigDecimal value) {
            this.figure = figure;
            this.value = value;
        }

        public ProgressFigure getFigure() {
            return figure;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }
    }

    /** One goal: narrative and figures. */
    public static class GoalBlock implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int goal;
        private String narrative;
        private final List<FigureCell> figures = new ArrayList<>();

        GoalBlock(int goal, GoalProgress progress) {
            this.goal = goal;
            this.narrative = progress == null ? null : progress.narrative();
            for (ProgressFigure figure : ProgressFigure.ofGoal(goal)) {
                figures.add(new FigureCell(figure, progress == null ? null : progress.figure(figure)));
            }
        }

        GoalProgress toProgress() {
            Map<ProgressFigure, BigDecimal> values = new EnumMap<>(ProgressFigure.class);
            figures.stream().filter(cell -> cell.getValue() != null).forEach(cell -> values.put(cell.getFigure(), cell.getValue()));
            return new GoalProgress(goal, narrative == null || narrative.isBlank() ? null : narrative.strip(), values);
        }

        public int getGoal() {
            return goal;
        }

        public String getNarrative() {
            return narrative;
        }

        public void setNarrative(String narrative) {
            this.narrative = narrative;
        }

        public List<FigureCell> getFigures() {
            return figures;
        }
    }

    private final List<GoalBlock> goals = new ArrayList<>();

    MinistryReportModel(MinistryProgressContent content) {
        ProgressFigure.MINISTRY_GOALS.forEach(goal -> goals.add(new GoalBlock(goal, content.goal(goal).orElse(null))));
    }

    MinistryProgressContent toContent() {
        return new MinistryProgressContent(goals.stream().map(GoalBlock::toProgress)
                .filter(progress -> !progress.isBlank()).toList());
    }

    public List<GoalBlock> getGoals() {
        return goals;
    }
}
