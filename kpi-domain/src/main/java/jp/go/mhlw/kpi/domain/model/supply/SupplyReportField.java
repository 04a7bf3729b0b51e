package jp.go.mhlw.kpi.domain.model.supply;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import jp.go.mhlw.kpi.domain.shared.Labelled;

/**
 * The fields of a supply report, with the names screens and problems use (the record's component names)
 * and their labels. A field is "answered" when a regulator could read something from it.
 */
public enum SupplyReportField implements Labelled {
    PRODUCT_NAME("productName", report -> report.productName() != null),
    APPROVAL_NUMBER("approvalNumber", report -> report.approvalNumber() != null),
    JMDN_CODE("jmdnCode", report -> report.jmdnCode() != null),
    DEVICE_CLASS("deviceClass", report -> report.deviceClass() != null),
    AFFECTED_LOTS("affectedLots", report -> !report.affectedLots().isEmpty()),
    DISRUPTION_KIND("disruptionKind", report -> report.disruptionKind() != null),
    CAUSE("cause", report -> report.cause() != null),
    START_DATE("startDate", report -> report.startDate() != null),
    EXPECTED_RECOVERY_OR_END_DATE("expectedRecoveryOrEndDate", report -> report.expectedRecoveryOrEndDate() != null),
    STOCK_ON_HAND("stockOnHand", report -> report.stockOnHand() != null),
    STOCK_MONTHS("stockMonths", report -> report.stockMonths() != null),
    MONTHLY_DEMAND("monthlyDemand", report -> report.monthlyDemand() != null),
    MARKET_SHARE("marketSharePercent", report -> report.marketSharePercent() != null),
    /** Answered by listing alternatives or by stating that there is none. */
    ALTERNATIVES("alternatives", report -> !report.alternatives().isEmpty() || report.noAlternativeAvailable()),
    ASSESSED_IMPACT("assessedImpact", report -> report.assessedImpact() != null),
    IMPACT_REASONING("impactReasoning", report -> report.impactReasoning() != null),
    INFORMATION_GIVEN("informationGiven", report -> report.informationGiven() != null),
    /** Answered when MHLW can reach someone: a name and a phone number or e-mail address. */
    CONTACT("contact", report -> report.contact() != null && report.contact().isComplete());

    private final String fieldName;
    private final Predicate<SupplyReport> answered;

    SupplyReportField(String fieldName, Predicate<SupplyReport> answered) {
        this.fieldName = fieldName;
        this.answered = answered;
    }

    /** The name of the report's component, e.g. "productName": what screens bind and problems name. */
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
    public String bundleKey() {
        return "supply.field." + name();
    }
}
