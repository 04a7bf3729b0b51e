package jp.go.mhlw.kpi.domain.model.report;

import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;

/** Cycle reports under review, the committee's comments, and the published versions. */
public interface CycleReportRepository {

    Optional<CycleReport> findByCycle(FollowUpCycle cycle);

    CycleReport store(CycleReport report);

    CommitteeComment add(CommitteeComment comment);

    /** The report's comments, oldest first. */
    List<CommitteeComment> comments(CycleReport report);

    PublishedReport add(PublishedReport report);

    /** Saves the mark on a superseded version. */
    PublishedReport store(PublishedReport report);

    /** The cycle's published versions, newest first. */
    List<PublishedReport> versions(FollowUpCycle cycle);

    /**
     * The newest version of every published cycle, newest fiscal year first, as the list of reports names it: the
     * versions' own columns, not their lines.
     */
    List<PublishedReportSummary> latestVersions();
}
