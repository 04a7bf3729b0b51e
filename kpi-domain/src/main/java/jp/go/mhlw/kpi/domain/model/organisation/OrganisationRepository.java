package jp.go.mhlw.kpi.domain.model.organisation;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    Optional<Organisation> findByCode(String code);

    List<Organisation> findAllActive();
}
