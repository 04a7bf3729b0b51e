package jp.go.mhlw.kpi.domain.model.organisation;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    Optional<Organisation> findByCode(String code);

    List<Organisation> findAllActive();

    /** Every organisation, inactive ones too, by kind and code. */
    List<Organisation> findAll();

    /** The organisations with this 法人番号 (13 ASCII digits). */
    List<Organisation> findByCorporateNumber(String corporateNumber);

    /** Stores a new organisation; changes to a loaded one are stored with its transaction. */
    void store(Organisation organisation);
}
