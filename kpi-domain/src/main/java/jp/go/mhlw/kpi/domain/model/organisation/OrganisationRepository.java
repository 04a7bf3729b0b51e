package jp.go.mhlw.kpi.domain.model.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    Optional<Organisation> findByCode(String code);

    /** The organisations with these codes, in one read; codes that name none are left out. */
    List<Organisation> findByCodes(Collection<String> codes);

    List<Organisation> findAllActive();

    /** Every organisation, inactive ones too, by kind and code. */
    List<Organisation> findAll();

    /**
     * One page of the organisation list: the listing's organisations in its order, from {@code first} (0 for the first),
     * at most {@code max} of them. Only the page is read.
     */
    List<Organisation> list(OrganisationListing listing, int first, int max);

    /** How many organisations the listing holds. */
    long count(OrganisationListing listing);

    /** The organisations with this 法人番号 (13 ASCII digits). */
    List<Organisation> findByCorporateNumber(String corporateNumber);

    /** Stores a new organisation; changes to a loaded one are stored with its transaction. */
    void store(Organisation organisation);
}
