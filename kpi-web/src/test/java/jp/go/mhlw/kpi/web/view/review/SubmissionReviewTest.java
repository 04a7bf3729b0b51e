package jp.go.mhlw.kpi.web.view.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.submission.SubmissionService.SubmissionView;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.Review;
import jp.go.mhlw.kpi.domain.model.submission.ReviewDecision;
import jp.go.mhlw.kpi.domain.model.submission.Submission;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import org.junit.jupiter.api.Test;

/** Each version shown with its own state, compared with the version before it. */
class SubmissionReviewTest {

    private static final Instant AT = Instant.parse("2024-05-01T01:00:00Z");

    private static SubmissionVersion version(int number, HubReportContent content, ReviewDecision decision) {
        Optional<Review> review = decision == null ? Optional.empty()
                : Optional.of(new Review(decision, decision == ReviewDecision.RETURNED ? "確認してください" : null,
                        "officer1", AT));
        return new SubmissionVersion((long) number, number, content, List.of(), Map.of(), "hub-hiroshima", AT, review);
    }

    private static SubmissionReview showing(RequestState requestState, Integer number, SubmissionVersion... versions) {
        SubmissionReview review = new SubmissionReview();
        review.view = new SubmissionView(
                new ReportRequestInfo(11, 2, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT, requestState,
                        LocalDate.of(2024, 5, 31)),
                Submission.restore(11, 2, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT, null, null, null,
                        List.of(versions)),
                Optional.empty(),
                PeriodNormalisation.yearly("R5", LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)));
        review.setVersionNumber(number);
        return review;
    }

    private static HubReportContent hub(int cooperation) {
        return new HubReportContent(Map.of(), cooperation, 0, Set.of(Platform.AI_DATA_USE), List.of());
    }

    @Test
    void aReturnedVersionSaysReturnedWhileTheRequestIsApproved() {
        SubmissionVersion first = version(1, hub(70), ReviewDecision.RETURNED);
        SubmissionVersion second = version(2, hub(72), ReviewDecision.APPROVED);

        SubmissionReview firstShown = showing(RequestState.APPROVED, 1, first, second);
        assertThat(firstShown.getVersionState()).isEqualTo("RETURNED");
        assertThat(firstShown.getRequestState()).isEqualTo("APPROVED");
        assertThat(firstShown.isComparedWithPreviousVersion()).isFalse();

        SubmissionReview secondShown = showing(RequestState.APPROVED, 2, first, second);
        assertThat(secondShown.getVersionState()).isEqualTo("APPROVED");
        assertThat(secondShown.getPreviousVersionNumber()).isEqualTo(1);
        assertThat(secondShown.getChangedCount()).as("the cooperation count").isEqualTo(1);
    }

    @Test
    void theVersionWaitingForReviewSaysSo() {
        SubmissionReview shown = showing(RequestState.SUBMITTED, 2, version(1, hub(70), ReviewDecision.RETURNED),
                version(2, hub(70), null));

        assertThat(shown.getVersionState()).isEqualTo("AWAITING");
        assertThat(shown.isDecidable()).isTrue();
        assertThat(shown.getChangedCount()).as("nothing corrected").isZero();
    }
}
