package jp.go.mhlw.kpi.web.view.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationListing;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationSort;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The organisation table's sorting and filtering, as the lazy table hands them to the service (the database orders). */
class OrganisationAdminTest {

    private static Map<String, SortMeta> sortedBy(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    private static Map<String, FilterMeta> filteredBy(String field, Object value) {
        return Map.of(field, FilterMeta.builder().field(field).filterValue(value).build());
    }

    @Test
    void withoutASortedColumnTheListIsByCode() {
        assertThat(OrganisationAdmin.listingOf(null, null, null, Locale.JAPANESE)).isEqualTo(OrganisationListing.BY_CODE);
        assertThat(OrganisationAdmin.listingOf(null, sortedBy("corporateNumber", SortOrder.ASCENDING), Map.of(),
                Locale.JAPANESE)).as("a column the database does not sort by").isEqualTo(OrganisationListing.BY_CODE);
    }

    @Test
    void theNameColumnSortsByTheNameInTheReadersLanguage() {
        assertThat(OrganisationAdmin.listingOf(null, sortedBy("nameJa", SortOrder.ASCENDING), Map.of(), Locale.JAPANESE)
                .sort()).isEqualTo(OrganisationSort.NAME_JA);
        assertThat(OrganisationAdmin.listingOf(null, sortedBy("nameJa", SortOrder.DESCENDING), Map.of(), Locale.ENGLISH))
                .isEqualTo(new OrganisationListing(null, null, OrganisationSort.NAME_EN, true));
        assertThat(OrganisationAdmin.listingOf(null, sortedBy("code", SortOrder.DESCENDING), Map.of(), Locale.ENGLISH))
                .isEqualTo(new OrganisationListing(null, null, OrganisationSort.CODE, true));
        assertThat(OrganisationAdmin.listingOf(null, sortedBy("kind", SortOrder.ASCENDING), Map.of(), Locale.ENGLISH)
                .sort()).isEqualTo(OrganisationSort.KIND);
    }

    @Test
    void theKindAboveTheTableAndTheNameFilterGoToTheQuery() {
        Map<String, FilterMeta> named = new HashMap<>(filteredBy("nameJa", "  Hub-Kyo "));
        assertThat(OrganisationAdmin.listingOf(OrganisationKind.HUB, Map.of(), named, Locale.JAPANESE))
                .isEqualTo(new OrganisationListing(OrganisationKind.HUB, "hub-kyo", OrganisationSort.CODE, false));
        assertThat(OrganisationAdmin.listingOf(null, Map.of(), filteredBy("nameJa", " "), Locale.JAPANESE))
                .isEqualTo(OrganisationListing.BY_CODE);
    }
}
