package jp.go.mhlw.kpi.web.view.manufacturer;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;
import jp.go.mhlw.kpi.application.supply.SupplyFilings;
import jp.go.mhlw.kpi.domain.model.supply.AttachmentType;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.DeviceClass;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.RequiredFields;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportField;
import jp.go.mhlw.kpi.domain.shared.InvalidValueException;
import jp.go.mhlw.kpi.web.diagram.DiagramLayouts;
import jp.go.mhlw.kpi.web.diagram.ProcessDiagram;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.supply.SupplyCaseView;
import jp.go.mhlw.kpi.web.view.supply.SupplyRefusals;

/**
 * Form 10-2 (first, additional, simple, re-report) and 10-3: a new case's first filing or the next report on a
 * case. The fields the chosen kind requires are marked (RequiredFields); the server's check names every missing
 * field at the field, and nothing typed is lost. A draft keeps work in progress without any check.
 */
@Named
@ViewScoped
public class SupplyReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyFilings filings;

    @Inject
    transient SupplyCaseQueries queries;

    @Inject
    transient DiagramLayouts layouts;

    /** The case's flows (none for a new case). */
    private ProcessDiagram diagram = ProcessDiagram.none();

    private String caseNumber;
    /** What is typed into the form's fields. */
    private final SupplyReportValues values = new SupplyReportValues();
    private ReportKind kind;
    /** The manufacturer's answer to MHLW's request is to end supply: this report comes with that decision. */
    private boolean terminate;


    private transient java.util.List<jp.go.mhlw.kpi.application.supply.SupplyAttachment> attachments = java.util.List.of();

    /** The last progress shown: kept while the typed values contradict each other. */
    private ReportProgress progress;

    public void load() {
        if (kind == null) {
            kind = ReportKind.FIRST;
        }
        if (terminate) {
            kind = ReportKind.RE_REPORT;
            values.setDisruptionKind(DisruptionKind.TERMINATION);
        }
        if (caseNumber == null || caseNumber.isBlank()) {
            caseNumber = null;
            return;
        }
        Optional<SupplyCase> found;
        try {
            found = queries.caseFor(caseNumber);
        } catch (RuntimeException refused) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            Feedback.notFound();
            return;
        }
        SupplyCase supplyCase = found.get();
        attachments = queries.attachments(caseNumber);
        diagram = SupplyCaseView.diagramOf(layouts, queries.processPositions(caseNumber));
        Optional<SupplyReport> start = supplyCase.draft().filter(draft -> draft.kind() == kind).map(draft -> draft.content())
                .or(() -> supplyCase.latestVersion().map(version -> version.content()));
        start.ifPresent(values::fill);
        if (terminate) {
            values.setDisruptionKind(DisruptionKind.TERMINATION);
        }
    }

    /** The case's flows: their diagrams with the current steps marked, and the steps by name. */
    public ProcessDiagram getDiagram() {
        return diagram;
    }

    public void file() {
        SupplyReport report = report();
        if (report == null) {
            return;
        }
        try {
            String number;
            if (caseNumber == null) {
                number = filings.openWithReport(kind, report).caseNumber();
            } else if (terminate) {
                number = filings.decideToTerminateSupply(caseNumber, report).caseNumber();
            } else {
                number = filings.fileReport(caseNumber, kind, report).caseNumber();
            }
            redirect("/supply/case.xhtml?case=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&filed=true");
        } catch (RuntimeException refused) {
            SupplyRefusals.refused(refused, "reportForm");
        }
    }

    public void saveDraft() {
        SupplyReport report = report();
        if (report == null) {
            return;
        }
        try {
            if (caseNumber == null) {
                caseNumber = filings.openWithDraft(kind, report).caseNumber();
            } else {
                filings.saveDraft(caseNumber, kind, report);
            }
            Feedback.info("supply.report.draftSaved", caseNumber);
        } catch (RuntimeException refused) {
            SupplyRefusals.refused(refused, "reportForm");
        }
    }

    /** Attaches the uploaded file to the report being prepared (its own request: what is typed stays as it is). */
    public void attach(org.primefaces.event.FileUploadEvent event) {
        org.primefaces.model.file.UploadedFile file = event.getFile();
        byte[] content = file.getContent();
        // the service refuses these too, but as a fault: said here at the field, with the form as it is
        if (content.length == 0 || content.length > SupplyFilings.MAX_ATTACHMENT_BYTES
                || AttachmentType.of(file.getFileName(), content).isEmpty()) {
            refuseUpload("supply.attach.invalid");
            return;
        }
        if (getPendingAttachments().size() >= SupplyFilings.MAX_ATTACHMENTS_PER_REPORT) {
            refuseUpload("supply.attach.tooMany", SupplyFilings.MAX_ATTACHMENTS_PER_REPORT);
            return;
        }
        try {
            filings.attach(caseNumber, file.getFileName(), content);
            Feedback.info("supply.attach.done", file.getFileName());
        } catch (RuntimeException refused) {
            SupplyRefusals.refused(refused, null);
        }
        attachments = queries.attachments(caseNumber);
    }

    private static void refuseUpload(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage("attachForm:upload",
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Feedback.text(key, arguments), null));
        context.validationFailed();
    }

    public void removeAttachment(long id) {
        try {
            filings.removeAttachment(caseNumber, id);
        } catch (RuntimeException refused) {
            SupplyRefusals.refused(refused, "reportForm");
        }
        attachments = queries.attachments(caseNumber);
    }

    public java.util.List<jp.go.mhlw.kpi.application.supply.SupplyAttachment> getPendingAttachments() {
        return attachments.stream().filter(jp.go.mhlw.kpi.application.supply.SupplyAttachment::isPending).toList();
    }

    /** The report as typed; null (with the reason said) when the values contradict each other. */
    private SupplyReport report() {
        try {
            return values.toReport();
        } catch (InvalidValueException contradictory) {
            Feedback.error("supply.report.inconsistent", Feedback.message(contradictory.problem("")));
            return null;
        } catch (IllegalArgumentException | NullPointerException contradictory) {
            Feedback.error("supply.report.inconsistent", contradictory.getMessage());
            return null;
        }
    }

    private static void redirect(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- what the page shows ------------------------------------------------------------------------------

    /** True when the chosen kind requires the field (by its name in violations and input ids). */
    public boolean required(String fieldName) {
        return SupplyReportField.byFieldName(fieldName).map(field -> RequiredFields.isRequired(kind, field)).orElse(false);
    }

    /** The required fields of the chosen kind still empty, and how many are answered (updated as fields change). */
    public ReportProgress getProgress() {
        ReportProgress now = ReportProgress.of(kind, values).orElse(progress);
        progress = now != null ? now : ReportProgress.of(kind, SupplyReport.empty());
        return progress;
    }

    public String anchor(SupplyReportField field) {
        return ReportProgress.anchor(field);
    }

    public boolean isNewCase() {
        return caseNumber == null;
    }

    /** A new case begins with a first report (blanks allowed) or, when the evaluation is complete, an additional one. */
    public ReportKind[] getOpeningKinds() {
        return new ReportKind[] {ReportKind.FIRST, ReportKind.ADDITIONAL};
    }

    public DeviceClass[] getDeviceClasses() {
        return DeviceClass.values();
    }

    public DisruptionKind[] getDisruptionKinds() {
        return DisruptionKind.values();
    }

    public CauseCategory[] getCauseCategories() {
        return CauseCategory.values();
    }

    public ClinicalImpact[] getImpacts() {
        return ClinicalImpact.values();
    }

    public String getKindName() {
        return kind.name();
    }

    // ---- form properties ----------------------------------------------------------------------------------

    public SupplyReportValues getValues() {
        return values;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public boolean isTerminate() {
        return terminate;
    }

    public void setTerminate(boolean terminate) {
        this.terminate = terminate;
    }

}
