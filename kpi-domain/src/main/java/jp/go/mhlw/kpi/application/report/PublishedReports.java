package jp.go.mhlw.kpi.application.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigureRepository;
import jp.go.mhlw.kpi.domain.model.report.CycleReportRepository;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;
import jp.go.mhlw.kpi.domain.model.report.PublishedReportSummary;

/** The published reports, read by anyone without login: only what was published, never a draft. */
@Stateless
@PermitAll
public class PublishedReports {

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    CycleReportRepository reports;

    @Inject
    PublishedFigureRepository printedFigures;

    @Inject
    BasicPlanRepository plans;

    /** The current version of every published cycle, newest fiscal year first, without its lines. */
    @ReadOnly
    public List<PublishedReportSummary> current() {
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

    /**
     * The cycles published before this application: the committee's figures as printed in its material, entered as
     * history, with no report version of the application behind them. Newest fiscal year first.
     */
    @ReadOnly
    public List<FollowUpCycle> printedCycles() {
        return printedFigures.cyclesPublishedAsPrinted();
    }

    /** A cycle's printed figures in catalogue order; empty unless the cycle was published as printed. */
    @ReadOnly
    public List<PublishedFigure> printedFigures(String cycleKey) {
        return cycle(cycleKey).filter(this::publishedAsPrinted).map(printedFigures::findByCycle).orElse(List.of());
    }

    /** A plan's catalogue, public like the reports that name its KPIs; empty for an unknown plan. */
    @ReadOnly
    public Optional<PlanCatalogue> catalogue(String planCode) {
        return plans.findCatalogue(planCode);
    }

    private boolean publishedAsPrinted(FollowUpCycle cycle) {
        return cycle.getStatus() == CycleStatus.PUBLISHED && reports.versions(cycle).isEmpty()
                && !printedFigures.findByCycle(cycle).isEmpty();
    }

    private Optional<FollowUpCycle> cycle(String cycleKey) {
        return CycleKeys.parse(cycleKey)
                .flatMap(key -> cycles.find(key.planCode(), JapaneseFiscalYear.of(key.fiscalYear())));
    }
}
