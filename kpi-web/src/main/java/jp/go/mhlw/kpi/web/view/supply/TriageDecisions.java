package jp.go.mhlw.kpi.web.view.supply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.go.mhlw.kpi.application.supply.SupplyCaseHandling;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;
import jp.go.mhlw.kpi.web.view.Feedback;

/**
 * MHLW's judgement of a case on the case page (WEB-INF/includes/supply/triage-decisions.xhtml): the triage of the
 * latest report, the consultation of academic societies, whether further action is needed, and the chasing and
 * escalation tasks of overdue steps.
 */
@Named
@ViewScoped
public class TriageDecisions implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<SupplyStep> REMINDERS = List.of(SupplyStep.CHASE_OVERDUE_ADDITIONAL_REPORT,
            SupplyStep.ESCALATE_OVERDUE_TRIAGE, SupplyStep.CHASE_OVERDUE_RESPONSE);

    @Inject
    transient SupplyCaseHandling handling;

    @Inject
    SupplyCaseView caseView;

    private ClinicalImpact impact;
    private TriageLevel urgency;
    private TriageLevel severity;
    private String note;
    private String societies;
    private String outcome;
    private Boolean furtherActionNeeded;
    private String reasons;

    public void triage() {
        caseView.act(() -> handling.recordTriage(caseView.getCaseNumber(), impact, urgency, severity, note),
                "supply.triage.done");
    }

    public void consultSocieties() {
        caseView.act(() -> handling.recordSocietyConsultation(caseView.getCaseNumber(), societies, outcome),
                "supply.societies.done");
    }

    public void decideFurtherAction() {
        if (furtherActionNeeded == null) {
            Feedback.error("supply.further.choose");
            return;
        }
        caseView.act(() -> handling.decideFurtherAction(caseView.getCaseNumber(), furtherActionNeeded, reasons),
                "supply.further.done");
    }

    public void completeReminder(String stepId) {
        caseView.act(() -> handling.completeReminder(caseView.getCaseNumber(), SupplyStep.byId(stepId).orElseThrow()),
                "supply.reminder.done");
    }

    /** The reminders (chasing, escalation) waiting for the officer. */
    public List<String> getMyReminders() {
        if (!caseView.isOfficer()) {
            return List.of();
        }
        return caseView.waitingSteps().stream().filter(REMINDERS::contains).map(SupplyStep::id).distinct().toList();
    }

    public ClinicalImpact[] getImpacts() {
        return ClinicalImpact.values();
    }

    public TriageLevel[] getLevels() {
        return TriageLevel.values();
    }

    public ClinicalImpact getImpact() {
        return impact;
    }

    public void setImpact(ClinicalImpact impact) {
        this.impact = impact;
    }

    public TriageLevel getUrgency() {
        return urgency;
    }

    public void setUrgency(TriageLevel urgency) {
        this.urgency = urgency;
    }

    public TriageLevel getSeverity() {
        return severity;
    }

    public void setSeverity(TriageLevel severity) {
        this.severity = severity;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSocieties() {
        return societies;
    }

    public void setSocieties(String societies) {
        this.societies = societies;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Boolean getFurtherActionNeeded() {
        return furtherActionNeeded;
    }

    public void setFurtherActionNeeded(Boolean furtherActionNeeded) {
        this.furtherActionNeeded = furtherActionNeeded;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
