package jp.go.mhlw.kpi.domain.model.report;

import java.time.OffsetDateTime;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;

/**
 * A published version as a list of the reports names it: its cycle, its number and when it was published, read
 * without its lines, missing bodies, narratives and missing figures. Bean getters too, because Jakarta EL 5 (Jakarta
 * EE 10) does not resolve record accessors.
 */
public record PublishedReportSummary(FollowUpCycle cycle, int versionNumber, OffsetDateTime publishedAt) {

    public PublishedReportSummary {
        Objects.requireNonNull(cycle, "cycle");
    }

    public FollowUpCycle getCycle() {
        return cycle;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
