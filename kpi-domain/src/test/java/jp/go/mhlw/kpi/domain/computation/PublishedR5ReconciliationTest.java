package jp.go.mhlw.kpi.domain.computation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entering the R5 tables as printed lists exactly the five contradictions of docs/domain.md §5. The average-grant one
 * concerns both populations (all and mature themes), so it appears once per table: six entries, five findings.
 */
class PublishedR5ReconciliationTest {

    @Test
    void listsExactlyTheKnownContradictionsOfTheR5Material() {
        List<Discrepancy> found = new ArrayList<>();
        found.addAll(ThemeTableReconciler.reconcile(R5PrintedTables.allThemes()));
        found.addAll(ThemeTableReconciler.reconcile(R5PrintedTables.matureThemes()));
        found.addAll(TrainingTableReconciler.reconcile("R5 training", R5PrintedTables.training()));

        assertThat(found).extracting(Discrepancy::kind, Discrepancy::subject).containsExactly(
                tuple(DiscrepancyKind.GROUP_COUNTS_DO_NOT_ADD_UP, "採択時 2nd 製品開発 theme count"),
                tuple(DiscrepancyKind.IMPOSSIBLE_PERCENTAGE, "重点分野3 stage-up ratio"),
                tuple(DiscrepancyKind.TOTAL_DISAGREES_WITH_GROUPS, "全体 stage-up ratio"),
                tuple(DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE, "全体 average single-year grant"),
                tuple(DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE, "全体 average single-year grant"),
                tuple(DiscrepancyKind.QUOTIENT_DOES_NOT_MATCH, "企業人材研修 (category 2) participants per course"));
        assertThat(found).extracting(Discrepancy::kind).containsOnly(DiscrepancyKind.values());
    }
}
