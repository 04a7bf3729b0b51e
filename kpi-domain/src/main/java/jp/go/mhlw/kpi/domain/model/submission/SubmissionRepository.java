package jp.go.mhlw.kpi.domain.model.submission;

import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;

/**
 * Where submissions are kept (implemented in infrastructure.persistence). A submission is loaded whole and stored
 * whole; versions are appended and a review is added to its version once, never rewritten.
 */
public interface SubmissionRepository {

    /** One approved version of a cycle, with the body it came from. */
    record ApprovedVersion(long versionId, String organisationCode, SubmissionContent content) {
    }

    Optional<Submission> findByRequest(long requestId);

    /** Stores a new submission or what changed on a stored one; new versions get their ids. */
    void store(Submission submission);

    /** The approved versions of a cycle of this kind, by organisation code. */
    List<ApprovedVersion> approved(long cycleId, SubmissionKind kind);

    /** The cycle's reporting period and normalisation factor. */
    Optional<PeriodNormalisation> normalisationOf(long cycleId);

    /**
     * The body's approved submission of this kind in the cycle before this one (same plan, previous fiscal year),
     * with that cycle's normalisation.
     */
    Optional<LastYear> lastYear(long cycleId, String organisationCode, SubmissionKind kind);
}
