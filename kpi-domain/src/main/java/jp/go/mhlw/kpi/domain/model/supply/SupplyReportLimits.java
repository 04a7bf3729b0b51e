package jp.go.mhlw.kpi.domain.model.supply;

import static jp.go.mhlw.kpi.domain.model.supply.SupplyReportField.*;
import static jp.go.mhlw.kpi.domain.shared.InputLimits.*;

import java.math.BigDecimal;
import java.util.List;
import jp.go.mhlw.kpi.domain.shared.InputCheck;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * What a supply report may hold, field by field, within {@link jp.go.mhlw.kpi.domain.shared.InputLimits}: the
 * lengths of its texts, the ranges of its figures and dates, the form of the contact's phone and e-mail. Checked
 * whenever a report is filed or saved as a draft, whichever way it came in; reports already stored are read as
 * they are.
 */
public final class SupplyReportLimits {

    private SupplyReportLimits() {
    }

    /** Every value of the report beyond its limits, at its field ({@code contact.email}, {@code affectedLots[0].quantity}). */
    public static List<Problem> violations(SupplyReport report) {
        InputCheck check = new InputCheck()
                .line(PRODUCT_NAME.fieldName(), PRODUCT_NAME, report.productName(), PRODUCT_NAME_LENGTH)
                .line(APPROVAL_NUMBER.fieldName(), APPROVAL_NUMBER, report.approvalNumber(), CODE_LENGTH)
                .line(JMDN_CODE.fieldName(), JMDN_CODE, report.jmdnCode(), CODE_LENGTH)
                .date(START_DATE.fieldName(), START_DATE, report.startDate())
                .date(EXPECTED_RECOVERY_OR_END_DATE.fieldName(), EXPECTED_RECOVERY_OR_END_DATE,
                        report.expectedRecoveryOrEndDate())
                .quantity(STOCK_ON_HAND.fieldName(), STOCK_ON_HAND, report.stockOnHand())
                .decimal(STOCK_MONTHS.fieldName(), STOCK_MONTHS, report.stockMonths(), BigDecimal.valueOf(MAX_MONTHS))
                .quantity(MONTHLY_DEMAND.fieldName(), MONTHLY_DEMAND, report.monthlyDemand())
                .decimal(MARKET_SHARE.fieldName(), MARKET_SHARE, report.marketSharePercent(), HUNDRED)
                .paragraphs(IMPACT_REASONING.fieldName(), IMPACT_REASONING, report.impactReasoning(), LONG_TEXT_LENGTH)
                .paragraphs(INFORMATION_GIVEN.fieldName(), INFORMATION_GIVEN, report.informationGiven(),
                        LONG_TEXT_LENGTH);
        for (int i = 0; i < report.affectedLots().size(); i++) {
            AffectedLot lot = report.affectedLots().get(i);
            String at = AFFECTED_LOTS.fieldName() + "[" + i + "].";
            check.line(at + "model", AFFECTED_LOTS, lot.model(), NAME_LENGTH)
                    .line(at + "lotNumber", AFFECTED_LOTS, lot.lotNumber(), CODE_LENGTH)
                    .quantity(at + "quantity", AFFECTED_LOTS, lot.quantity());
        }
        if (report.cause() != null) {
            check.paragraphs(CAUSE.fieldName() + ".detail", CAUSE, report.cause().detail(), LONG_TEXT_LENGTH);
        }
        for (int i = 0; i < report.alternatives().size(); i++) {
            Alternative alternative = report.alternatives().get(i);
            String at = ALTERNATIVES.fieldName() + "[" + i + "].";
            check.line(at + "productName", ALTERNATIVES, alternative.productName(), PRODUCT_NAME_LENGTH)
                    .line(at + "makerName", ALTERNATIVES, alternative.makerName(), NAME_LENGTH)
                    .line(at + "makerOrganisationCode", ALTERNATIVES, alternative.makerOrganisationCode(), CODE_LENGTH);
        }
        ContactPerson contact = report.contact();
        if (contact != null) {
            String at = CONTACT.fieldName() + ".";
            check.line(at + "name", CONTACT, contact.name(), NAME_LENGTH)
                    .line(at + "department", CONTACT, contact.department(), NAME_LENGTH)
                    .phone(at + "phone", CONTACT, contact.phone())
                    .email(at + "email", CONTACT, contact.email());
        }
        return check.problems();
    }

    /** Refuses a report beyond its limits, as a report of this kind, with every violation. */
    static void requireWithin(ReportKind kind, SupplyReport report) {
        List<Problem> violations = violations(report);
        if (!violations.isEmpty()) {
            throw new ReportRejectedException(kind, violations);
        }
    }
}
