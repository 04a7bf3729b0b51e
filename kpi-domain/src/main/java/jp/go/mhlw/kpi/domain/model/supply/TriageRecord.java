package jp.go.mhlw.kpi.domain.model.supply;

import java.time.Instant;
import java.util.Objects;

/** MHLW's triage of a report: clinical impact, urgency and severity, with the officer's note. */
public record TriageRecord(ClinicalImpact impact, TriageLevel urgency, TriageLevel severity, String note,
        String recordedBy, Instant recordedAt) {

    public TriageRecord {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(severity, "severity");
        note = Text.clean(note);
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
