package jp.go.mhlw.kpi.domain.model.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

/** Which chosen requests a bulk approval, return or reminder takes, and which it leaves out with why. */
class BulkReviewTest {

    private static final long CYCLE = 2;
    private static final Instant AT = Instant.parse("2024-05-01T01:00:00Z");

    private static SubmissionVersion version(int number, String by, int warnings) {
        List<ValidationWarning> raised = java.util.stream.IntStream.range(0, warnings)
                .mapToObj(i -> new ValidationWarning("w" + i, Problem.at("f", "submission.theme.negativeGrant", i)))
                .toList();
        Map<String, String> reasons = new java.util.HashMap<>();
        raised.forEach(warning -> reasons.put(warning.key(), "理由"));
        return new SubmissionVersion(null, number, SubmissionFixtures.hubReport(), raised, reasons, by, AT,
                Optional.empty());
    }

    private static BulkReview.Candidate waiting(long id, String organisation, SubmissionVersion version) {
        return new BulkReview.Candidate(id, CYCLE, organisation, RequestState.SUBMITTED, Optional.of(version));
    }

    private final List<BulkReview.Candidate> chosen = List.of(
            waiting(11, "HUB-HIROSHIMA", version(2, "hub-hiroshima", 0)),
            waiting(12, "HUB-HOKKAIDO", version(1, "hub-hokkaido", 2)),
            new BulkReview.Candidate(13, CYCLE, "AMED", RequestState.DRAFT, Optional.empty()),
            waiting(14, "MHLW-KIKI", version(1, "officer1", 0)),
            new BulkReview.Candidate(21, 3, "HUB-TOTTORI", RequestState.SUBMITTED,
                    Optional.of(version(1, "hub-tottori", 0))),
            waiting(15, "JFMDA", version(1, "survey1", 0)),
            waiting(11, "HUB-HIROSHIMA", version(2, "hub-hiroshima", 0)));

    @Test
    void anApprovalTakesTheCleanVersionsWaitingAndListsTheOthers() {
        BulkReview.Plan plan = BulkReview.approval(CYCLE, chosen, "officer1");

        assertThat(plan.taken()).extracting(BulkReview.Taken::requestId, BulkReview.Taken::versionNumber)
                .as("in the order chosen, each once").containsExactly(tuple(11L, 2), tuple(15L, 1));
        assertThat(plan.skipped()).extracting(BulkReview.Skipped::requestId, BulkReview.Skipped::reason).containsExactly(
                tuple(12L, BulkReview.SkipReason.HAS_WARNINGS),
                tuple(13L, BulkReview.SkipReason.NOT_AWAITING_REVIEW),
                tuple(14L, BulkReview.SkipReason.OWN_REPORT),
                tuple(21L, BulkReview.SkipReason.NOT_IN_CYCLE));
        assertThat(plan.skipped().get(0).message().label(Texts.JAPANESE))
                .isEqualTo("HUB-HOKKAIDO: 警告があります。審査画面で理由を確認して判断してください（警告2件）");
        assertThat(plan.skipped().get(1).message().label(Texts.ENGLISH))
                .isEqualTo("AMED: no version is waiting for review");
    }

    @Test
    void aReturnTakesVersionsWithWarningsToo() {
        BulkReview.Plan plan = BulkReview.returning(CYCLE, chosen, "officer1");

        assertThat(plan.taken()).extracting(BulkReview.Taken::requestId).containsExactly(11L, 12L, 15L);
        assertThat(plan.skipped()).extracting(BulkReview.Skipped::reason).containsExactly(
                BulkReview.SkipReason.NOT_AWAITING_REVIEW, BulkReview.SkipReason.OWN_REPORT,
                BulkReview.SkipReason.NOT_IN_CYCLE);
    }

    @Test
    void aVersionAlreadyDecidedIsNotTakenEvenIfTheRequestSaysSubmitted() {
        SubmissionVersion decided = version(1, "hub-hiroshima", 0).withReview(
                new Review(ReviewDecision.APPROVED, null, "officer2", AT));

        BulkReview.Plan plan = BulkReview.approval(CYCLE, List.of(waiting(11, "HUB-HIROSHIMA", decided)), "officer1");

        assertThat(plan.taken()).isEmpty();
        assertThat(plan.skipped()).extracting(BulkReview.Skipped::reason)
                .containsExactly(BulkReview.SkipReason.NOT_AWAITING_REVIEW);
    }

    @Test
    void aReminderGoesToTheBodiesThatHaveSomethingToDo() {
        List<BulkReview.Candidate> requests = List.of(
                new BulkReview.Candidate(11, CYCLE, "HUB-HIROSHIMA", RequestState.NOT_STARTED, Optional.empty()),
                new BulkReview.Candidate(12, CYCLE, "HUB-HOKKAIDO", RequestState.SUBMITTED, Optional.empty()),
                new BulkReview.Candidate(13, CYCLE, "AMED", RequestState.RETURNED, Optional.empty()),
                new BulkReview.Candidate(14, CYCLE, "MHLW-KIKI", RequestState.APPROVED, Optional.empty()),
                new BulkReview.Candidate(15, CYCLE, "JFMDA", RequestState.DRAFT, Optional.empty()),
                new BulkReview.Candidate(16, CYCLE, "HUB-TOTTORI", RequestState.CLOSED, Optional.empty()),
                new BulkReview.Candidate(21, 3, "HUB-SHINSHU", RequestState.DRAFT, Optional.empty()));

        BulkReview.Plan plan = BulkReview.reminding(CYCLE, requests);

        assertThat(plan.taken()).extracting(BulkReview.Taken::requestId).containsExactly(11L, 13L, 15L);
        assertThat(plan.skipped()).extracting(BulkReview.Skipped::requestId, BulkReview.Skipped::reason).containsExactly(
                tuple(12L, BulkReview.SkipReason.NOT_WITH_REPORTER),
                tuple(14L, BulkReview.SkipReason.NOT_WITH_REPORTER),
                tuple(16L, BulkReview.SkipReason.NOT_WITH_REPORTER),
                tuple(21L, BulkReview.SkipReason.NOT_IN_CYCLE));
    }

    @Test
    void everyReasonReadsInBothLanguages() {
        for (BulkReview.SkipReason reason : BulkReview.SkipReason.values()) {
            assertThat(Texts.has(reason.bundleKey())).as(reason.name()).isTrue();
        }
    }
}
