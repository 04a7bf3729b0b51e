package jp.go.mhlw.kpi.web.view.supply;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import jp.go.mhlw.kpi.application.SupplyCaseService;
import jp.go.mhlw.kpi.domain.model.supply.AffectedLot;
import jp.go.mhlw.kpi.domain.model.supply.Alternative;
import jp.go.mhlw.kpi.domain.model.supply.Cause;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.ContactPerson;
import jp.go.mhlw.kpi.domain.model.supply.DeviceClass;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.RequiredFields;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportField;

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
    transient SupplyCaseService service;

    private String caseNumber;
    private ReportKind kind;
    /** The manufacturer's answer to MHLW's request is to end supply: this report comes with that decision. */
    private boolean terminate;

    private String productName;
    private String approvalNumber;
    private String jmdnCode;
    private DeviceClass deviceClass;
    private String lotModel;
    private String lotNumber;
    private Long lotQuantity;
    private DisruptionKind disruptionKind;
    private CauseCategory causeCategory;
    private String causeDetail;
    private LocalDate startDate;
    private LocalDate expectedRecoveryOrEndDate;
    private Long stockOnHand;
    private BigDecimal stockMonths;
    private Long monthlyDemand;
    private BigDecimal marketSharePercent;
    private String alternativeProduct;
    private String alternativeMaker;
    private String alternativeMakerCode;
    private boolean noAlternativeAvailable;
    private ClinicalImpact assessedImpact;
    private String impactReasoning;
    private String informationGiven;
    private String contactName;
    private String contactDepartment;
    private String contactPhone;
    private String contactEmail;

    private transient java.util.List<jp.go.mhlw.kpi.application.SupplyAttachment> attachments = java.util.List.of();

    public void load() {
        if (kind == null) {
            kind = ReportKind.FIRST;
        }
        if (terminate) {
            kind = ReportKind.RE_REPORT;
            disruptionKind = DisruptionKind.TERMINATION;
        }
        if (caseNumber == null || caseNumber.isBlank()) {
            caseNumber = null;
            return;
        }
        Optional<SupplyCase> found;
        try {
            found = service.caseFor(caseNumber);
        } catch (RuntimeException refused) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            SupplyFeedback.notFound();
            return;
        }
        SupplyCase supplyCase = found.get();
        attachments = service.attachments(caseNumber);
        Optional<SupplyReport> start = supplyCase.draft().filter(draft -> draft.kind() == kind).map(draft -> draft.content())
                .or(() -> supplyCase.latestVersion().map(version -> version.content()));
        start.ifPresent(this::fill);
        if (terminate) {
            disruptionKind = DisruptionKind.TERMINATION;
        }
    }

    public void file() {
        SupplyReport report = report();
        if (report == null) {
            return;
        }
        try {
            String number;
            if (caseNumber == null) {
                number = service.openWithReport(kind, report).caseNumber();
            } else if (terminate) {
                number = service.decideToTerminateSupply(caseNumber, report).caseNumber();
            } else {
                number = service.fileReport(caseNumber, kind, report).caseNumber();
            }
            redirect("/supply/case.xhtml?case=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&filed=true");
        } catch (RuntimeException refused) {
            SupplyFeedback.refused(refused, "reportForm");
        }
    }

    public void saveDraft() {
        SupplyReport report = report();
        if (report == null) {
            return;
        }
        try {
            if (caseNumber == null) {
                caseNumber = service.openWithDraft(kind, report).caseNumber();
            } else {
                service.saveDraft(caseNumber, kind, report);
            }
            SupplyFeedback.info("supply.report.draftSaved", caseNumber);
        } catch (RuntimeException refused) {
            SupplyFeedback.refused(refused, "reportForm");
        }
    }

    /** Attaches the uploaded file to the report being prepared (its own request: what is typed stays as it is). */
    public void attach(org.primefaces.event.FileUploadEvent event) {
        org.primefaces.model.file.UploadedFile file = event.getFile();
        try {
            service.attach(caseNumber, file.getFileName(), file.getContent());
            SupplyFeedback.info("supply.attach.done", file.getFileName());
        } catch (RuntimeException refused) {
            SupplyFeedback.refused(refused, null);
        }
        attachments = service.attachments(caseNumber);
    }

    public void removeAttachment(long id) {
        try {
            service.removeAttachment(caseNumber, id);
        } catch (RuntimeException refused) {
            SupplyFeedback.refused(refused, "reportForm");
        }
        attachments = service.attachments(caseNumber);
    }

    public java.util.List<jp.go.mhlw.kpi.application.SupplyAttachment> getPendingAttachments() {
        return attachments.stream().filter(jp.go.mhlw.kpi.application.SupplyAttachment::isPending).toList();
    }

    /** The report as typed; null (with the reason said) when the values contradict each other. */
    private SupplyReport report() {
        try {
            SupplyReport.Builder builder = SupplyReport.builder()
                    .productName(productName).approvalNumber(approvalNumber).jmdnCode(jmdnCode).deviceClass(deviceClass)
                    .disruptionKind(disruptionKind)
                    .startDate(startDate).expectedRecoveryOrEndDate(expectedRecoveryOrEndDate)
                    .stockOnHand(stockOnHand).stockMonths(stockMonths).monthlyDemand(monthlyDemand)
                    .marketSharePercent(marketSharePercent).noAlternativeAvailable(noAlternativeAvailable)
                    .assessedImpact(assessedImpact).impactReasoning(impactReasoning).informationGiven(informationGiven);
            if (!blank(lotModel) || !blank(lotNumber)) {
                builder.affectedLot(new AffectedLot(lotModel, lotNumber, lotQuantity));
            }
            if (causeCategory != null) {
                builder.cause(new Cause(causeCategory, causeDetail));
            }
            if (!blank(alternativeProduct) || !blank(alternativeMaker)) {
                builder.alternative(new Alternative(alternativeProduct, alternativeMaker, alternativeMakerCode));
            }
            if (!blank(contactName) || !blank(contactDepartment) || !blank(contactPhone) || !blank(contactEmail)) {
                builder.contact(new ContactPerson(contactName, contactDepartment, contactPhone, contactEmail));
            }
            return builder.build();
        } catch (IllegalArgumentException | NullPointerException contradictory) {
            SupplyFeedback.error(SupplyFeedback.text("supply.report.inconsistent", contradictory.getMessage()));
            return null;
        }
    }

    private void fill(SupplyReport report) {
        productName = report.productName();
        approvalNumber = report.approvalNumber();
        jmdnCode = report.jmdnCode();
        deviceClass = report.deviceClass();
        report.affectedLots().stream().findFirst().ifPresent(lot -> {
            lotModel = lot.model();
            lotNumber = lot.lotNumber();
            lotQuantity = lot.quantity();
        });
        disruptionKind = report.disruptionKind();
        if (report.cause() != null) {
            causeCategory = report.cause().category();
            causeDetail = report.cause().detail();
        }
        startDate = report.startDate();
        expectedRecoveryOrEndDate = report.expectedRecoveryOrEndDate();
        stockOnHand = report.stockOnHand();
        stockMonths = report.stockMonths();
        monthlyDemand = report.monthlyDemand();
        marketSharePercent = report.marketSharePercent();
        report.alternatives().stream().findFirst().ifPresent(alternative -> {
            alternativeProduct = alternative.productName();
            alternativeMaker = alternative.makerName();
            alternativeMakerCode = alternative.makerOrganisationCode();
        });
        noAlternativeAvailable = report.noAlternativeAvailable();
        assessedImpact = report.assessedImpact();
        impactReasoning = report.impactReasoning();
        informationGiven = report.informationGiven();
        if (report.contact() != null) {
            contactName = report.contact().name();
            contactDepartment = report.contact().department();
            contactPhone = report.contact().phone();
            contactEmail = report.contact().email();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
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

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public String getApprovalNumber() {
        return approvalNumber;
    }

    public void setApprovalNumber(String approvalNumber) {
        this.approvalNumber = approvalNumber;
    }

    public String getJmdnCode() {
        return jmdnCode;
    }

    public void setJmdnCode(String jmdnCode) {
        this.jmdnCode = jmdnCode;
    }

    public DeviceClass getDeviceClass() {
        return deviceClass;
    }

    public void setDeviceClass(DeviceClass deviceClass) {
        this.deviceClass = deviceClass;
    }

    public String getLotModel() {
        return lotModel;
    }

    public void setLotModel(String lotModel) {
        this.lotModel = lotModel;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public void setLotNumber(String lotNumber) {
        this.lotNumber = lotNumber;
    }

    public Long getLotQuantity() {
        return lotQuantity;
    }

    public void setLotQuantity(Long lotQuantity) {
        this.lotQuantity = lotQuantity;
    }

    public DisruptionKind getDisruptionKind() {
        return disruptionKind;
    }

    public void setDisruptionKind(DisruptionKind disruptionKind) {
        this.disruptionKind = disruptionKind;
    }

    public CauseCategory getCauseCategory() {
        return causeCategory;
    }

    public void setCauseCategory(CauseCategory causeCategory) {
        this.causeCategory = causeCategory;
    }

    public String getCauseDetail() {
        return causeDetail;
    }

    public void setCauseDetail(String causeDetail) {
        this.causeDetail = causeDetail;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getExpectedRecoveryOrEndDate() {
        return expectedRecoveryOrEndDate;
    }

    public void setExpectedRecoveryOrEndDate(LocalDate expectedRecoveryOrEndDate) {
        this.expectedRecoveryOrEndDate = expectedRecoveryOrEndDate;
    }

    public Long getStockOnHand() {
        return stockOnHand;
    }

    public void setStockOnHand(Long stockOnHand) {
        this.stockOnHand = stockOnHand;
    }

    public BigDecimal getStockMonths() {
        return stockMonths;
    }

    public void setStockMonths(BigDecimal stockMonths) {
        this.stockMonths = stockMonths;
    }

    public Long getMonthlyDemand() {
        return monthlyDemand;
    }

    public void setMonthlyDemand(Long monthlyDemand) {
        this.monthlyDemand = monthlyDemand;
    }

    public BigDecimal getMarketSharePercent() {
        return marketSharePercent;
    }

    public void setMarketSharePercent(BigDecimal marketSharePercent) {
        this.marketSharePercent = marketSharePercent;
    }

    public String getAlternativeProduct() {
        return alternativeProduct;
    }

    public void setAlternativeProduct(String alternativeProduct) {
        this.alternativeProduct = alternativeProduct;
    }

    public String getAlternativeMaker() {
        return alternativeMaker;
    }

    public void setAlternativeMaker(String alternativeMaker) {
        this.alternativeMaker = alternativeMaker;
    }

    public String getAlternativeMakerCode() {
        return alternativeMakerCode;
    }

    public void setAlternativeMakerCode(String alternativeMakerCode) {
        this.alternativeMakerCode = alternativeMakerCode;
    }

    public boolean isNoAlternativeAvailable() {
        return noAlternativeAvailable;
    }

    public void setNoAlternativeAvailable(boolean noAlternativeAvailable) {
        this.noAlternativeAvailable = noAlternativeAvailable;
    }

    public ClinicalImpact getAssessedImpact() {
        return assessedImpact;
    }

    public void setAssessedImpact(ClinicalImpact assessedImpact) {
        this.assessedImpact = assessedImpact;
    }

    public String getImpactReasoning() {
        return impactReasoning;
    }

    public void setImpactReasoning(String impactReasoning) {
        this.impactReasoning = impactReasoning;
    }

    public String getInformationGiven() {
        return informationGiven;
    }

    public void setInformationGiven(String informationGiven) {
        this.informationGiven = informationGiven;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactDepartment() {
        return contactDepartment;
    }

    public void setContactDepartment(String contactDepartment) {
        this.contactDepartment = contactDepartment;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
