package jp.go.mhlw.kpi.domain.model.supply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a report against what its kind requires and returns every violation at once, so the manufacturer
 * can correct the whole form in one go. Beyond {@link RequiredFields}: a JMDN code has eight digits, the end
 * date is not before the start date, a cause "other" is explained, and a simple report or 10-3 is about a
 * termination.
 */
public final class SupplyReportValidator {

    private static final Pattern JMDN_CODE = Pattern.compile("\\d{8}");

    private SupplyReportValidator() {
    }

    public static List<FieldViolation> validate(ReportKind kind, SupplyReport report) {
        List<FieldViolation> violations = new ArrayList<>();
        for (SupplyReportField field : SupplyReportField.values()) {
            if (RequiredFields.isRequired(kind, field) && !field.isAnsweredIn(report)) {
                violations.add(required(kind, field));
            }
        }
        if (report.jmdnCode() != null && !JMDN_CODE.matcher(report.jmdnCode()).matches()) {
            violations.add(new FieldViolation(SupplyReportField.JMDN_CODE.fieldName(),
                    "JMDNコードは8桁の数字です(入力値: " + report.jmdnCode() + ")。",
                    "The JMDN code has eight digits (entered: " + report.jmdnCode() + ")."));
        }
        if (report.startDate() != null && report.expectedRecoveryOrEndDate() != null
                && report.expectedRecoveryOrEndDate().isBefore(report.startDate())) {
            violations.add(new FieldViolation(SupplyReportField.EXPECTED_RECOVERY_OR_END_DATE.fieldName(),
                    "回復見込み日・供給終了日が発生日(" + report.startDate() + ")より前です。",
                    "The expected recovery or end date is before the start date (" + report.startDate() + ")."));
        }
        if (report.cause() != null && !report.cause().isComplete()) {
            violations.add(new FieldViolation(SupplyReportField.CAUSE.fieldName(),
                    "原因が「その他」の場合は内容を記入してください。",
                    "Describe the cause when it is \"other\"."));
        }
        if (kind.belongsToTermination() && report.disruptionKind() != null
                && report.disruptionKind() != DisruptionKind.TERMINATION) {
            violations.add(new FieldViolation(SupplyReportField.DISRUPTION_KIND.fieldName(),
                    kind.labelJa() + "は供給終了についての報告です(選択: " + report.disruptionKind().labelJa() + ")。",
                    "A " + lower(kind.labelEn()) + " is about a supply termination (chosen: "
                            + lower(report.disruptionKind().labelEn()) + ")."));
        }
        return List.copyOf(violations);
    }

    /** Refuses the report with all its violations, or returns quietly. */
    public static void requireValid(ReportKind kind, SupplyReport report) {
        List<FieldViolation> violations = validate(kind, report);
        if (!violations.isEmpty()) {
            throw new ReportRejectedException(kind, violations);
        }
    }

    private static FieldViolation required(ReportKind kind, SupplyReportField field) {
        return new FieldViolation(field.fieldName(),
                "「" + field.labelJa() + "」は" + kind.labelJa() + "(" + kind.formNameJa() + ")の必須項目です。",
                field.labelEn() + " is required in the " + lower(kind.labelEn()) + " (" + kind.formNameEn() + ").");
    }

    private static String lower(String label) {
        return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
