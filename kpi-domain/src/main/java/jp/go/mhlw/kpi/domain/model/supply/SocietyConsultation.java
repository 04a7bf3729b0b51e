package jp.go.mhlw.kpi.domain.model.supply;

import java.time.Instant;
import java.util.Objects;

/** MHLW's consultation of academic societies before a termination with large clinical impact. */
public record SocietyConsultation(String societies, String outcome, String recordedBy, Instant recordedAt) {

    public SocietyConsultation {
        societies = Text.required(societies, "the societies consulted");
        outcome = Text.required(outcome, "the outcome of the consultation");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
