package jp.go.mhlw.kpi.domain.model.published;

import java.util.Objects;
import jp.go.mhlw.kpi.domain.computation.Discrepancy;
import jp.go.mhlw.kpi.domain.computation.DiscrepancyKind;

/** A {@link Discrepancy} with bean getters, for screens (Jakarta EL 5 does not resolve record accessors). */
public final class ReconciliationFinding {

    private final Discrepancy discrepancy;

    public ReconciliationFinding(Discrepancy discrepancy) {
        this.discrepancy = Objects.requireNonNull(discrepancy, "discrepancy");
    }

    public Discrepancy discrepancy() {
        return discrepancy;
    }

    public DiscrepancyKind getKind() {
        return discrepancy.kind();
    }

    public String getTable() {
        return discrepancy.table();
    }

    public String getSubject() {
        return discrepancy.subject();
    }

    public String getEnglish() {
        return discrepancy.english();
    }

    public String getJapanese() {
        return discrepancy.japanese();
    }

    public String getMessage() {
        return discrepancy.message();
    }

    @Override
    public String toString() {
        return discrepancy.toString();
    }
}
