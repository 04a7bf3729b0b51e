package jp.go.mhlw.kpi.domain.model.supply;

import java.time.Instant;
import java.util.Objects;

/** Work in progress on the next report; not validated, not visible to MHLW, replaced on each save. */
public record ReportDraft(ReportKind kind, SupplyReport content, String savedBy, Instant savedAt) {

    public ReportDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
