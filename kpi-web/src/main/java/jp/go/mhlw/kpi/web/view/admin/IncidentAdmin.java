package jp.go.mhlw.kpi.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.go.mhlw.kpi.application.operations.Incident;
import jp.go.mhlw.kpi.application.operations.Incidents;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.web.view.Feedback;
import org.primefaces.PrimeFaces;

/**
 * incidents.xhtml: the process steps that failed after their retries. Retry (after a confirmation) once the cause
 * is fixed; cancel the process instance with a reason (a dialog).
 */
@Named
@ViewScoped
public class IncidentAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CANCEL_FORM = "cancelForm";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    transient Incidents incidents;

    private List<Incident> open = List.of();
    private String cancelId;
    private String cancelLabel;
    private String reason;

    public void load() {
        open = incidents.open();
    }

    public void retry(String incidentId) {
        try {
            Incident retried = incidents.retry(incidentId);
            Feedback.info("admin.incidents.retried", retried.processKey(), retried.businessKey());
        } catch (EntryRejectedException rejected) {
            Feedback.problems("incidentsForm", false, rejected.getProblems());
        }
        load();
    }

    public void startCancel(Incident incident) {
        PrimeFaces.current().resetInputs(CANCEL_FORM);
        cancelId = incident.id();
        cancelLabel = incident.processName() + " / " + incident.businessKey() + " / " + incident.stepName();
        reason = null;
    }

    public void cancel() {
        try {
            Incident cancelled = incidents.cancel(cancelId, reason);
            Feedback.info("admin.incidents.cancelled", cancelled.processKey(), cancelled.businessKey());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            load();
        } catch (EntryRejectedException refused) {
            Feedback.problems(CANCEL_FORM, true, refused.getProblems());
        }
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(JapaneseFiscalYear.JAPAN_TIME));
    }

    public List<Incident> getOpen() {
        return open;
    }

    public String getCancelLabel() {
        return cancelLabel;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
