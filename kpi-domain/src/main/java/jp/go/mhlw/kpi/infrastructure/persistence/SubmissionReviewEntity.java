package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import jp.go.mhlw.kpi.domain.model.submission.Review;
import jp.go.mhlw.kpi.domain.model.submission.ReviewDecision;

/** The officer's decision on a version (table submission_review), written once like the version. */
@Entity
@Table(name = "submission_review")
public class SubmissionReviewEntity {

    @Id
    @SequenceGenerator(name = "submission_review_seq", sequenceName = "submission_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_review_seq")
    @Column(updatable = false)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private SubmissionVersionEntity version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ReviewDecision decision;

    @Column(name = "review_comment", updatable = false, length = 4000)
    private String comment;

    @Column(name = "reviewed_by", nullable = false, updatable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private OffsetDateTime reviewedAt;

    protected SubmissionReviewEntity() {
        // for JPA
    }

    SubmissionReviewEntity(SubmissionVersionEntity version, Review review) {
        this.version = version;
        this.decision = review.decision();
        this.comment = review.comment();
        this.reviewedBy = review.reviewedBy();
        this.reviewedAt = Times.stored(review.reviewedAt());
    }

    Review toReview() {
        return new Review(decision, comment, reviewedBy, Times.instant(reviewedAt));
    }

    SubmissionVersionEntity getVersion() {
        return version;
    }
}
