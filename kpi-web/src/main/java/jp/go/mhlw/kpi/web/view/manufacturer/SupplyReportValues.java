package jp.go.mhlw.kpi.web.view.manufacturer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import jp.go.mhlw.kpi.domain.model.supply.AffectedLot;
import jp.go.mhlw.kpi.domain.model.supply.Alternative;
import jp.go.mhlw.kpi.domain.model.supply.Cause;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.ContactPerson;
import jp.go.mhlw.kpi.domain.model.supply.DeviceClass;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;

/**
 * The fields of form 10-2 / 10-3 as typed (one affected lot, cause, alternative and contact on the screen), turned
 * into a {@link SupplyReport} and filled back from one (a draft or the last filed version).
 */
public class SupplyReportValues implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /**
     * The report as typed.
     *
     * @throws IllegalArgumentException or NullPointerException when the values contradict each other
     */
    SupplyReport toReport() {
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
    }

    void fill(SupplyReport report) {
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
