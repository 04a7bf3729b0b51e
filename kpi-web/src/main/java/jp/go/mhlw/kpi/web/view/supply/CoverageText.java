package jp.go.mhlw.kpi.web.view.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCoverage;
import jp.go.mhlw.kpi.web.view.Feedback;

/**
 * The coverage's figures as the pages show them: rounded to one decimal here and nowhere else, and a missing
 * figure as "unknown", never 0. The parameters are Objects so that EL hands a null over as null, never coerced to 0.
 */
@Named
@ApplicationScoped
public class CoverageText {

    public String months(Object months) {
        return months instanceof BigDecimal value ? Feedback.text("supply.coverage.monthsValue", oneDecimal(value)) : unknown();
    }

    public String percent(Object percent) {
        return percent instanceof BigDecimal value ? Feedback.text("supply.coverage.percentValue", oneDecimal(value))
                : unknown();
    }

    public String units(Object units) {
        return units instanceof Long value ? String.format(Locale.ROOT, "%,d", value) : unknown();
    }

    public String makers(List<String> organisationCodes) {
        return organisationCodes.isEmpty() ? "—" : String.join(", ", organisationCodes);
    }

    /** One line for the case list: own months, and the share of demand the alternatives' capacity covers. */
    public String glance(SupplyCoverage coverage) {
        return Feedback.text("supply.coverage.glance", months(coverage.getOwnMonths()),
                percent(coverage.getCapacitySharePercent()));
    }

    private static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String unknown() {
        return Feedback.text("supply.coverage.unknown");
    }
}
