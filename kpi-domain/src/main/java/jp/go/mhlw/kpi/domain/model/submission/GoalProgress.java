package jp.go.mhlw.kpi.domain.model.submission;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** A ministry's progress on one goal: the narrative, and the goal's typed figures (blank ones left out). */
public record GoalProgress(int goal, String narrative, Map<ProgressFigure, BigDecimal> figures) {

    public GoalProgress {
        if (!ProgressFigure.MINISTRY_GOALS.contains(goal)) {
            throw new IllegalArgumentException("a ministry progress report covers goals "
                    + ProgressFigure.MINISTRY_GOALS + ", not " + goal);
        }
        Map<ProgressFigure, BigDecimal> copy = new EnumMap<>(ProgressFigure.class);
        if (figures != null) {
            figures.forEach((figure, value) -> {
                if (figure.goal() != goal) {
                    throw new IllegalArgumentException(figure + " belongs to goal " + figure.goal() + ", not " + goal);
                }
                if (value != null) {
                    copy.put(figure, value);
                }
            });
        }
        figures = Map.copyOf(copy);
    }

    public BigDecimal figure(ProgressFigure figure) {
        return figures.get(figure);
    }

    public boolean isBlank() {
        return (narrative == null || narrative.isBlank()) && figures.isEmpty();
    }
}
