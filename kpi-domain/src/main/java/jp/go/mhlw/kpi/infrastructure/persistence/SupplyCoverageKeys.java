package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The coverage column's order keys of cases stored before the case row kept them (db/migration V48), filled in at
 * start-up ({@link SupplyCoverageKeysAtStartup}), a batch per transaction. Until then such a case sorts as if its coverage were unknown; every store of a
 * case keeps its keys from then on.
 */
@Stateless
public class SupplyCoverageKeys {

    /** Cases per transaction: the page's coverage is read in three queries, then one update per case. */
    static final int BATCH = 200;

    @Inject
    JpaSupplyCaseRepository cases;

    /** One batch, in its own transaction; answers how many cases it filled in (0 when none is left). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fillInBatch() {
        return cases.storeMissingCoverage(BATCH);
    }
}
