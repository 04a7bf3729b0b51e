package jp.go.mhlw.kpi.application.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** Records each completed browser login in the audit trail (the screens' OpenID Connect callback calls it). */
@Stateless
@PermitAll
public class LoginAudit {

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    public LoginAudit() {
        // for the container
    }

    public LoginAudit(AuditTrail auditTrail, CurrentCaller currentCaller) {
        this.auditTrail = auditTrail;
        this.currentCaller = currentCaller;
    }

    /** The request's caller has just logged in. */
    public void loggedIn() {
        Caller caller = currentCaller.require();
        auditTrail.record(new AuditEntry("user.logged-in", "User", caller.userName(), caller.organisationCode().orElse(null),
                "Logged in with roles " + caller.roles().stream().map(Role::roleName).sorted().toList(), null, null));
    }
}
