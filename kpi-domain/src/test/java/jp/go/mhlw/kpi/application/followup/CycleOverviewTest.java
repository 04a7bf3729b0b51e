package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.request.RequestTally;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's and the secretariat's home figures from the requests counted per template and state: completion
 * and timeliness in all and per kind of body, the overdue, and the days left.
 */
class CycleOverviewTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    private static CycleOverview overview(LocalDate due, List<RequestTally> tallies) {
        return new CycleOverview(7L, "PLAN-2/FY2024", "FY2024", CycleStatus.COLLECTING, due, "", TODAY, tallies, null,
                false);
    }

    /** Hubs: 2 approved (one on time), 1 draft past due; AMED: 1 submitted; the ministry: 1 reopened past due. */
    private static final List<RequestTally> COUNTED = List.of(
            new RequestTally(SubmissionKind.AMED_THEME_REPORT, RequestState.SUBMITTED, 1, 0, 0),
            new RequestTally(SubmissionKind.HUB_REPORT, RequestState.APPROVED, 2, 2, 1),
            new RequestTally(SubmissionKind.HUB_REPORT, RequestState.DRAFT, 1, 1, 0),
            new RequestTally(SubmissionKind.MINISTRY_PROGRESS_REPORT, RequestState.REOPENED, 1, 1, 1));

    @Test
    void eachKindOfBodyHasItsOwnCompletionTimelinessAndOverdueCountInTheOrderOfTheList() {
        CycleOverview overview = overview(LocalDate.of(2025, 6, 30), COUNTED);

        assertThat(overview.getKinds())
                .extracting(CycleOverview.KindProgress::getKind, CycleOverview.KindProgress::getRequested,
                        CycleOverview.KindProgress::getApproved, CycleOverview.KindProgress::getOverdue,
                        kind -> kind.getCompletionPercent().toPlainString(), kind -> kind.getTimelinessPercent().toPlainString())
                .containsExactly(tuple("AMED_THEME_REPORT", 1, 0L, 0L, "0.0", "0.0"),
                        tuple("HUB_REPORT", 3, 2L, 1L, "66.7", "33.3"),
                        tuple("MINISTRY_PROGRESS_REPORT", 1, 0L, 0L, "0.0", "100.0"));
    }

    @Test
    void theWholeCycleCountsEveryKindAndOnlyOpenRequestsPastTheirDueDateAreOverdue() {
        CycleOverview overview = overview(LocalDate.of(2025, 6, 30), COUNTED);

        assertThat(overview.getRequested()).isEqualTo(5);
        assertThat(overview.getApproved()).isEqualTo(2);
        assertThat(overview.getCount(RequestState.DRAFT)).isEqualTo(1);
        assertThat(overview.getCount(RequestState.CLOSED)).isZero();
        assertThat(overview.getCompletionPercent().toPlainString()).isEqualTo("40.0");
        assertThat(overview.getTimelinessPercent().toPlainString()).isEqualTo("40.0");
        // the approved hubs and the reopened report are past their due date, but neither is overdue
        assertThat(overview.getOverdue()).isEqualTo(1);
        // a close would miss the draft and the submitted report, not the reopened one (its approved data counts)
        assertThat(overview.getOpen()).isEqualTo(2);
    }

    @Test
    void aCycleWithoutRequestsHasNoShareToSpeakOf() {
        CycleOverview empty = overview(null, List.of());

        assertThat(empty.getRequested()).isZero();
        assertThat(empty.getCompletionPercent().toPlainString()).isEqualTo("0.0");
        assertThat(empty.getTimelinessPercent().toPlainString()).isEqualTo("0.0");
        assertThat(empty.getKinds()).isEmpty();
    }

    @Test
    void theDaysToTheDeadlineCountDownToZeroAndBelowOnceItHasPassed() {
        assertThat(overview(LocalDate.of(2025, 6, 30), List.of()).getDaysToDeadline()).isEqualTo(20L);
        assertThat(overview(TODAY, List.of()).getDaysToDeadline()).isZero();
        assertThat(overview(LocalDate.of(2025, 6, 7), List.of()).getDaysToDeadline()).isEqualTo(-3L);
        assertThat(overview(null, List.of()).getDaysToDeadline()).isNull();
    }
}
