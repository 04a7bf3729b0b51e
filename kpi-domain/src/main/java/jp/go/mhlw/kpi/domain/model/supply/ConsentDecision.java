package jp.go.mhlw.kpi.domain.model.supply;

import java.time.Instant;
import java.util.Objects;

/** The manufacturer's answer to whether MHLW may contact the makers of alternative products. */
public record ConsentDecision(boolean given, String decidedBy, Instant decidedAt) {

    public ConsentDecision {
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
