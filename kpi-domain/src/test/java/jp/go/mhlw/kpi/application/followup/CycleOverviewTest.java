package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import org.junit.jupiter.api.Test;

/** The secretariat's home: completion and timeliness per kind of body, and the days left. */
class CycleOverviewTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    private static CycleOverview.Row row(String kind, RequestState state, boolean overdue, boolean onTime) {
        return new CycleOverview.Row(1L, "ORG", "名", "Name", kind, state, LocalDate.of(2025, 5, 31), overdue, onTime, 0, null);
    }

    private static CycleOverview overview(LocalDate due, List<CycleOverview.Row> rows) {
        return new CycleOverview(7L, "PLAN-2/FY2024", "FY2024", CycleStatus.COLLECTING, due, "", TODAY, rows, null, false);
    }

    @Test
    void eachKindOfBodyHasItsOwnCompletionTimelinessAndOverdueCount() {
        CycleOverview overview = overview(LocalDate.of(2025, 6, 30), List.of(
                row("HUB", RequestState.APPROVED, false, true),
                row("AMED", RequestState.SUBMITTED, false, false),
                row("HUB", RequestState.DRAFT, true, false),
                row("HUB", RequestState.APPROVED, false, false)));

        assertThat(overview.getKinds())
                .extracting(CycleOverview.KindProgress::getKind, CycleOverview.KindProgress::getRequested,
                        CycleOverview.KindProgress::getApproved, CycleOverview.KindProgress::getOverdue,
                        kind -> kind.getCompletionPercent().toPlainString(), kind -> kind.getTimelinessPercent().toPlainString())
                .containsExactly(tuple("HUB", 3, 2L, 1L, "66.7", "33.3"), tuple("AMED", 1, 0L, 0L, "0.0", "0.0"));
        assertThat(overview.getCompletionPercent().toPlainString()).as("the whole cycle as before").isEqualTo("50.0");
    }

    @Test
    void theDaysToTheDeadlineCountDownToZeroAndBelowOnceItHasPassed() {
        assertThat(overview(LocalDate.of(2025, 6, 30), List.of()).getDaysToDeadline()).isEqualTo(20L);
        assertThat(overview(TODAY, List.of()).getDaysToDeadline()).isZero();
        assertThat(overview(LocalDate.of(2025, 6, 7), List.of()).getDaysToDeadline()).isEqualTo(-3L);
        assertThat(overview(null, List.of()).getDaysToDeadline()).isNull();
        assertThat(overview(null, List.of()).getKinds()).isEmpty();
    }
}
