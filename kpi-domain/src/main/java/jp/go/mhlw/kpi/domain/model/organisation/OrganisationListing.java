package jp.go.mhlw.kpi.domain.model.organisation;

import java.util.Locale;

/**
 * Which organisations a list reads (inactive ones too) and in what order.
 *
 * @param kind         only organisations of this kind; null for any
 * @param nameContains part of the code or of either name, case ignored; null or blank for any
 * @param sort         the order; null for {@link OrganisationSort#CODE}
 * @param descending   the order reversed
 */
public record OrganisationListing(OrganisationKind kind, String nameContains, OrganisationSort sort, boolean descending) {

    /** Every organisation by code. */
    public static final OrganisationListing BY_CODE = new OrganisationListing(null, null, OrganisationSort.CODE, false);

    public OrganisationListing {
        nameContains = nameContains == null || nameContains.isBlank() ? null
                : nameContains.strip().toLowerCase(Locale.ROOT);
        sort = sort == null ? OrganisationSort.CODE : sort;
    }

    public OrganisationListing ofKind(OrganisationKind onlyKind) {
        return new OrganisationListing(onlyKind, nameContains, sort, descending);
    }

    public OrganisationListing named(String part) {
        return new OrganisationListing(kind, part, sort, descending);
    }

    public OrganisationListing sortedBy(OrganisationSort order, boolean reversed) {
        return new OrganisationListing(kind, nameContains, order, reversed);
    }
}
