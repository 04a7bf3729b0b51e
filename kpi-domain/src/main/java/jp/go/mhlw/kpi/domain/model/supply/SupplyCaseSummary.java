package jp.go.mhlw.kpi.domain.model.supply;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a case list: the case, its product and where it stands, and of the reports' contents only what the
 * coverage is computed from. A class with getters so that Faces pages can show it.
 */
public final class SupplyCaseSummary {

    private final String caseNumber;
    private final String manufacturerOrganisationCode;
    private final String productName;
    private final String approvalNumber;
    private final SupplyCaseState state;
    private final boolean onTerminationPath;
    private final Instant openedAt;
    private final int versionCount;
    private final ReportKind latestReportKind;
    private final Instant latestFiledAt;
    private final CloseReason closeReason;
    private final SupplyCoverage coverage;

    public SupplyCaseSummary(String caseNumber, String manufacturerOrganisationCode, String productName,
            String approvalNumber, SupplyCaseState state, boolean onTerminationPath, Instant openedAt, int versionCount,
            ReportKind latestReportKind, Instant latestFiledAt, CloseReason closeReason, SupplyCoverage coverage) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.manufacturerOrganisationCode = Objects.requireNonNull(manufacturerOrganisationCode, "manufacturerOrganisationCode");
        this.productName = Objects.requireNonNull(productName, "productName");
        this.approvalNumber = approvalNumber;
        this.state = Objects.requireNonNull(state, "state");
        this.onTerminationPath = onTerminationPath;
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.versionCount = versionCount;
        this.latestReportKind = latestReportKind;
        this.latestFiledAt = latestFiledAt;
        this.closeReason = closeReason;
        this.coverage = coverage;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getManufacturerOrganisationCode() {
        return manufacturerOrganisationCode;
    }

    public String getProductName() {
        return productName;
    }

    /** 承認・認証・届出番号 as given when the case was opened; may be null. */
    public String getApprovalNumber() {
        return approvalNumber;
    }

    public SupplyCaseState getState() {
        return state;
    }

    public boolean isOnTerminationPath() {
        return onTerminationPath;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    /** How many reports were filed (0 while the case holds only a draft). */
    public int getVersionCount() {
        return versionCount;
    }

    /** The kind of the latest filed report; null before the first. */
    public ReportKind getLatestReportKind() {
        return latestReportKind;
    }

    /** When the latest report was filed; null before the first. */
    public Instant getLatestFiledAt() {
        return latestFiledAt;
    }

    /** Why MHLW closed the case; null while it is open. */
    public CloseReason getCloseReason() {
        return closeReason;
    }

    /**
     * How long supply lasts, from the latest report and the alternatives' answers: for ministry officers only, so
     * null in the lists of others, which never compute it.
     */
    public SupplyCoverage getCoverage() {
        return coverage;
    }

    @Override
    public String toString() {
        return caseNumber + " " + state + " (" + versionCount + " versions)";
    }
}
