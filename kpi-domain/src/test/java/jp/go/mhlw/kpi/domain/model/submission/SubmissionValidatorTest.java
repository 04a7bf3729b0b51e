package jp.go.mhlw.kpi.domain.model.submission;

import static jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures.R4;
import static jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures.R5;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    private final SubmissionValidator validator = new SubmissionValidator(ChangeThresholds.DEFAULT);

    private ValidationResult validate(SubmissionContent content) {
        return validator.validate(content, R5, Optional.empty());
    }

    private static List<String> fields(ValidationResult result) {
        return result.errors().stream().map(Problem::field).toList();
    }

    @Test
    void completeSubmissionsOfEveryTemplatePass() {
        for (SubmissionContent content : List.of(SubmissionFixtures.hubReport(), SubmissionFixtures.themes(),
                SubmissionFixtures.survey(), SubmissionFixtures.ministryReport())) {
            ValidationResult result = validate(content);
            assertThat(result.errors()).as(content.kind().name()).isEmpty();
            assertThat(result.warnings()).isEmpty();
        }
    }

    @Test
    void anEmptyHubReportNamesEveryMissingRequiredCount() {
        ValidationResult result = validate(HubReportContent.empty());
        assertThat(fields(result)).containsExactly("jointResearch.BASIC.cases", "jointResearch.PRODUCT_DEVELOPMENT.cases",
                "jointResearch.NON_CLINICAL.cases", "jointResearch.CLINICAL.cases", "cooperationWithOtherHubs",
                "internationalTrialInfrastructure");
        assertThat(result.errors().get(0).messageJa()).isEqualTo("共同研究（基礎研究）の件数を入力してください（0件の場合は0）。");
    }

    @Test
    void negativeCountsAndAnAverageWithoutCasesAreRefusedAtTheirField() {
        HubReportContent hub = new HubReportContent(Map.of(
                Stage.BASIC, new JointResearchInput(-1, null),
                Stage.PRODUCT_DEVELOPMENT, new JointResearchInput(3, null),
                Stage.NON_CLINICAL, new JointResearchInput(0, 500L),
                Stage.CLINICAL, new JointResearchInput(2, -5L)), 1, -2, Set.of(), List.of());
        ValidationResult result = validate(hub);
        assertThat(fields(result)).containsExactly("jointResearch.BASIC.cases",
                "jointResearch.PRODUCT_DEVELOPMENT.averageAmount", "jointResearch.NON_CLINICAL.averageAmount",
                "jointResearch.CLINICAL.averageAmount", "internationalTrialInfrastructure");
        assertThat(result.errors().get(0).messageEn()).isEqualTo("Joint research (1st 基礎研究) cases cannot be negative.");
    }

    @Test
    void aCoursesParticipantsByCategoryMustAddUpToItsTotal() {
        TrainingCourseInput course = new TrainingCourseInput("開発人材セミナー",
                Set.of(TrainingCategory.HEALTHCARE_PROFESSIONALS, TrainingCategory.INDUSTRY), 59,
                Map.of(TrainingCategory.HEALTHCARE_PROFESSIONALS, 30, TrainingCategory.INDUSTRY, 20), null);
        ValidationResult result = validate(withCourses(course));
        assertThat(result.errors()).extracting(Problem::field, Problem::messageEn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("courses[0].participantsByCategory",
                        "The participants of course 1 by category add up to 50, not to its total of 59."));
    }

    @Test
    void participantsCannotBeGivenForACategoryTheCourseDoesNotServe() {
        TrainingCourseInput course = new TrainingCourseInput("開発人材セミナー", Set.of(TrainingCategory.INDUSTRY), 10,
                Map.of(TrainingCategory.INDUSTRY, 5, TrainingCategory.AI, 5), null);
        assertThat(fields(validate(withCourses(course)))).containsExactly("courses[0].participantsByCategory.5");
    }

    @Test
    void aCourseNeedsANameACategoryAndParticipants() {
        ValidationResult result = validate(withCourses(TrainingCourseInput.blank()));
        assertThat(fields(result)).containsExactly("courses[0].name", "courses[0].categories", "courses[0].participants");
    }

    @Test
    void surveyAnswersCannotExceedTheRespondentsNorTheRespondentsTheParticipants() {
        Map<SurveyQuestion, List<Integer>> answers = new HashMap<>();
        answers.put(SurveyQuestion.SATISFACTION, List.of(10, 10, 10, 10, 11));
        TrainingCourseInput course = new TrainingCourseInput("講座", Set.of(TrainingCategory.AI), 40, Map.of(),
                new ParticipantSurvey(50, answers));
        assertThat(fields(validate(withCourses(course))))
                .containsExactly("courses[0].survey.respondents", "courses[0].survey.SATISFACTION");
    }

    @Test
    void aThemeCannotBeAdoptedAtLaunchAndOneSentBackBeforeItsAdoptionStageNeedsAJustification() {
        AmedThemeContent amed = new AmedThemeContent(List.of(
                SubmissionFixtures.theme("逆行課題", Stage.NON_CLINICAL, Stage.BASIC),
                SubmissionFixtures.theme("上市採択", Stage.LAUNCHED, Stage.LAUNCHED)));
        ValidationResult result = validate(amed);
        assertThat(fields(result)).containsExactly("themes[1].stageAtAdoption");
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.field()).isEqualTo("themes[0].currentStage");
            assertThat(warning.messageJa()).startsWith("課題1の現在のステージ（1st 基礎研究）が採択時ステージ（3rd 非臨床）より前です。")
                    .contains("理由を記入してください");
        });
        assertThat(result.unjustified(Map.of(result.warnings().get(0).key(), "治験中止により基礎研究に戻った"))).isEmpty();
    }

    @Test
    void aThemeListNeedsThemesAndEachThemeItsValues() {
        assertThat(fields(validate(new AmedThemeContent(List.of())))).containsExactly("themes");
        ThemeRecord blank = new ThemeRecord(null, null, null, null, null, -1L, null);
        assertThat(fields(validate(new AmedThemeContent(List.of(blank))))).containsExactly("themes[0].programme",
                "themes[0].title", "themes[0].focusArea", "themes[0].stageAtAdoption", "themes[0].currentStage",
                "themes[0].grant", "themes[0].adoptedOn");
    }

    @Test
    void aSurveyRowCannotBeBothVentureAndOtherIndustryEntrant() {
        MemberSurveyContent survey = SubmissionFixtures.survey();
        SurveyRow both = new SurveyRow("両方株式会社", true, true, true, Set.of(), Map.of(), Map.of());
        MemberSurveyContent withBoth = new MemberSurveyContent(survey.previousSnapshot(), survey.currentSnapshot(),
                List.of(both));
        assertThat(fields(validate(withBoth))).containsExactly("rows[0].otherIndustryEntrant");
    }

    @Test
    void deviceLagMustBeDevelopmentLagPlusReviewLag() {
        MinistryProgressContent report = new MinistryProgressContent(List.of(new GoalProgress(8, "説明", Map.of(
                ProgressFigure.DEVICE_LAG, new BigDecimal("2.5"),
                ProgressFigure.DEVELOPMENT_LAG, new BigDecimal("2.0"),
                ProgressFigure.REVIEW_LAG, BigDecimal.ZERO,
                ProgressFigure.SAMD_CONSULTATIONS, new BigDecimal("2.5")))));
        ValidationResult result = validate(report);
        assertThat(fields(result)).containsExactlyInAnyOrder("goals.8.DEVICE_LAG", "goals.8.SAMD_CONSULTATIONS");
        assertThat(result.errors()).extracting(Problem::messageEn)
                .contains("Device lag (2.5) is not Development lag plus Review lag (2.0).");
    }

    @Test
    void aMinistryReportNeedsANarrativeForEachGoalItReports() {
        assertThat(fields(validate(new MinistryProgressContent(List.of())))).containsExactly("goals");
        MinistryProgressContent figuresOnly = new MinistryProgressContent(List.of(new GoalProgress(10, " ",
                Map.of(ProgressFigure.REFERENCE_COUNTRIES, BigDecimal.TEN))));
        assertThat(fields(validate(figuresOnly))).containsExactly("goals.10.narrative");
    }

    @Test
    void aValueOverThreeTimesLastYearsNormalisedValueNeedsAJustification() {
        // R4 covered two years (factor 1/2): 30 cases there are 15 a year; 46 this year is over 3 × 15, 45 is not
        LastYear r4 = new LastYear(R4, SubmissionFixtures.hubReport(30, 140));
        ValidationResult over = validator.validate(SubmissionFixtures.hubReport(46, 70), R5, Optional.of(r4));
        assertThat(over.errors()).isEmpty();
        assertThat(over.warnings()).extracting(ValidationWarning::key, ValidationWarning::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("change:jointResearch.BASIC",
                        "jointResearch.BASIC.cases"));
        assertThat(over.warnings().get(0).messageEn())
                .isEqualTo("Joint research cases (1st 基礎研究) changed from 15 last year (R4) to 46 (per year)."
                        + " Please give the reason.");
        assertThat(validator.validate(SubmissionFixtures.hubReport(45, 70), R5, Optional.of(r4)).warnings()).isEmpty();
    }

    @Test
    void aValueUnderAThirdOfLastYearsNormalisedValueNeedsAJustification() {
        // cooperation 140 in R4 is 70 a year: 23 is under a third of it, 24 is not
        LastYear r4 = new LastYear(R4, SubmissionFixtures.hubReport(88, 140));
        assertThat(validator.validate(SubmissionFixtures.hubReport(44, 23), R5, Optional.of(r4)).warnings())
                .extracting(ValidationWarning::key).containsExactly("change:cooperationWithOtherHubs");
        assertThat(validator.validate(SubmissionFixtures.hubReport(44, 24), R5, Optional.of(r4)).warnings()).isEmpty();
    }

    @Test
    void thresholdsComeFromOnePlace() {
        SubmissionValidator strict = new SubmissionValidator(new ChangeThresholds(new BigDecimal("1.5"),
                new BigDecimal("1.5")));
        LastYear r4 = new LastYear(R5, SubmissionFixtures.hubReport(44, 70));
        assertThat(strict.validate(SubmissionFixtures.hubReport(67, 70), R5, Optional.of(r4)).warnings())
                .extracting(ValidationWarning::key).contains("change:jointResearch.BASIC");
    }

    @Test
    void aThemeWhoseStageWentBackwardsAgainstLastYearNeedsAJustification() {
        LastYear r4 = new LastYear(R4, new AmedThemeContent(List.of(
                SubmissionFixtures.theme("早期診断デバイス", Stage.BASIC, Stage.CLINICAL))));
        ValidationResult result = validator.validate(SubmissionFixtures.themes(), R5, Optional.of(r4));
        assertThat(result.warnings()).extracting(ValidationWarning::field).containsExactly("themes[0].currentStage");
        assertThat(result.unjustified(Map.of(result.warnings().get(0).key(), "臨床研究を中断し非臨床に戻った")))
                .isEmpty();
        assertThat(result.unjustified(Map.of(result.warnings().get(0).key(), "  "))).hasSize(1);
    }

    @Test
    void noComparisonIsMadeWhileThereAreErrors() {
        LastYear r4 = new LastYear(R4, SubmissionFixtures.hubReport(1, 1));
        HubReportContent broken = new HubReportContent(SubmissionFixtures.hubReport(100, 100).jointResearch(), null,
                0, Set.of(), List.of());
        ValidationResult result = validator.validate(broken, R5, Optional.of(r4));
        assertThat(result.errors()).isNotEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    private static HubReportContent withCourses(TrainingCourseInput... courses) {
        HubReportContent base = SubmissionFixtures.hubReport();
        return new HubReportContent(base.jointResearch(), base.cooperationWithOtherHubs(),
                base.internationalTrialInfrastructure(), base.platforms(), List.of(courses));
    }
}
