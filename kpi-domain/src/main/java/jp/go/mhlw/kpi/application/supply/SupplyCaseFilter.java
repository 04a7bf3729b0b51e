package jp.go.mhlw.kpi.application.supply;

import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSort;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;

/**
 * What a reader asks of a case list: part of the product name (case ignored), a state, an order. Which cases the
 * list may hold at all is the caller's, decided by {@link SupplyCaseQueries}, never by the filter.
 *
 * @param productContains null or blank for any product
 * @param state           null for any state
 * @param sort            null for {@link SupplyCaseSort#OPENED}
 * @param descending      the order reversed (newest first for {@link SupplyCaseSort#OPENED})
 */
public record SupplyCaseFilter(String productContains, SupplyCaseState state,
        SupplyCaseSort sort, boolean descending) {

    /** Every case, newest first. */
    public static final SupplyCaseFilter NEWEST_FIRST = new SupplyCaseFilter(null, null, SupplyCaseSort.OPENED, true);
}
