package jp.go.mhlw.kpi.application.admin;

import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.account.IdentityProvider;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.organisation.ProgrammeRepository;

/** The administration services as the container would wire them, for tests outside this package. */
public final class AdminWiring {

    private AdminWiring() {
    }

    public static OrganisationAdministration organisations(OrganisationRepository organisations,
            ProgrammeRepository programmes, AuditTrail trail) {
        return new OrganisationAdministration(organisations, programmes, trail);
    }

    public static UserAdministration users(IdentityProvider identities, OrganisationRepository organisations,
            AuditTrail trail, CurrentCaller caller) {
        return new UserAdministration(identities, organisations, trail, caller);
    }
}
