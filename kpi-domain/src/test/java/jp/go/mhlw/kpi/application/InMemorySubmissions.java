package jp.go.mhlw.kpi.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.submission.LastYear;
import jp.go.mhlw.kpi.domain.model.submission.Submission;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;

/** Submissions in memory; last year's data and the cycles' normalisation are set by the test. */
public class InMemorySubmissions implements SubmissionRepository {

    public final Map<Long, Submission> byRequest = new HashMap<>();
    public final Map<Long, PeriodNormalisation> periods = new HashMap<>();
    public final Map<String, LastYear> lastYears = new HashMap<>();
    private long nextVersionId = 1000;

    @Override
    public Optional<Submission> findByRequest(long requestId) {
        return Optional.ofNullable(byRequest.get(requestId));
    }

    @Override
    public void store(Submission submission) {
        for (SubmissionVersion version : submission.versions()) {
            if (version.id() == null) {
                submission.versionStored(version.storedAs(++nextVersionId));
            }
        }
        byRequest.put(submission.requestId(), submission);
    }

    @Override
    public List<ApprovedVersion> approved(long cycleId, SubmissionKind kind) {
        List<ApprovedVersion> approved = new ArrayList<>();
        byRequest.values().stream()
                .filter(submission -> submission.cycleId() == cycleId && submission.kind() == kind)
                .forEach(submission -> submission.approvedVersion().ifPresent(version -> approved.add(
                        new ApprovedVersion(version.id(), submission.organisationCode(), version.content()))));
        return approved;
    }

    @Override
    public Optional<PeriodNormalisation> normalisationOf(long cycleId) {
        return Optional.ofNullable(periods.get(cycleId));
    }

    @Override
    public Optional<LastYear> lastYear(long cycleId, String organisationCode, SubmissionKind kind) {
        return Optional.ofNullable(lastYears.get(cycleId + "/" + organisationCode + "/" + kind));
    }
}
