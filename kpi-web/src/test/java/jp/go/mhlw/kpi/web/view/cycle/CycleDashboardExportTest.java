package jp.go.mhlw.kpi.web.view.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.LongStream;
import jp.go.mhlw.kpi.application.followup.CollectionManagement;
import jp.go.mhlw.kpi.application.followup.CycleOverview;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.RequestListing;
import jp.go.mhlw.kpi.domain.model.request.RequestSort;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.web.view.export.Table;
import jp.go.mhlw.kpi.web.view.export.TableExport;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The dashboard's body list a page at a time: what the table's filters, the home page's links and the sorted column
 * ask the database for, the bodies ticked on other pages, and the download, which reads every page of the same query.
 */
class CycleDashboardExportTest {

    private static final long CYCLE = 7;
    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    private static CycleOverview.Row row(long id, String code, String nameJa, String nameEn, RequestState state,
            boolean overdue) {
        return new CycleOverview.Row(id, code, nameJa, nameEn, "HUB_REPORT", state, DUE, overdue, false, 1, null);
    }

    private static final CycleOverview.Row HIROSHIMA = row(1, "HUB-HIROSHIMA", "広島大学", "Hiroshima University",
            RequestState.SUBMITTED, false);
    private static final CycleOverview.Row HOKKAIDO = row(2, "HUB-HOKKAIDO", "北海道大学", "Hokkaido University",
            RequestState.NOT_STARTED, true);

    /** The service over a fixed list of rows: each page as asked for, and what it was asked. */
    private static final class Bodies extends CollectionManagement {
        private final List<CycleOverview.Row> rows;
        final List<RequestListing> listings = new ArrayList<>();
        final List<Integer> pageSizes = new ArrayList<>();
        final List<Long> lookedUp = new ArrayList<>();

        Bodies(List<CycleOverview.Row> rows) {
            this.rows = rows;
        }

        @Override
        public List<CycleOverview.Row> bodies(long cycleId, RequestListing listing, int first, int max) {
            assertThat(cycleId).isEqualTo(CYCLE);
            listings.add(listing);
            pageSizes.add(max);
            return rows.subList(Math.min(first, rows.size()), Math.min(first + max, rows.size()));
        }

        @Override
        public long countBodies(long cycleId, RequestListing listing) {
            return rows.size();
        }

        @Override
        public Optional<CycleOverview.Row> body(long cycleId, long requestId) {
            lookedUp.add(requestId);
            return rows.stream().filter(row -> row.getRequestId() == requestId).findFirst();
        }
    }

    private static CycleDashboard dashboard(Bodies bodies) {
        CycleDashboard dashboard = new CycleDashboard();
        dashboard.management = bodies;
        dashboard.setCycleId(CYCLE);
        dashboard.show(new CycleOverview(CYCLE, "PLAN-2-FY2026", "2026年度", CycleStatus.COLLECTING, DUE, "7,3",
                LocalDate.of(2026, 7, 2), List.of(), new SurveyDates(null, null, null), true));
        return dashboard;
    }

    private static Table table(CycleDashboard dashboard, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("jp.go.mhlw.kpi.web.messages", locale);
        return dashboard.bodiesTable(bundle::getString, locale);
    }

    private static Map<String, FilterMeta> filteredBy(String field, Object value) {
        return Map.of(field, FilterMeta.builder().field(field).filterValue(value).build());
    }

