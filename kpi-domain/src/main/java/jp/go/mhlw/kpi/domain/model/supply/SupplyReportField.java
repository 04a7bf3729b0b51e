package jp.go.mhlw.kpi.domain.model.supply;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fields of a supply report, with the names screens and violations use (the record's component names)
 * and their labels. A field is "answered" when a regulator could read something from it.
 */
public enum SupplyReportField implements Labelled {
    PRODUCT_NAME("productName", "販売名", "Product name", report -> report.productName() != null),
    APPROVAL_NUMBER("approvalNumber", "承認・認証番号", "Approval or certification number",
            report -> report.approvalNumber() != null),
    JMDN_CODE("jmdnCode", "JMDNコード", "JMDN code", report -> report.jmdnCode() != null),
    DEVICE_CLASS("deviceClass", "クラス分類", "Device class", report -> report.deviceClass() != null),
    AFFECTED_LOTS("affectedLots", "対象の型式・ロット", "Affected models and lots",
            report -> !report.affectedLots().isEmpty()),
    DISRUPTION_KIND("disruptionKind", "事象の種類", "Kind of disruption", report -> report.disruptionKind() != null),
    CAUSE("cause", "原因", "Cause", report -> report.cause() != null),
    START_DATE("startDate", "発生日", "Start date", report -> report.startDate() != null),
    EXPECTED_RECOVERY_OR_END_DATE("expectedRecoveryOrEndDate", "回復見込み日・供給終了日",
            "Expected recovery or end date", report -> report.expectedRecoveryOrEndDate() != null),
    STOCK_ON_HAND("stockOnHand", "在庫数量", "Stock on hand", report -> report.stockOnHand() != null),
    STOCK_MONTHS("stockMonths", "在庫の充足月数", "Months the stock covers", report -> report.stockMonths() != null),
    MONTHLY_DEMAND("monthlyDemand", "月間需要", "Monthly demand", report -> report.monthlyDemand() != null),
    MARKET_SHARE("marketSharePercent", "市場シェア(%)", "Market share (%)",
            report -> report.marketSharePercent() != null),
    /** Answered by listing alternatives or by stating that there is none. */
    ALTERNATIVES("alternatives", "代替品(製品・製造販売業者)", "Alternatives (products and makers)",
            report -> !report.alternatives().isEmpty() || report.noAlternativeAvailable()),
    ASSESSED_IMPACT("assessedImpact", "臨床的影響の評価", "Clinical impact assessment",
            report -> report.assessedImpact() != null),
    IMPACT_REASONING("impactReasoning", "臨床的影響の評価理由", "Reasons for the clinical impact assessment",
            report -> report.impactReasoning() != null),
    INFORMATION_GIVEN("informationGiven", "医療機関・学会への情報提供", "Information given to hospitals and societies",
            report -> report.informationGiven() != null),
    /** Answered when MHLW can reach someone: a name and a phone number or e-mail address. */
    CONTACT("contact", "担当者連絡先", "Contact person", report -> report.contact() != null && report.contact().isComplete());

    private final String fieldName;
    private final String labelJa;
    private final String labelEn;
    private final Predicate<SupplyReport> answered;

    SupplyReportField(String fieldName, String labelJa, String labelEn, Predicate<SupplyReport> answered) {
        this.fieldName = fieldName;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.answered = answered;
    }

    /** The name of the report's component, e.g. "productName": what screens bind and violations name. */
    public String fieldName() {
        return fieldName;
    }

    public boolean isAnsweredIn(SupplyReport report) {
        return answered.test(report);
    }

    public static Optional<SupplyReportField> byFieldName(String fieldName) {
        return Arrays.stream(values()).filter(field -> field.fieldName.equals(fieldName)).findFirst();
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
