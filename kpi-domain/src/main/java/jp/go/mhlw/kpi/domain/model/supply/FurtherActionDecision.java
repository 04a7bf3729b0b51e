package jp.go.mhlw.kpi.domain.model.supply;

import java.time.Instant;
import java.util.Objects;

/** MHLW's decision whether further action is needed, with its reasons (or its request to the manufacturer). */
public record FurtherActionDecision(boolean needed, String reasons, String decidedBy, Instant decidedAt) {

    public FurtherActionDecision {
        reasons = Text.required(reasons, "the reasons for the decision");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
