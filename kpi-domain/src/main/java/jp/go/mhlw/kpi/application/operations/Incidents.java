package jp.go.mhlw.kpi.application.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Administrators see the process steps that failed (incidents), retry one once its cause is fixed, or cancel its
 * process instance with a reason. Both are recorded in the audit trail (object type "Incident").
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Incidents {

    static final String OBJECT_TYPE = "Incident";
    private static final int MAX_REASON = 1000;

    @Inject
    ProcessIncidents incidents;

    @Inject
    AuditTrail auditTrail;

    public Incidents() {
        // for the container
    }

    public Incidents(ProcessIncidents incidents, AuditTrail auditTrail) {
        this.incidents = incidents;
        this.auditTrail = auditTrail;
    }

    @ReadOnly
    public List<Incident> open() {
        return incidents.open();
    }

    /** How many incidents are open, for the administrator's home. */
    @ReadOnly
    public long countOpen() {
        return incidents.count();
    }

    /** One more attempt at the failed step, in the background. */
    public Incident retry(String incidentId) {
        Incident incident = load(incidentId, "Retrying");
        incidents.retry(incident.id());
        auditTrail.record(new AuditEntry("incident.retried", OBJECT_TYPE, incident.id(), null,
                "Retried step " + incident.step() + " of " + incident.processKey() + " " + incident.businessKey()
                        + " after: " + abbreviate(incident.message()), state(incident, null), null));
        return incident;
    }

    /** Ends the process instance of the failed step; the reason is required. */
    public Incident cancel(String incidentId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new EntryRejectedException("Cancelling", List.of(Problem.at("reason",
                    "admin.incident.reason.required", String.valueOf(MAX_REASON))));
        }
        Incident incident = load(incidentId, "Cancelling");
        incidents.cancel(incident.id(), why);
        auditTrail.record(new AuditEntry("incident.cancelled", OBJECT_TYPE, incident.id(), null,
                "Cancelled " + incident.processKey() + " " + incident.businessKey() + " at step " + incident.step()
                        + ": " + abbreviate(why), state(incident, null), state(incident, why)));
        return incident;
    }

    private Incident load(String incidentId, String what) {
        return incidents.find(incidentId == null ? "" : incidentId).orElseThrow(() -> new EntryRejectedException(what,
                List.of(Problem.at("incident", "admin.incident.notFound"))));
    }

    private static String state(Incident incident, String cancelReason) {
        return AuditJson.object()
                .with("process", incident.processKey())
                .with("businessKey", incident.businessKey())
                .with("step", incident.step())
                .with("message", incident.message())
                .with("cancelled", cancelReason != null)
                .with("reason", cancelReason)
                .toString();
    }

    private static String abbreviate(String text) {
        String value = text == null ? "" : text;
        return value.length() <= 300 ? value : value.substring(0, 299) + "…";
    }
}
