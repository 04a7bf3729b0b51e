package jp.go.mhlw.kpi.domain.computation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.published.PrintedTableLayout;
import jp.go.mhlw.kpi.domain.model.published.PrintedTables;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The R5 tables rebuilt from the printed figures stored by V10 are the tables typed in code ({@link R5PrintedTables}),
 * and the reconcilers find exactly the same discrepancies, word for word, in both.
 */
class PublishedR5FiguresReconciliationTest extends JpaTestSupport {

    @Test
    void theStoredR5FiguresAreTheTablesAsPrintedAndGiveTheSameDiscrepancies() {
        FollowUpCycle r5 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2023)).orElseThrow();
        PrintedTables stored = PrintedTables.assemble(r5, publishedFigures().findByCycle(r5), PrintedTableLayout.PLAN_2);

        assertThat(stored.allThemes()).contains(R5PrintedTables.allThemes());
        assertThat(stored.matureThemes()).contains(R5PrintedTables.matureThemes());
        assertThat(stored.training()).isEqualTo(R5PrintedTables.training());
        assertThat(stored.gaps()).isEmpty();

        List<Discrepancy> inCode = new ArrayList<>();
        inCode.addAll(ThemeTableReconciler.reconcile(R5PrintedTables.allThemes()));
        inCode.addAll(ThemeTableReconciler.reconcile(R5PrintedTables.matureThemes()));
        inCode.addAll(TrainingTableReconciler.reconcile("R5 training", R5PrintedTables.training()));
        assertThat(stored.discrepancies()).hasSize(6).containsExactlyElementsOf(inCode);
    }
}
