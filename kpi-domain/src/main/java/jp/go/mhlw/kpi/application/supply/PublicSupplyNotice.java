package jp.go.mhlw.kpi.application.supply;

import java.time.LocalDate;

/**
 * A supply case as the public list shows it: no case number, and the maker's name only where MHLW chose to show
 * it ({@code makerNameJa}/{@code makerNameEn} null otherwise).
 */
public record PublicSupplyNotice(String productName, String approvalNumber, String statusJa, String statusEn,
        LocalDate expectedRecoveryOrEndDate, String alternatives, String makerNameJa, String makerNameEn) {

    public String getProductName() {
        return productName;
    }

    public String getApprovalNumber() {
        return approvalNumber;
    }

    public String getStatusJa() {
        return statusJa;
    }

    public String getStatusEn() {
        return statusEn;
    }

    public LocalDate getExpectedRecoveryOrEndDate() {
        return expectedRecoveryOrEndDate;
    }

    public String getAlternatives() {
        return alternatives;
    }

    public String getMakerNameJa() {
        return makerNameJa;
    }

    public String getMakerNameEn() {
        return makerNameEn;
    }
}
