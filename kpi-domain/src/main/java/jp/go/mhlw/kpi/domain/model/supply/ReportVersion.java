package jp.go.mhlw.kpi.domain.model.supply;

import java.time.Instant;
import java.util.Objects;

/** A filed report, kept as it was filed: versions are numbered from 1 and never change. */
public record ReportVersion(int number, ReportKind kind, SupplyReport content, String filedBy, Instant filedAt) {

    public ReportVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1, was " + number);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(filedAt, "filedAt");
    }
}
