package jp.go.mhlw.kpi.domain.model.submission;

import java.time.Instant;
import java.util.Objects;

/** The reviewing officer's decision on one version, with the comment the reporter reads (required to return). */
public record Review(ReviewDecision decision, String comment, String reviewedBy, Instant reviewedAt) {

    public Review {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision == ReviewDecision.RETURNED && comment == null) {
            throw new IllegalArgumentException("a returned submission needs a comment");
        }
    }
}
