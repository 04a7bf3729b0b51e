package jp.go.mhlw.kpi.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.model.submission.ChangeThresholds;
import jp.go.mhlw.kpi.domain.model.submission.SampleHubReport;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionValidator;
import jp.go.mhlw.kpi.domain.model.submission.ValidationResult;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.RequiredFields;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportValidator;
import org.junit.jupiter.api.Test;

/** What the demo's users send passes the rules their screens apply, so the living year is made to its end. */
class LivingYearContentTest {

    private static final PeriodNormalisation FY2024 = PeriodNormalisation.yearly("R6", LocalDate.of(2024, 4, 1),
            LocalDate.of(2025, 3, 31));

    @Test
    void theHubsAndTheDivisionSendReportsWithoutErrors() {
        assertThat(errorsIn(SampleHubReport.of(6, 2))).isEmpty();
        assertThat(errorsIn(SampleHubReport.of(3, 1))).isEmpty();
        assertThat(errorsIn(LivingYear.divisionReport())).isEmpty();
    }

    @Test
    void theMakersReportsHaveEveryFieldTheirKindRequires() {
        for (DisruptionKind kind : DisruptionKind.values()) {
            SupplyReport first = LivingYear.firstReport("デモ製品", kind);
            assertThat(SupplyReportValidator.validate(ReportKind.FIRST, first)).isEmpty();
            assertThat(RequiredFields.missingIn(ReportKind.FIRST, first)).isEmpty();
        }
        SupplyReport additional = LivingYear.completeReport("デモ製品", DisruptionKind.SHORTAGE,
                CauseCategory.RAW_MATERIAL, "樹脂の供給停止");
        assertThat(SupplyReportValidator.validate(ReportKind.ADDITIONAL, additional)).isEmpty();
        assertThat(RequiredFields.missingIn(ReportKind.ADDITIONAL, additional)).isEmpty();
    }

    private static List<?> errorsIn(SubmissionContent content) {
        ValidationResult result = new SubmissionValidator(ChangeThresholds.DEFAULT).validate(content, FY2024, Optional.empty());
        return result.errors();
    }
}
