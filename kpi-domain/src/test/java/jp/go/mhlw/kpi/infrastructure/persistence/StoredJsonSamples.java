package jp.go.mhlw.kpi.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.JointResearchInput;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ParticipantSurvey;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.model.submission.SurveyQuestion;
import jp.go.mhlw.kpi.domain.model.submission.TrainingCourseInput;
import jp.go.mhlw.kpi.domain.model.submission.ValidationWarning;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;

/**
 * Values whose stored JSON the layout tests pin: besides the usual fixtures, texts that need escaping, numbers in
 * every form a {@link BigDecimal} takes, blank counts and members left out.
 */
final class StoredJsonSamples {

    /** Quotes, a backslash, a slash, line breaks, a tab, a control character, kana and a character beyond the BMP. */
    static final String AWKWARD_TEXT = "講座 \"A\" \\ a/b\r\n\t改行\u0001 𠮷";

    private StoredJsonSamples() {
    }

    /** A hub report with a course counted by category and a survey with blank counts. */
    static HubReportContent awkwardHubReport() {
        Map<SurveyQuestion, List<Integer>> answers = new LinkedHashMap<>();
        answers.put(SurveyQuestion.SATISFACTION, Arrays.asList(1, null, 0, 2_000_000_000, null));
        return new HubReportContent(Map.of(Stage.BASIC, new JointResearchInput(3, 9_007_199_254_740_993L),
                Stage.CLINICAL, new JointResearchInput(null, 0L)),
                null, 7, Set.of(), List.of(new TrainingCourseInput(AWKWARD_TEXT,
                        Set.of(TrainingCategory.INDUSTRY, TrainingCategory.AI, TrainingCategory.HEALTHCARE_PROFESSIONALS),
                        12, Map.of(TrainingCategory.AI, 5, TrainingCategory.INDUSTRY, 7),
                        new ParticipantSurvey(10, answers))));
    }

    /**
     * Figures as a ministry may enter them: trailing zeros, a negative, a tiny fraction, a huge whole number and
     * {@code approvals}, which the layout tests give as {@code 1E+3} (stored plain, as 1000) and as read back.
     */
    static MinistryProgressContent awkwardMinistryReport(BigDecimal approvals) {
        Map<ProgressFigure, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(ProgressFigure.DEVICE_LAG, new BigDecimal("-0.50"));
        figures.put(ProgressFigure.DEVELOPMENT_LAG, new BigDecimal("0.00000012"));
        figures.put(ProgressFigure.REVIEW_LAG, new BigDecimal("0E-10"));
        figures.put(ProgressFigure.NEW_DEVICE_APPROVALS, approvals);
        figures.put(ProgressFigure.SAMD_CONSULTATIONS, new BigDecimal("123456789012345678901234567890"));
        return new MinistryProgressContent(List.of(new GoalProgress(8, AWKWARD_TEXT, figures),
                new GoalProgress(9, null, Map.of())));
    }

    static List<ValidationWarning> warnings() {
        return List.of(ValidationWarning.asSubmitted("jointResearch.BASIC.cases", "jointResearch.BASIC.cases",
                        "前年度の3倍を超えています（44件、前年度10件）", "More than 3 times last year's (44, last year 10)"),
                ValidationWarning.asSubmitted("themes[0].currentStage", "", AWKWARD_TEXT, "a \"quoted\" reason"));
    }

    static Map<String, String> justifications() {
        Map<String, String> justifications = new LinkedHashMap<>();
        justifications.put("jointResearch.BASIC.cases", "新規の共同研究契約が増えたため");
        justifications.put("themes[0].currentStage", AWKWARD_TEXT);
        return justifications;
    }

    /**
     * A report with texts to escape and decimals in unusual forms (limits are checked on filing, not here); the
     * layout tests give {@code stockMonths} as {@code 1E+1} (stored plain, as 10) and as read back.
     */
    static SupplyReport awkwardSupplyReport(BigDecimal stockMonths) {
        return SupplyCaseFixtures.complete(DisruptionKind.SHORTAGE)
                .productName(AWKWARD_TEXT)
                .stockMonths(stockMonths)
                .marketSharePercent(new BigDecimal("0.0000005"))
                .stockOnHand(0L)
                .monthlyDemand(Long.MAX_VALUE)
                .startDate(LocalDate.of(2026, 12, 31))
                .alternatives(List.of())
                .noAlternativeAvailable(true)
                .build();
    }
}
