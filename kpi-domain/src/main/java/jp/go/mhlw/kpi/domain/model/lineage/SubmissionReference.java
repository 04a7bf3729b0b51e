package jp.go.mhlw.kpi.domain.model.lineage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A submission a KPI value was computed from, by kind and id. Submissions are not modelled yet, so this is only
 * a reference: no foreign key until their tables exist.
 */
@Embeddable
public class SubmissionReference {

    @Enumerated(EnumType.STRING)
    @Column(name = "submission_kind", nullable = false, length = 32)
    private SubmissionKind kind;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    protected SubmissionReference() {
        // for JPA
    }

    public SubmissionReference(SubmissionKind kind, long submissionId) {
        this.kind = Objects.requireNonNull(kind, "submission kind is required");
        if (submissionId <= 0) {
            throw new IllegalArgumentException("submission id must be positive, was " + submissionId);
        }
        this.submissionId = submissionId;
    }

    public static SubmissionReference of(SubmissionKind kind, long submissionId) {
        return new SubmissionReference(kind, submissionId);
    }

    public SubmissionKind getKind() {
        return kind;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubmissionReference that && kind == that.kind && submissionId == that.submissionId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, submissionId);
    }

    @Override
    public String toString() {
        return kind + "#" + submissionId;
    }
}
