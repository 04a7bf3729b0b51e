package jp.go.mhlw.kpi.web.view.supply;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportField;

/** A filed report as label and value lines, in form order, for reading on the case page. */
final class ReportFields {

    private ReportFields() {
    }

    static List<Line> lines(SupplyReport report) {
        List<Line> lines = new ArrayList<>();
        for (SupplyReportField field : SupplyReportField.values()) {
            lines.add(new Line(SupplyText.of(field), value(field, report)));
        }
        return lines;
    }

    private static String value(SupplyReportField field, SupplyReport report) {
        return switch (field) {
            case PRODUCT_NAME -> text(report.productName());
            case APPROVAL_NUMBER -> text(report.approvalNumber());
            case JMDN_CODE -> text(report.jmdnCode());
            case DEVICE_CLASS -> SupplyText.of(report.deviceClass());
            case AFFECTED_LOTS -> report.affectedLots().stream()
                    .map(lot -> text(lot.model()) + " " + text(lot.lotNumber()) + (lot.quantity() == null ? "" : " × " + lot.quantity()))
                    .collect(Collectors.joining(" / "));
            case DISRUPTION_KIND -> SupplyText.of(report.disruptionKind());
            case CAUSE -> report.cause() == null ? "" : SupplyText.of(report.cause().category()) + " " + text(report.cause().detail());
            case START_DATE -> text(report.startDate());
            case EXPECTED_RECOVERY_OR_END_DATE -> text(report.expectedRecoveryOrEndDate());
            case STOCK_ON_HAND -> text(report.stockOnHand());
            case STOCK_MONTHS -> text(report.stockMonths());
            case MONTHLY_DEMAND -> text(report.monthlyDemand());
            case MARKET_SHARE -> text(report.marketSharePercent());
            case ALTERNATIVES -> report.noAlternativeAvailable() ? "—" : report.alternatives().stream()
                    .map(alternative -> text(alternative.productName()) + " (" + text(alternative.makerName())
                            + (alternative.makerOrganisationCode() == null ? "" : ", " + alternative.makerOrganisationCode()) + ")")
                    .collect(Collectors.joining(" / "));
            case ASSESSED_IMPACT -> SupplyText.of(report.assessedImpact());
            case IMPACT_REASONING -> text(report.impactReasoning());
            case INFORMATION_GIVEN -> text(report.informationGiven());
            case CONTACT -> report.contact() == null ? "" : String.join(" / ", text(report.contact().name()),
                    text(report.contact().department()), text(report.contact().phone()), text(report.contact().email()));
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** One label and its value. */
    public record Line(String label, String value) implements Serializable {

        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }
    }
}
