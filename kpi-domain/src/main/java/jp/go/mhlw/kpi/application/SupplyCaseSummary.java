package jp.go.mhlw.kpi.application;

import java.time.Instant;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;

/**
 * One line of a case list: the case, its product and where it stands, without the reports' contents. A class
 * with getters so that Faces pages can show it.
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

    public SupplyCaseSummary(String caseNumber, String manufacturerOrganisationCode, String productName,
            String approvalNumber, SupplyCaseState state, boolean onTerminationPath, Instant openedAt, int versionCount,
            ReportKind latestReportKind, Instant latestFiledAt, CloseReason closeReason) {
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

    @Override
    public String toString() {
        return caseNumber + " " + state + " (" + versionCount + " versions)";
    }
}