    private static Map<String, SortMeta> sortedBy(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void everyBodyInTheTablesOrderWithItsCellsInTheReadersLanguage() {
        CycleDashboard dashboard = dashboard(new Bodies(List.of(HIROSHIMA, HOKKAIDO)));
        Table english = table(dashboard, Locale.ENGLISH);
        assertThat(english.name()).isEqualTo("cycle-bodies-PLAN-2-FY2026");
        assertThat(english.headings()).containsExactly("Body", "Organisation code", "Template", "State", "Due",
                "Reminders");
        assertThat(english.rows()).containsExactly(
                List.of("Hiroshima University", "HUB-HIROSHIMA", "Hub report", "Submitted", "2026-06-30", "1"),
                List.of("Hokkaido University", "HUB-HOKKAIDO", "Hub report", "Not started (overdue)", "2026-06-30",
                        "1"));
        Table japanese = table(dashboard, Locale.JAPANESE);
        assertThat(japanese.headings()).startsWith("機関", "機関コード");
        assertThat(japanese.rows().get(1).get(0)).isEqualTo("北海道大学");
        assertThat(new String(TableExport.csv(japanese), StandardCharsets.UTF_8)).startsWith("\uFEFF機関,機関コード,");
    }

    @Test
    void theDownloadReadsEveryPageOfTheQueryTheTableLastShowed() {
        List<CycleOverview.Row> many = LongStream.rangeClosed(1, 450).mapToObj(id -> row(id, "HUB-" + id, "拠点" + id,
                "Hub " + id, RequestState.DRAFT, false)).toList();
        Bodies service = new Bodies(many);
        CycleDashboard dashboard = dashboard(service);
        RequestListing shown = CycleDashboard.listingOf(sortedBy("due", SortOrder.DESCENDING),
                filteredBy("kind", "HUB_REPORT"));
        assertThat(dashboard.getBodies().load(50, 50, sortedBy("due", SortOrder.DESCENDING),
                filteredBy("kind", "HUB_REPORT"))).hasSize(50).first().isEqualTo(many.get(50));
        service.listings.clear();
        service.pageSizes.clear();

        assertThat(table(dashboard, Locale.ENGLISH).rows()).hasSize(450).extracting(cells -> cells.get(1))
                .startsWith("HUB-1", "HUB-2").endsWith("HUB-450");
        // the same filter and order, a page of at most 200 at a time (never the whole list at once)
        assertThat(service.listings).containsOnly(shown).hasSize(3);
        assertThat(service.pageSizes).allSatisfy(size -> assertThat(size).isEqualTo(CollectionManagement.MAX_PAGE_SIZE));
    }

    @Test
    void theTablesFiltersAndSortedColumnGoToTheQuery() {
        assertThat(CycleDashboard.listingOf(null, null)).isEqualTo(RequestListing.ALL);
        assertThat(CycleDashboard.listingOf(sortedBy("remindersSent", SortOrder.ASCENDING), Map.of()))
                .as("a column the database does not sort by").isEqualTo(RequestListing.ALL);
        assertThat(CycleDashboard.listingOf(sortedBy("state", SortOrder.DESCENDING), Map.of()))
                .isEqualTo(RequestListing.ALL.sortedBy(RequestSort.STATE, true));
        assertThat(CycleDashboard.listingOf(sortedBy("organisationCode", SortOrder.ASCENDING), Map.of()).sort())
                .isEqualTo(RequestSort.CODE);
        assertThat(CycleDashboard.listingOf(Map.of(), filteredBy("state", "overdue")))
                .isEqualTo(RequestListing.ALL.overdueOnly(true));
        assertThat(CycleDashboard.listingOf(Map.of(), filteredBy("state", "RETURNED")))
                .isEqualTo(RequestListing.ALL.inStates(Set.of(RequestState.RETURNED)));
        assertThat(CycleDashboard.listingOf(Map.of(), filteredBy("kind", "AMED_THEME_REPORT")).kind())
                .isEqualTo(SubmissionKind.AMED_THEME_REPORT);
        assertThat(CycleDashboard.listingOf(Map.of(), filteredBy("searchText", "  Hokkaido ")).bodyContains())
                .isEqualTo("hokkaido");
        // a value the page does not offer is no filter
        assertThat(CycleDashboard.listingOf(Map.of(), filteredBy("kind", "SUPPLY"))).isEqualTo(RequestListing.ALL);
        assertThat(CycleDashboard.listingOf(Map.of(), filteredBy("state", "LATE"))).isEqualTo(RequestListing.ALL);
    }

    @Test
    void theSecretariatsHomeLinksOpenTheListFilteredAndAnUnknownFilterShowsEveryBody() {
        CycleDashboard dashboard = new CycleDashboard();
        dashboard.management = new Bodies(List.of());
        dashboard.setKind("AMED_THEME_REPORT");
        dashboard.setShow("overdue");
        dashboard.show(new CycleOverview(CYCLE, "PLAN-2-FY2026", "2026年度", CycleStatus.COLLECTING, DUE, "7,3",
                LocalDate.of(2026, 7, 2), List.of(), new SurveyDates(null, null, null), true));
        assertThat(dashboard.isNarrowed()).isTrue();
        assertThat(dashboard.isNarrowedToState()).isFalse();

        dashboard.setKind("SUPPLY");
        dashboard.setShow("LATE");
        dashboard.show(dashboard.getOverview());
        assertThat(dashboard.getKind()).isNull();
        assertThat(dashboard.getShow()).isNull();
        assertThat(dashboard.isNarrowed()).isFalse();

        dashboard.setShow("RETURNED");
        dashboard.show(dashboard.getOverview());
        assertThat(dashboard.isNarrowedToState()).isTrue();
    }

    @Test
    void aBodyTickedOnAnotherPageIsStillChosenAndOneNotShownIsReadAgain() {
        Bodies service = new Bodies(List.of(HIROSHIMA, HOKKAIDO));
        CycleDashboard dashboard = dashboard(service);
        dashboard.getBodies().load(0, 1, Map.of(), Map.of());
        dashboard.getBodies().load(1, 1, Map.of(), Map.of());

        assertThat(dashboard.getBodies().getRowData("1")).isEqualTo(HIROSHIMA);
        assertThat(service.lookedUp).isEmpty();
        // after an action the rows are read again as they now stand
        dashboard.show(dashboard.getOverview());
        assertThat(dashboard.getBodies().getRowData("2")).isEqualTo(HOKKAIDO);
        assertThat(service.lookedUp).containsExactly(2L);
        assertThat(dashboard.getBodies().getRowData("99")).isNull();
        assertThat(dashboard.getBodies().getRowData("x")).isNull();
        assertThat(dashboard.getBodies().getRowKey(HOKKAIDO)).isEqualTo("2");
    }
}
