package jp.go.mhlw.kpi.application.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** Looks up organisations: anyone may resolve their own; the full list is for the ministry and administrators. */
@Stateless
@DeclareRoles({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER,
        Role.Names.SURVEY_REPORTER, Role.Names.MANUFACTURER, Role.Names.INDUSTRY_ASSOCIATION,
        Role.Names.COMMITTEE_MEMBER, Role.Names.ADMIN})
public class OrganisationDirectory {

    @Inject
    OrganisationRepository organisations;

    @ReadOnly
    @PermitAll
    public Optional<Organisation> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return organisations.findByCode(code);
    }

    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.ADMIN})
    public List<Organisation> listActive() {
        return organisations.findAllActive();
    }
}
