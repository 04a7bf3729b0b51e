package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.domain.shared.Phrase;

/** Checks a published training table: each printed participants-per-course against participants ÷ courses. */
public final class TrainingTableReconciler {

    private TrainingTableReconciler() {
    }

    /** Compared at the printed precision: "37" is checked against 38.4 rounded to a whole number (38). */
    public static List<Discrepancy> reconcile(String table, List<PrintedTrainingRow> rows) {
        List<Discrepancy> found = new ArrayList<>();
        for (PrintedTrainingRow row : rows) {
            BigDecimal exact = Decimals.divide(Decimals.of(row.participants()), Decimals.of(row.courses()));
            BigDecimal printed = row.participantsPerCourse();
            if (DisplayRounding.toScaleOf(exact, printed).compareTo(printed) == 0) {
                continue;
            }
            TrainingCategory category = TrainingCategory.of(row.category());
            String computed = DisplayRounding.oneDecimal(exact).toPlainString();
            found.add(new Discrepancy(DiscrepancyKind.QUOTIENT_DOES_NOT_MATCH, table,
                    category.displayLabel() + " participants per course",
                    Phrase.of("reconciliation.quotient", category, category.number(), row.participants(), row.courses(),
                            computed, printed.toPlainString(), category.displayLabel())));
        }
        return List.copyOf(found);
    }
}
