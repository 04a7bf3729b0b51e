package jp.go.mhlw.kpi.web.view.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.application.supply.SupplyCaseFilter;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSort;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSummary;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The case table's sorting and filtering, as the lazy table hands them to the queries (the database orders). */
class SupplyCaseListTest {

    private static Map<String, SortMeta> sortedBy(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    private static Map<String, FilterMeta> filteredBy(String field, Object value) {
        return Map.of(field, FilterMeta.builder().field(field).filterValue(value).build());
    }

    @Test
    void withoutASortedColumnTheNewestCaseComesFirst() {
        assertThat(SupplyCaseList.filterOf(Map.of(), Map.of())).isEqualTo(SupplyCaseFilter.NEWEST_FIRST);
        assertThat(SupplyCaseList.filterOf(null, null)).isEqualTo(SupplyCaseFilter.NEWEST_FIRST);
        assertThat(SupplyCaseList.filterOf(sortedBy("waiting", SortOrder.ASCENDING), Map.of()))
                .as("a column the database cannot sort by").isEqualTo(SupplyCaseFilter.NEWEST_FIRST);
    }

    @Test
    void theCoverageColumnSortsLeastCoveredFirstAndASecondClickReversesIt() {
        assertThat(SupplyCaseList.filterOf(sortedBy("coverage", SortOrder.ASCENDING), Map.of()))
                .isEqualTo(new SupplyCaseFilter(null, null, SupplyCaseSort.COVERAGE, false));
        assertThat(SupplyCaseList.filterOf(sortedBy("coverage", SortOrder.DESCENDING), Map.of()))
                .isEqualTo(new SupplyCaseFilter(null, null, SupplyCaseSort.COVERAGE, true));
    }

    @Test
    void everySortableColumnIsSortedByTheDatabase() {
        Map<String, SupplyCaseSort> columns = Map.of("caseNumber", SupplyCaseSort.CASE_NUMBER,
                "productName", SupplyCaseSort.PRODUCT, "manufacturer", SupplyCaseSort.MANUFACTURER,
                "stateName", SupplyCaseSort.STATE, "flow", SupplyCaseSort.FLOW, "latestFiledAt", SupplyCaseSort.LATEST_FILED);
        columns.forEach((field, sort) -> assertThat(SupplyCaseList.filterOf(sortedBy(field, SortOrder.ASCENDING), Map.of())
                .sort()).as(field).isEqualTo(sort));
    }

    @Test
    void theProductAndStateFiltersGoToTheQuery() {
        Map<String, FilterMeta> both = new java.util.HashMap<>(filteredBy("productName", "カテーテル"));
        both.putAll(filteredBy("stateName", "UNDER_TRIAGE"));

        SupplyCaseFilter filter = SupplyCaseList.filterOf(Map.of(), both);

        assertThat(filter.productContains()).isEqualTo("カテーテル");
        assertThat(filter.state()).isEqualTo(SupplyCaseState.UNDER_TRIAGE);
        assertThat(SupplyCaseList.filterOf(Map.of(), filteredBy("stateName", "NO_SUCH_STATE")).state()).isNull();
        assertThat(SupplyCaseList.filterOf(Map.of(), filteredBy("productName", " ")).productContains()).isNull();
    }

    /** The caller's cases as the queries answer them: 450 in all, recording each page asked for. */
    private static final class RecordedQueries extends SupplyCaseQueries {

        final List<String> asked = new ArrayList<>();

        @Override
        public List<SupplyCaseSummary> myCases(SupplyCaseFilter filter, int first, int size) {
            asked.add(filter.productContains() + " " + filter.sort() + " " + first + "+" + size);
            List<SupplyCaseSummary> page = new ArrayList<>();
            for (int i = first; i < Math.min(450, first + size); i++) {
                page.add(new SupplyCaseSummary("SC-2026-%06d".formatted(i), "MAKER-A", "カテーテル" + i, null,
                        SupplyCaseState.UNDER_TRIAGE, false, Instant.EPOCH, 1, null, null, null, null));
            }
            return page;
        }

        @Override
        public Map<String, List<SupplyStep>> waitingStepsOfListed(Collection<String> caseNumbers) {
            return Map.of();
        }
    }

    @Test
    void theExportRunsTheTablesQueryWithItsFilterAndOrderOverEveryPage() {
        SupplyCaseList list = new SupplyCaseList();
        RecordedQueries queries = new RecordedQueries();
        list.queries = queries;
        list.getCases().load(25, 25, sortedBy("productName", SortOrder.ASCENDING), filteredBy("productName", "カテ"));
        queries.asked.clear();

        List<SupplyCaseList.CaseRow> rows = list.shownCases();

        assertThat(queries.asked).containsExactly("カテ PRODUCT 0+200", "カテ PRODUCT 200+200", "カテ PRODUCT 400+200");
        assertThat(rows).hasSize(450);
        assertThat(rows.get(0).getCaseNumber()).isEqualTo("SC-2026-000000");
    }
}
