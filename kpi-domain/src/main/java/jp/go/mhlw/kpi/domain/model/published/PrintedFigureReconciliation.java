package jp.go.mhlw.kpi.domain.model.published;

import java.util.List;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.computation.Discrepancy;

/**
 * The result of reconciling a cycle's printed figures: every contradiction the existing reconcilers found, and the
 * parts that could not be checked for lack of figures.
 */
public final class PrintedFigureReconciliation {

    private final String cycle;
    private final List<Discrepancy> discrepancies;
    private final List<ReconciliationGap> gaps;

    public PrintedFigureReconciliation(String cycle, List<Discrepancy> discrepancies, List<ReconciliationGap> gaps) {
        this.cycle = Objects.requireNonNull(cycle, "cycle");
        this.discrepancies = List.copyOf(discrepancies);
        this.gaps = List.copyOf(gaps);
    }

    /** An empty result, for a cycle or plan without printed tables. */
    public static PrintedFigureReconciliation nothingToReconcile(String cycle, List<ReconciliationGap> gaps) {
        return new PrintedFigureReconciliation(cycle, List.of(), gaps);
    }

    public List<Discrepancy> discrepancies() {
        return discrepancies;
    }

    /** "令和5年度 (FY2023)". */
    public String getCycle() {
        return cycle;
    }

    public List<ReconciliationFinding> getFindings() {
        return discrepancies.stream().map(ReconciliationFinding::new).toList();
    }

    public List<ReconciliationGap> getGaps() {
        return gaps;
    }

    /** No contradiction found (gaps aside). */
    public boolean isConsistent() {
        return discrepancies.isEmpty();
    }
}
