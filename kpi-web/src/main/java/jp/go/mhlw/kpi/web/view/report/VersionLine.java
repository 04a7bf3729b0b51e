package jp.go.mhlw.kpi.web.view.report;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.submission.Review;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import jp.go.mhlw.kpi.web.view.Feedback;

/** One submitted version in a version history, in the user's language. */
public class VersionLine implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(JapaneseFiscalYear.JAPAN_TIME);

    private final int number;
    private final String submittedBy;
    private final String submittedAt;
    private final int warnings;
    private final String decision;
    private final String comment;
    private final String reviewedBy;
    private final String reviewedAt;

    public VersionLine(SubmissionVersion version) {
        this(version, false);
    }

    /** A version; a superseded one (an approved version a corrected one replaced) says so beside its decision. */
    public VersionLine(SubmissionVersion version, boolean superseded) {
        number = version.number();
        submittedBy = version.submittedBy();
        submittedAt = WHEN.format(version.submittedAt());
        warnings = version.warnings().size();
        Review review = version.review().orElse(null);
        decision = review == null ? Feedback.text("review.awaiting")
                : Feedback.label(review.decision()) + (superseded ? " " + Feedback.text("submission.versionSuperseded") : "");
        comment = review == null ? null : review.comment();
        reviewedBy = review == null ? null : review.reviewedBy();
        reviewedAt = review == null ? null : WHEN.format(review.reviewedAt());
    }

    public int getNumber() {
        return number;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getSubmittedAt() {
        return submittedAt;
    }

    public int getWarnings() {
        return warnings;
    }

    public String getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewedAt() {
        return reviewedAt;
    }
}
