package jp.go.mhlw.kpi.application.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetAchievement;
import jp.go.mhlw.kpi.domain.model.lineage.FigureLineage;
import jp.go.mhlw.kpi.domain.model.lineage.FigureLineages;
import jp.go.mhlw.kpi.domain.model.report.CommitteeComment;
import jp.go.mhlw.kpi.domain.model.report.CycleReport;
import jp.go.mhlw.kpi.domain.model.report.MissingBody;
import jp.go.mhlw.kpi.domain.model.report.MissingFigure;
import jp.go.mhlw.kpi.domain.model.report.PublishedLine;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;

/**
 * What the secretariat and the committee see of a cycle's report: its state, the KPI tables as they would be
 * published now (with last cycle's figures), the targets judged, the goals with their narratives, the bodies missing
 * from collection, the comments and the versions published so far. Bean getters for screens.
 *
 * @param proposedNarratives per goal, what the ministries' approved progress reports say: the narratives offered
 *                           before the first draft
 * @param missingFigures     the ministries' KPIs without a value, with the reason
 * @param lineages           each figure's submissions, normalisation and formula
 */
public record DraftReport(FollowUpCycle cycle, Optional<CycleReport> report, List<PublishedLine> lines,
                          List<TargetAchievement> targets, List<Goal> goals, List<MissingBody> missingBodies,
                          List<CommitteeComment> comments, List<PublishedReport> versions,
                          Map<Integer, String> proposedNarratives, List<MissingFigure> missingFigures,
                          FigureLineages lineages) {

    /** Where a line's figure comes from: its submissions, normalisation and formula; null when not computed. */
    public FigureLineage lineage(PublishedLine line) {
        return lineages.ofFigure(line.getKpiCode(), line.getBreakdown(), line.getUnit()).orElse(null);
    }

    public FollowUpCycle getCycle() {
        return cycle;
    }

    public CycleReport getReport() {
        return report.orElse(null);
    }

    public String getStatus() {
        return report.map(r -> r.getStatus().name()).orElse("NOT_PREPARED");
    }

    public String getKey() {
        return CycleKeys.of(cycle);
    }

    public List<PublishedLine> getLines() {
        return lines;
    }

    public List<TargetAchievement> getTargets() {
        return targets;
    }

    public List<Goal> getGoals() {
        return goals;
    }

    public List<MissingBody> getMissingBodies() {
        return missingBodies;
    }

    public List<MissingFigure> getMissingFigures() {
        return missingFigures;
    }

    public List<CommitteeComment> getComments() {
        return comments;
    }

    public List<PublishedReport> getVersions() {
        return versions;
    }

    /** The draft's narrative of the goal; before the first draft, what the ministries reported on it. */
    public String narrative(int goalNumber) {
        return report.map(r -> r.getNarratives().getOrDefault(goalNumber, ""))
                .orElseGet(() -> proposedNarratives.getOrDefault(goalNumber, ""));
    }
}
