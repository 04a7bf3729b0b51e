package jp.go.mhlw.kpi.web.view.supply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.SupplyCaseService;
import jp.go.mhlw.kpi.application.SupplyCaseWorkflow.WaitingStep;
import jp.go.mhlw.kpi.application.SupplyStep;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;

/**
 * One supply case: its filed versions, MHLW's and the manufacturer's decisions, its audit history, and the forms
 * of the steps that wait for the caller's role and organisation. A case the caller may not see is the 404 page.
 */
@Named
@ViewScoped
public class SupplyCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyCaseService service;

    @Inject
    transient CurrentCaller currentCaller;

    private String caseNumber;
    private transient SupplyCase supplyCase;
    private transient List<WaitingStep> waiting = List.of();
    private transient List<AuditRecord> history = List.of();
    private transient List<jp.go.mhlw.kpi.application.SupplyAttachment> attachments = List.of();
    private transient Optional<Boolean> publication = Optional.empty();

    // the forms of the steps
    private ClinicalImpact impact;
    private TriageLevel urgency;
    private TriageLevel severity;
    private String note;
    private String societies;
    private String outcome;
    private Boolean furtherActionNeeded;
    private String reasons;
    private String makers;
    private String association = "JFMDA";
    private String support;
    private CloseReason closeReason;
    private boolean showMaker;

    public void load() {
        Optional<SupplyCase> found = service.caseFor(caseNumber);
        if (found.isEmpty()) {
            SupplyFeedback.notFound();
            return;
        }
        supplyCase = found.get();
        waiting = service.waitingSteps(caseNumber);
        history = service.history(caseNumber);
        attachments = service.attachments(caseNumber);
        publication = isOfficer() ? service.publication(caseNumber) : Optional.empty();
        if (makers == null) {
            makers = supplyCase.latestVersion().stream().flatMap(version -> version.content().alternatives().stream())
                    .map(alternative -> alternative.makerOrganisationCode()).filter(code -> code != null).distinct()
                    .collect(Collectors.joining(","));
        }
    }

    /** Runs the decision, says it is done and shows the case as it now is; a refusal keeps what was entered. */
    private void act(Supplier<?> decision, String doneKey) {
        try {
            decision.get();
            SupplyFeedback.info(doneKey);
        } catch (RuntimeException refused) {
            SupplyFeedback.refused(refused, null);
        }
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().getResponseComplete()) {
            load();
        }
    }

    public void triage() {
        act(() -> service.recordTriage(caseNumber, impact, urgency, severity, note), "supply.triage.done");
    }

    public void consultSocieties() {
        act(() -> service.recordSocietyConsultation(caseNumber, societies, outcome), "supply.societies.done");
    }

    public void decideFurtherAction() {
        if (furtherActionNeeded == null) {
            SupplyFeedback.error(SupplyFeedback.text("supply.further.choose"));
            return;
        }
        act(() -> service.decideFurtherAction(caseNumber, furtherActionNeeded, reasons), "supply.further.done");
    }

    public void continueSupply() {
        act(() -> service.decideToContinueSupply(caseNumber), "supply.response.continued");
    }

    public void consent(boolean given) {
        act(() -> service.decideConsent(caseNumber, given), given ? "supply.consent.given" : "supply.consent.refused");
    }

    public void requestStock() {
        List<String> codes = Arrays.stream(makers == null ? new String[0] : makers.split("[,、\\s]+"))
                .map(String::strip).filter(code -> !code.isEmpty()).toList();
        act(() -> service.requestAlternativeStockData(caseNumber, codes), "supply.stock.requested");
    }

    public void requestAssociationSupport() {
        act(() -> service.requestAssociationSupport(caseNumber, association), "supply.association.requested");
    }

    public void recordSupport() {
        act(() -> service.recordAssociationSupport(caseNumber, support), "supply.association.recorded");
    }

    public void reportNoChange() {
        act(() -> service.reportNoChange(caseNumber), "supply.noChange.done");
    }

    public void completeReminder(String stepId) {
        act(() -> service.completeReminder(caseNumber, SupplyStep.byId(stepId).orElseThrow()), "supply.reminder.done");
    }

    public void close() {
        if (closeReason == null) {
            SupplyFeedback.error(SupplyFeedback.text("supply.close.choose"));
            return;
        }
        act(() -> service.close(caseNumber, closeReason), "supply.close.done");
    }

    public void publish() {
        act(() -> service.publish(caseNumber, showMaker), "supply.publish.done");
    }

    public void withdraw() {
        act(() -> service.withdrawPublication(caseNumber), "supply.withdraw.done");
    }

    // ---- what the page shows --------------------------------------------------------------------------------

    private Caller caller() {
        return currentCaller.require();
    }

    public boolean isOfficer() {
        return caller().hasRole(Role.MINISTRY_OFFICER);
    }

    public boolean isOwner() {
        return caller().hasRole(Role.MANUFACTURER) && supplyCase != null
                && caller().belongsTo(supplyCase.manufacturerOrganisationCode());
    }

    /** True when the case waits at this step for the caller's role and organisation. */
    public boolean waitsForMe(String stepId) {
        Caller caller = caller();
        return waiting.stream().anyMatch(step -> step.step().id().equals(stepId)
                && caller.roles().stream().anyMatch(role -> step.belongsTo(role, caller.organisationCode())));
    }

    /** The reminders (chasing, escalation) waiting for the officer. */
    public List<String> getMyReminders() {
        return waiting.stream().map(step -> step.step())
                .filter(step -> step == SupplyStep.CHASE_OVERDUE_ADDITIONAL_REPORT || step == SupplyStep.ESCALATE_OVERDUE_TRIAGE
                        || step == SupplyStep.CHASE_OVERDUE_RESPONSE)
                .filter(step -> isOfficer()).map(SupplyStep::id).distinct().toList();
    }

    public String stepLabel(String stepId) {
        return SupplyStep.byId(stepId).map(SupplyText::of).orElse(stepId);
    }

    /** The report the manufacturer files next, if the flow waits for one. */
    public String getNextReportKind() {
        if (!isOwner()) {
            return null;
        }
        if (waitsForMe(SupplyStep.FILE_ADDITIONAL_REPORT.id())) {
            return ReportKind.ADDITIONAL.name();
        }
        if (waitsForMe(SupplyStep.FILE_SIMPLE_REPORT.id())) {
            return ReportKind.SIMPLE.name();
        }
        if (waitsForMe(SupplyStep.FILE_TERMINATION_NOTICE.id())) {
            return ReportKind.TERMINATION_NOTICE.name();
        }
        if (waitsForMe(SupplyStep.FOLLOW_UP_SUPPLY.id())
                || supplyCase.isOnTerminationPath() && !supplyCase.isClosed() && !supplyCase.versions().isEmpty()) {
            return ReportKind.RE_REPORT.name();
        }
        if (supplyCase.versions().isEmpty()) {
            return supplyCase.draft().map(draft -> draft.kind().name()).orElse(ReportKind.FIRST.name());
        }
        return null;
    }

    public String getWaitingText() {
        return waiting.stream().map(step -> SupplyText.of(step.step())).distinct().collect(Collectors.joining("、"));
    }

    public List<VersionRow> getVersions() {
        List<VersionRow> rows = new ArrayList<>();
        for (ReportVersion version : supplyCase.versions()) {
            rows.add(new VersionRow(version));
        }
        java.util.Collections.reverse(rows);
        return rows;
    }

    public List<jp.go.mhlw.kpi.application.SupplyAttachment> getAttachments() {
        return attachments;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }

    public SupplyCase getCase() {
        return supplyCase;
    }

    public boolean isLoaded() {
        return supplyCase != null;
    }

    public boolean isPublished() {
        return publication.isPresent();
    }

    public boolean isPublishedWithMaker() {
        return publication.orElse(false);
    }

    public boolean isClosable() {
        return isOfficer() && supplyCase != null && !supplyCase.isClosed();
    }

    public ClinicalImpact[] getImpacts() {
        return ClinicalImpact.values();
    }

    public TriageLevel[] getLevels() {
        return TriageLevel.values();
    }

    public CloseReason[] getCloseReasons() {
        return CloseReason.values();
    }

    // ---- form properties ----------------------------------------------------------------------------------------

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
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

    public String getMakers() {
        return makers;
    }

    public void setMakers(String makers) {
        this.makers = makers;
    }

    public String getAssociation() {
        return association;
    }

    public void setAssociation(String association) {
        this.association = association;
    }

    public String getSupport() {
        return support;
    }

    public void setSupport(String support) {
        this.support = support;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(CloseReason closeReason) {
        this.closeReason = closeReason;
    }

    public boolean isShowMaker() {
        return showMaker;
    }

    public void setShowMaker(boolean showMaker) {
        this.showMaker = showMaker;
    }

    /** One filed version with its content as label and value pairs. */
    public static final class VersionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int number;
        private final ReportKind kind;
        private final String filedBy;
        private final java.time.Instant filedAt;
        private final List<ReportFields.Line> lines;

        VersionRow(ReportVersion version) {
            number = version.number();
            kind = version.kind();
            filedBy = version.filedBy();
            filedAt = version.filedAt();
            lines = ReportFields.lines(version.content());
        }

        public int getNumber() {
            return number;
        }

        public ReportKind getKind() {
            return kind;
        }

        public String getFiledBy() {
            return filedBy;
        }

        public java.time.Instant getFiledAt() {
            return filedAt;
        }

        public List<ReportFields.Line> getLines() {
            return lines;
        }
    }
}
