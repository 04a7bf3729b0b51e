package jp.go.mhlw.kpi.web.view.supply;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.process.ProcessPosition;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.application.supply.SupplyAttachment;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;
import jp.go.mhlw.kpi.application.supply.SupplyCaseWorkflow.WaitingStep;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.web.diagram.DiagramLayouts;
import jp.go.mhlw.kpi.web.diagram.ProcessDiagram;
import jp.go.mhlw.kpi.web.view.Feedback;

/**
 * One supply case (supply/case.xhtml) as its file reads: where it stands, its filed versions, attachments and
 * audit history, and the steps it waits at. A case the caller may not see is the 404 page. The forms of the steps
 * are the page's other beans, one per group of steps ({@link ManufacturerActions}, {@link TriageDecisions},
 * {@link AlternativesAndAssociation}, {@link ClosingAndPublication}); each shows its forms only where the case waits
 * for the caller ({@link #waitsForMe}) and runs its decisions through {@link #act}.
 */
@Named
@ViewScoped
public class SupplyCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyCaseQueries queries;

    @Inject
    transient CurrentCaller currentCaller;

    @Inject
    transient DiagramLayouts layouts;

    private String caseNumber;
    private transient SupplyCase supplyCase;
    private transient List<WaitingStep> waiting = List.of();
    private transient List<AuditRecord> history = List.of();
    private transient List<SupplyAttachment> attachments = List.of();
    private ProcessDiagram diagram = ProcessDiagram.none();

    public void load() {
        Optional<SupplyCase> found = queries.caseFor(caseNumber);
        if (found.isEmpty()) {
            Feedback.notFound();
            return;
        }
        supplyCase = found.get();
        waiting = queries.waitingSteps(caseNumber);
        history = queries.history(caseNumber);
        attachments = queries.attachments(caseNumber);
        diagram = diagramOf(layouts, queries.processPositions(caseNumber));
    }

    /** The diagrams of a case's flows, its steps named as the supply screens name them. */
    public static ProcessDiagram diagramOf(DiagramLayouts layouts, List<ProcessPosition> positions) {
        return layouts.diagram(positions, id -> SupplyStep.byId(id).map(SupplyText::of).orElse(null), Feedback.locale());
    }

    /** The case's flows: their diagrams with the current steps marked, and the steps by name. */
    public ProcessDiagram getDiagram() {
        return diagram;
    }

    /**
     * Runs a decision of one of the page's step beans, says it is done and shows the case as it now is; a refusal
     * keeps what was entered. Public, as the step beans reach this bean through its proxy.
     */
    public void act(Supplier<?> decision, String doneKey) {
        try {
            decision.get();
            Feedback.info(doneKey);
        } catch (RuntimeException refused) {
            SupplyRefusals.refused(refused, null);
        }
        if (!FacesContext.getCurrentInstance().getResponseComplete()) {
            load();
        }
    }

    // ---- who is looking, and what the case waits for ---------------------------------------------------------

    public Caller caller() {
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

    /** The steps the case waits at, whoever does them. */
    public List<SupplyStep> waitingSteps() {
        return waiting.stream().map(WaitingStep::step).toList();
    }

    public String stepLabel(String stepId) {
        return SupplyStep.byId(stepId).map(SupplyText::of).orElse(stepId);
    }

    public String getWaitingText() {
        return waiting.stream().map(step -> SupplyText.of(step.step())).distinct().collect(Collectors.joining("、"));
    }

    // ---- the case file -----------------------------------------------------------------------------------------

    public List<VersionRow> getVersions() {
        List<VersionRow> rows = new ArrayList<>();
        for (ReportVersion version : supplyCase.versions()) {
            rows.add(new VersionRow(version));
        }
        Collections.reverse(rows);
        return rows;
    }

    public List<SupplyAttachment> getAttachments() {
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

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    /** One filed version with its content as label and value pairs. */
    public static final class VersionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int number;
        private final ReportKind kind;
        private final String filedBy;
        private final Instant filedAt;
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

        public Instant getFiledAt() {
            return filedAt;
        }

        public List<ReportFields.Line> getLines() {
            return lines;
        }
    }
}
