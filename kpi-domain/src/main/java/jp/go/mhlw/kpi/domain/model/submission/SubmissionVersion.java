package jp.go.mhlw.kpi.domain.model.submission;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One submitted version, immutable once made: its number (1, 2, ...), the content as submitted, the warnings the
 * validation raised and the reporter's justification for each, who submitted it and when, and the officer's review
 * once decided. {@code id} is the stored version's id (null until stored), the reference the KPI lineage keeps.
 */
public record SubmissionVersion(Long id, int number, SubmissionContent content, List<ValidationWarning> warnings,
                                Map<String, String> justifications, String submittedBy, Instant submittedAt,
                                Optional<Review> review) {

    public SubmissionVersion {
        if (number < 1) {
            throw new IllegalArgumentException("versions are numbered from 1, was " + number);
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(submittedAt, "submittedAt");
        warnings = List.copyOf(warnings);
        justifications = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(justifications));
        review = review == null ? Optional.empty() : review;
    }

    public boolean isAwaitingReview() {
        return review.isEmpty();
    }

    public boolean isApproved() {
        return review.map(decided -> decided.decision() == ReviewDecision.APPROVED).orElse(false);
    }

    public boolean isReturned() {
        return review.map(decided -> decided.decision() == ReviewDecision.RETURNED).orElse(false);
    }

    SubmissionVersion withReview(Review decided) {
        return new SubmissionVersion(id, number, content, warnings, justifications, submittedBy, submittedAt,
                Optional.of(decided));
    }

    /** The same version with the id it was stored under. */
    public SubmissionVersion storedAs(long storedId) {
        return new SubmissionVersion(storedId, number, content, warnings, justifications, submittedBy, submittedAt,
                review);
    }
}
