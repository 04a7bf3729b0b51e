package jp.go.mhlw.kpi.domain.model.supply;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Checks a report against what its kind requires and returns every problem at once, so the manufacturer
 * can correct the whole form in one go. Beyond {@link RequiredFields}: a JMDN code has eight digits, the end
 * date is not before the start date, a cause "other" is explained, and a simple report or 10-3 is about a
 * termination; and every value within its limits ({@link SupplyReportLimits}).
 */
public final class SupplyReportValidator {

    private static final Pattern JMDN_CODE = Pattern.compile("\\d{8}");

    private SupplyReportValidator() {
    }

    public static List<Problem> validate(ReportKind kind, SupplyReport report) {
        List<Problem> problems = new ArrayList<>();
        for (SupplyReportField field : RequiredFields.missingIn(kind, report)) {
            problems.add(Problem.at(field.fieldName(), "supply.problem.required", field, kind.inSentence(),
                    kind.formNumber()));
        }
        if (report.jmdnCode() != null && !JMDN_CODE.matcher(report.jmdnCode()).matches()) {
            problems.add(Problem.at(SupplyReportField.JMDN_CODE.fieldName(), "supply.problem.jmdnCode", report.jmdnCode()));
        }
        if (report.startDate() != null && report.expectedRecoveryOrEndDate() != null
                && report.expectedRecoveryOrEndDate().isBefore(report.startDate())) {
            problems.add(Problem.at(SupplyReportField.EXPECTED_RECOVERY_OR_END_DATE.fieldName(),
                    "supply.problem.endBeforeStart", report.startDate().toString()));
        }
        if (report.cause() != null && !report.cause().isComplete()) {
            problems.add(Problem.at(SupplyReportField.CAUSE.fieldName(), "supply.problem.otherCause"));
        }
        if (kind.belongsToTermination() && report.disruptionKind() != null
                && report.disruptionKind() != DisruptionKind.TERMINATION) {
            problems.add(Problem.at(SupplyReportField.DISRUPTION_KIND.fieldName(), "supply.problem.notATermination",
                    kind.inSentence(), report.disruptionKind().inSentence()));
        }
        problems.addAll(SupplyReportLimits.violations(report));
        return List.copyOf(problems);
    }

    /** Refuses the report with all its problems, or returns quietly. */
    public static void requireValid(ReportKind kind, SupplyReport report) {
        List<Problem> problems = validate(kind, report);
        if (!problems.isEmpty()) {
            throw new ReportRejectedException(kind, problems);
        }
    }
}
