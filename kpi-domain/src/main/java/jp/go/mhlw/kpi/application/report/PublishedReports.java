package jp.go.mhlw.kpi.application.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.report.CycleReportRepository;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;

/** The published reports, read by anyone without login: only what was published, never a draft. */
@Stateless
@PermitAll
public class PublishedReports {

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    CycleReportRepository reports;

    /** The current version of every published cycle, newest fiscal year first. */
    @ReadOnly
    public List<PublishedReport> current() {
        return reports.latestVersions();
    }

    /** The cycle's versions, newest first; empty for an unknown or unpublished cycle. */
    @ReadOnly
    public List<PublishedReport> versions(String cycleKey) {
        return cycle(cycleKey).map(reports::versions).orElse(List.of());
    }

    /** One version (the current one when {@code version} is null). */
    @ReadOnly
    public Optional<PublishedReport> find(String cycleKey, Integer version) {
        List<PublishedReport> versions = versions(cycleKey);
        if (version == null) {
            return versions.stream().findFirst();
        }
        return versions.stream().filter(v -> v.getVersionNumber() == version).findFirst();
    }

    private Optional<FollowUpCycle> cycle(String cycleKey) {
        return CycleKeys.parse(cycleKey)
                .flatMap(key -> cycles.find(key.planCode(), JapaneseFiscalYear.of(key.fiscalYear())));
    }
}
