package jp.go.mhlw.kpi.domain.model.supply;

import static jp.go.mhlw.kpi.domain.model.supply.SupplyReportField.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields each kind of report requires: the form marks them, the server enforces them
 * ({@link SupplyReportValidator}).
 *
 * <ul>
 *   <li>First report: only what is known. The product, the kind of disruption and a contact are the minimum
 *       that lets MHLW identify the product and call back.</li>
 *   <li>Additional report and re-report: every field; only the market share is asked "if known". A re-report
 *       replaces the picture MHLW triages, so it is as complete as an additional report (the form pre-fills
 *       it from the previous version).</li>
 *   <li>Simple report and termination notice (10-3): what a regulator needs to let supply end: the product's
 *       identity, the cause, the end date, the remaining stock, the alternatives, the clinical impact and
 *       what hospitals and societies were told.</li>
 * </ul>
 */
public final class RequiredFields {

    private static final Set<SupplyReportField> FIRST_REPORT = EnumSet.of(PRODUCT_NAME, DISRUPTION_KIND, CONTACT);

    private static final Set<SupplyReportField> EVERY_FIELD = EnumSet.complementOf(EnumSet.of(MARKET_SHARE));

    private static final Set<SupplyReportField> TERMINATION_NOTICE_FIELDS = EnumSet.of(PRODUCT_NAME, APPROVAL_NUMBER,
            JMDN_CODE, DEVICE_CLASS, DISRUPTION_KIND, CAUSE, EXPECTED_RECOVERY_OR_END_DATE, STOCK_ON_HAND, STOCK_MONTHS,
            ALTERNATIVES, ASSESSED_IMPACT, IMPACT_REASONING, INFORMATION_GIVEN, CONTACT);

    private static final Map<ReportKind, Set<SupplyReportField>> BY_KIND = Map.of(
            ReportKind.FIRST, FIRST_REPORT,
            ReportKind.ADDITIONAL, EVERY_FIELD,
            ReportKind.RE_REPORT, EVERY_FIELD,
            ReportKind.SIMPLE, TERMINATION_NOTICE_FIELDS,
            ReportKind.TERMINATION_NOTICE, TERMINATION_NOTICE_FIELDS);

    private RequiredFields() {
    }

    /** The required fields of this kind of report, in form order. */
    public static Set<SupplyReportField> of(ReportKind kind) {
        return Collections.unmodifiableSet(EnumSet.copyOf(BY_KIND.get(kind)));
    }

    public static boolean isRequired(ReportKind kind, SupplyReportField field) {
        return BY_KIND.get(kind).contains(field);
    }

    /**
     * The fields this kind requires that the report leaves unanswered, in form order: what the server would refuse
     * as missing, and what the form lists as still to fill.
     */
    public static List<SupplyReportField> missingIn(ReportKind kind, SupplyReport report) {
        return BY_KIND.get(kind).stream().filter(field -> !field.isAnsweredIn(report)).sorted().toList();
    }
}
