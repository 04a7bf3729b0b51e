package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.submission.Submission;

/** A request's submission (table submission): whose it is and the reporter's draft, the only part that changes. */
@Entity
@Table(name = "submission")
public class SubmissionEntity {

    @Id
    @SequenceGenerator(name = "submission_seq", sequenceName = "submission_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_seq")
    @Column(updatable = false)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "organisation_code", nullable = false, updatable = false, length = 64)
    private String organisationCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private SubmissionKind kind;

    @Column(name = "draft_content")
    private String draftContent;

    @Column(name = "draft_saved_by")
    private String draftSavedBy;

    @Column(name = "draft_saved_at")
    private OffsetDateTime draftSavedAt;

    @Column(name = "reopen_reason", length = 4000)
    private String reopenReason;

    @Column(name = "reopened_by")
    private String reopenedBy;

    @Column(name = "reopened_at")
    private OffsetDateTime reopenedAt;

    @Version
    private int version;

    protected SubmissionEntity() {
        // for JPA
    }

    SubmissionEntity(Submission submission) {
        this.requestId = submission.requestId();
        this.cycleId = submission.cycleId();
        this.organisationCode = submission.organisationCode();
        this.kind = submission.kind();
        update(submission);
    }

    void update(Submission submission) {
        this.draftContent = submission.draft().map(SubmissionJson::write).orElse(null);
        this.draftSavedBy = submission.draftSavedBy().orElse(null);
        this.draftSavedAt = submission.draftSavedAt().map(Times::stored).orElse(null);
        Submission.Reopening reopening = submission.reopening().orElse(null);
        this.reopenReason = reopening == null ? null : reopening.reason();
        this.reopenedBy = reopening == null ? null : reopening.by();
        this.reopenedAt = reopening == null ? null : Times.stored(reopening.at());
    }

    Submission.Reopening reopening() {
        return reopenReason == null ? null : new Submission.Reopening(reopenReason, reopenedBy, Times.instant(reopenedAt));
    }

    Long getId() {
        return id;
    }

    long getRequestId() {
        return requestId;
    }

    long getCycleId() {
        return cycleId;
    }

    String getOrganisationCode() {
        return organisationCode;
    }

    SubmissionKind getKind() {
        return kind;
    }

    String getDraftContent() {
        return draftContent;
    }

    String getDraftSavedBy() {
        return draftSavedBy;
    }

    OffsetDateTime getDraftSavedAt() {
        return draftSavedAt;
    }
}
