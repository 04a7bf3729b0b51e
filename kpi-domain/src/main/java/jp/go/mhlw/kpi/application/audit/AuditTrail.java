package jp.go.mhlw.kpi.application.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.audit.AuditRepository;
import jp.go.mhlw.kpi.domain.model.security.Caller;

/**
 * The one way state changes are recorded: every application service that changes data calls {@link #record}
 * once per change, inside its own transaction (MANDATORY), so the record commits or rolls back with the change.
 * Who and when are added here: the request's caller, or "system" for the process engine's background jobs.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    /** The actor of changes made by background work (timers, jobs), where no user is behind the request. */
    public static final String SYSTEM_ACTOR = "system";

    private static final String ANONYMOUS = "ANONYMOUS";

    @Inject
    AuditRepository repository;

    @Inject
    Instance<CurrentCaller> currentCaller;

    @Resource
    SessionContext session;

    public void record(AuditEntry entry) {
        Optional<Caller> caller = caller();
        String actor = caller.map(Caller::userName).orElseGet(this::principalOrSystem);
        String organisation = caller.flatMap(Caller::organisationCode).orElse(null);
        repository.append(AuditRecord.of(OffsetDateTime.now(), actor, organisation, entry));
    }

    private Optional<Caller> caller() {
        try {
            return currentCaller.get().get();
        } catch (ContextNotActiveException noRequest) {
            return Optional.empty();
        }
    }

    private String principalOrSystem() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        return name == null || name.equals(ANONYMOUS) ? SYSTEM_ACTOR : name;
    }
}
