package jp.go.mhlw.kpi.domain.model.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.HubReport;
import jp.go.mhlw.kpi.domain.computation.JointResearchEntry;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.OverseasBase;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.computation.TrainingCourse;
import jp.go.mhlw.kpi.domain.computation.TrainingStatistics;
import org.junit.jupiter.api.Test;

/** The typed submissions convert to exactly the values the computations take. */
class SubmissionConversionTest {

    @Test
    void aHubReportBecomesTheHubStatisticsReport() {
        HubReport report = SubmissionFixtures.hubReport().toHubReport("広島大学");
        assertThat(report).isEqualTo(new HubReport("広島大学", Map.of(
                Stage.BASIC, new JointResearchEntry(44, 1_200),
                Stage.PRODUCT_DEVELOPMENT, new JointResearchEntry(18, 3_000),
                Stage.NON_CLINICAL, new JointResearchEntry(0, 0),
                Stage.CLINICAL, new JointResearchEntry(41, 8_500)),
                70, 0, Set.of(Platform.AI_DATA_USE, Platform.REGULATORY_SCIENCE)));
    }

    @Test
    void trainingCoursesKeepEveryCategoryTheyServe() {
        List<TrainingCourse> courses = SubmissionFixtures.hubReport().toTrainingCourses();
        assertThat(courses).containsExactly(new TrainingCourse("医療機器開発人材セミナー", Set.of(1, 2), 59),
                new TrainingCourse("AI医療機器講座", Set.of(5), 71));
        assertThat(TrainingStatistics.tallyByCategory(courses).get(2).participants()).isEqualTo(59);
    }

    @Test
    void themeRecordsRoundTripWithTheImportedThemes() {
        AmedTheme imported = new AmedTheme("経産・医工連携イノベーション推進事業", "在宅モニタリング", FocusArea.NONE_OR_MULTIPLE,
                Stage.PRODUCT_DEVELOPMENT, Stage.LAUNCHED, 88_000, LocalDate.of(2023, 5, 10));
        AmedThemeContent content = AmedThemeContent.of(List.of(imported));
        assertThat(content.toAmedThemes()).containsExactly(imported);
    }

    @Test
    void surveyRowsBecomeSurveyResponsesWithBothSnapshots() {
        MemberSurveyContent survey = SubmissionFixtures.survey();
        List<SurveyResponse> responses = survey.toSurveyResponses();
        assertThat(responses).hasSize(3);
        SurveyResponse first = responses.get(0);
        assertThat(first.venture()).isTrue();
        assertThat(first.answeredActivitiesAt(survey.previousSnapshot())).isTrue();
        assertThat(first.hasActivityAt(survey.currentSnapshot(), OverseasActivity.EXPORT)).isTrue();
        assertThat(first.answeredBasesAt(survey.previousSnapshot())).isFalse();
        assertThat(first.hasBaseAt(survey.currentSnapshot(), OverseasBase.PRODUCTION)).isTrue();
        assertThat(MemberSurveyContent.of(survey.previousSnapshot(), survey.currentSnapshot(), responses)
                .toSurveyResponses()).isEqualTo(responses);
    }
}
