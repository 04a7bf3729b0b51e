package jp.go.mhlw.kpi.domain.model.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.OverseasBase;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;

/** Complete, valid submissions of each template. */
public final class SubmissionFixtures {

    public static final PeriodNormalisation R4 = new PeriodNormalisation("R4", LocalDate.of(2021, 4, 1),
            LocalDate.of(2023, 3, 6), 1, 2);
    public static final PeriodNormalisation R5 = PeriodNormalisation.yearly("R5", LocalDate.of(2023, 4, 1),
            LocalDate.of(2024, 3, 31));

    private SubmissionFixtures() {
    }

    public static HubReportContent hubReport() {
        return hubReport(44, 70);
    }

    public static HubReportContent hubReport(int basicCases, int cooperation) {
        return new HubReportContent(Map.of(
                Stage.BASIC, new JointResearchInput(basicCases, 1_200L),
                Stage.PRODUCT_DEVELOPMENT, new JointResearchInput(18, 3_000L),
                Stage.NON_CLINICAL, new JointResearchInput(0, null),
                Stage.CLINICAL, new JointResearchInput(41, 8_500L)),
                cooperation, 0, Set.of(Platform.AI_DATA_USE, Platform.REGULATORY_SCIENCE),
                List.of(course("医療機器開発人材セミナー", 59, TrainingCategory.HEALTHCARE_PROFESSIONALS, TrainingCategory.INDUSTRY),
                        new TrainingCourseInput("AI医療機器講座", Set.of(TrainingCategory.AI), 71, Map.of(), null)));
    }

    public static TrainingCourseInput course(String name, int participants, TrainingCategory... categories) {
        ParticipantSurvey survey = new ParticipantSurvey(50, Map.of(
                SurveyQuestion.SATISFACTION, List.of(20, 20, 5, 3, 2),
                SurveyQuestion.MOTIVATION, List.of(40, 10, 0)));
        return new TrainingCourseInput(name, Set.of(categories), participants, Map.of(), survey);
    }

    public static ThemeRecord theme(String title, Stage atAdoption, Stage current) {
        return new ThemeRecord("厚労・医療機器開発推進研究事業", title, FocusArea.FA2, atAdoption, current, 50_000L,
                LocalDate.of(2022, 6, 1));
    }

    public static AmedThemeContent themes() {
        return new AmedThemeContent(List.of(theme("早期診断デバイス", Stage.BASIC, Stage.NON_CLINICAL),
                theme("手術支援ロボット", Stage.CLINICAL, Stage.LAUNCHED)));
    }

    public static MemberSurveyContent survey() {
        LocalDate previous = LocalDate.of(2023, 1, 1);
        LocalDate current = LocalDate.of(2024, 1, 1);
        return new MemberSurveyContent(previous, current, List.of(
                new SurveyRow("デモ医療機器A", true, true, false, Set.of(DeviceLicence.APPROVAL),
                        Map.of(previous, Set.of(), current, Set.of(OverseasActivity.EXPORT)),
                        Map.of(current, Set.of(OverseasBase.PRODUCTION))),
                new SurveyRow("デモ医療機器B", true, false, true, Set.of(DeviceLicence.NOTIFICATION), Map.of(), Map.of()),
                new SurveyRow("外資メディカル", false, false, false, Set.of(), Map.of(), Map.of())));
    }

    public static MinistryProgressContent ministryReport() {
        return new MinistryProgressContent(List.of(new GoalProgress(8, "デバイス・ラグは解消に向かっている。", Map.of(
                ProgressFigure.DEVICE_LAG, new BigDecimal("2.0"),
                ProgressFigure.DEVELOPMENT_LAG, new BigDecimal("2.0"),
                ProgressFigure.REVIEW_LAG, BigDecimal.ZERO,
                ProgressFigure.NEW_DEVICE_APPROVALS, new BigDecimal(19),
                ProgressFigure.NEW_DEVICE_APPROVALS_NEW, new BigDecimal(7),
                ProgressFigure.NEW_DEVICE_APPROVALS_PARTIAL_CHANGE, new BigDecimal(12),
                ProgressFigure.SAMD_CONSULTATIONS, new BigDecimal(216)))));
    }
}
