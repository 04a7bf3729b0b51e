package jp.go.mhlw.kpi.domain.model.supply;

import java.util.Locale;
import java.util.Set;

/**
 * Which cases a list reads and in what order. A case is listed when any of the three scopes takes it in (every
 * case with a filed report, one manufacturer's, those one association supports) and it passes every filter;
 * without a scope nothing is listed. Coverage is computed for the listed page only when asked for.
 *
 * @param allFiled         every case with at least one filed report (what the ministry sees)
 * @param manufacturer     the cases of this manufacturer, drafts included; null for none
 * @param association      the cases this association was asked to support; null for none
 * @param caseNumbers      only these cases; null for any
 * @param productContains  part of the product name, case ignored; null or blank for any
 * @param state            only cases in this state; null for any
 * @param sort             the order
 * @param descending       the order reversed
 * @param withCoverage     each line carries its coverage (else null)
 */
public record SupplyCaseListing(boolean allFiled, String manufacturer, String association, Set<String> caseNumbers,
        String productContains, SupplyCaseState state, SupplyCaseSort sort, boolean descending, boolean withCoverage) {

    public SupplyCaseListing {
        caseNumbers = caseNumbers == null ? null : Set.copyOf(caseNumbers);
        productContains = productContains == null || productContains.isBlank() ? null
                : productContains.strip().toLowerCase(Locale.ROOT);
        sort = sort == null ? SupplyCaseSort.OPENED : sort;
    }

    /** The cases in these scopes, newest first, unfiltered, without coverage. */
    public static SupplyCaseListing of(boolean allFiled, String manufacturer, String association) {
        return new SupplyCaseListing(allFiled, manufacturer, association, null, null, null, SupplyCaseSort.OPENED, true,
                false);
    }

    /** True when no scope takes any case in. */
    public boolean listsNothing() {
        return !allFiled && manufacturer == null && association == null || caseNumbers != null && caseNumbers.isEmpty();
    }

    public SupplyCaseListing onlyCases(Set<String> numbers) {
        return new SupplyCaseListing(allFiled, manufacturer, association, numbers, productContains, state, sort, descending,
                withCoverage);
    }

    public SupplyCaseListing filtered(String productPart, SupplyCaseState inState) {
        return new SupplyCaseListing(allFiled, manufacturer, association, caseNumbers, productPart, inState, sort,
                descending, withCoverage);
    }

    public SupplyCaseListing sortedBy(SupplyCaseSort order, boolean reversed) {
        return new SupplyCaseListing(allFiled, manufacturer, association, caseNumbers, productContains, state, order,
                reversed, withCoverage);
    }

    public SupplyCaseListing withCoverage(boolean coverage) {
        return new SupplyCaseListing(allFiled, manufacturer, association, caseNumbers, productContains, state, sort,
                descending, coverage);
    }
}
