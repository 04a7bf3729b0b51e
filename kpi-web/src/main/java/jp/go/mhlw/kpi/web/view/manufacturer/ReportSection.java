package jp.go.mhlw.kpi.web.view.manufacturer;

import static jp.go.mhlw.kpi.domain.model.supply.SupplyReportField.*;

import java.util.Arrays;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportField;

/**
 * The parts of the long report form, each under its heading: what the product is, what happens, the supply figures,
 * the alternatives and impact, whom to call. Only the layout: which fields are required is the domain's.
 */
public enum ReportSection {
    PRODUCT(PRODUCT_NAME, APPROVAL_NUMBER, JMDN_CODE, DEVICE_CLASS, AFFECTED_LOTS),
    DISRUPTION(DISRUPTION_KIND, CAUSE, START_DATE, EXPECTED_RECOVERY_OR_END_DATE),
    SUPPLY(STOCK_ON_HAND, STOCK_MONTHS, MONTHLY_DEMAND, MARKET_SHARE),
    IMPACT(ALTERNATIVES, ASSESSED_IMPACT, IMPACT_REASONING, INFORMATION_GIVEN),
    CONTACT_PERSON(CONTACT);

    private final List<SupplyReportField> fields;

    ReportSection(SupplyReportField... fields) {
        this.fields = List.of(fields);
    }

    public List<SupplyReportField> fields() {
        return fields;
    }

    public static ReportSection of(SupplyReportField field) {
        return Arrays.stream(values()).filter(section -> section.fields.contains(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section for " + field));
    }
}
