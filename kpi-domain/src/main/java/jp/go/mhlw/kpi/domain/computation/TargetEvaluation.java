package jp.go.mhlw.kpi.domain.computation;

import java.util.List;
import java.util.Objects;

/** The verdict on one target for one cycle, with the figures it compared. */
public record TargetEvaluation(TargetRule rule, Achievement achievement, String explanation, List<KpiFigure> basedOn) {

    public TargetEvaluation {
        Objects.requireNonNull(rule, "rule is required");
        Objects.requireNonNull(achievement, "achievement is required");
        Objects.requireNonNull(explanation, "explanation is required");
        basedOn = List.copyOf(basedOn);
    }
}
