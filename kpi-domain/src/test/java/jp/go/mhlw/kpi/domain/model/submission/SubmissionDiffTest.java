package jp.go.mhlw.kpi.domain.model.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

/** Two submissions of one template compared field by field, for each of the four templates. */
class SubmissionDiffTest {

    @Test
    void theSameContentHasNoChangeAndEveryFieldIsListed() {
        SubmissionDiff diff = SubmissionDiff.between(SubmissionFixtures.hubReport(), SubmissionFixtures.hubReport());

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.fields()).extracting(FieldChange::kind).containsOnly(FieldChangeKind.UNCHANGED);
        assertThat(diff.field("cooperationWithOtherHubs").orElseThrow().after().label(Texts.JAPANESE)).isEqualTo("70");
    }

    @Test
    void aHubReportsChangedCountsPlatformsAndCoursesAreNamed() {
        HubReportContent before = SubmissionFixtures.hubReport(44, 70);
        HubReportContent after = new HubReportContent(before.jointResearch(), 52, 0,
                Set.of(Platform.AI_DATA_USE),
                List.of(SubmissionFixtures.course("医療機器開発人材セミナー", 61, TrainingCategory.HEALTHCARE_PROFESSIONALS,
                                TrainingCategory.INDUSTRY),
                        new TrainingCourseInput("薬事入門", Set.of(TrainingCategory.OTHER), 12, Map.of(), null)));

        SubmissionDiff diff = SubmissionDiff.between(before, after);

        assertThat(diff.changes()).extracting(FieldChange::key, FieldChange::kind).containsExactly(
                tuple("cooperationWithOtherHubs", FieldChangeKind.CHANGED),
                tuple("platforms", FieldChangeKind.CHANGED),
                tuple("course.医療機器開発人材セミナー.participants", FieldChangeKind.CHANGED),
                tuple("course.薬事入門", FieldChangeKind.ADDED),
                tuple("course.薬事入門.categories", FieldChangeKind.ADDED),
                tuple("course.薬事入門.participants", FieldChangeKind.ADDED),
                tuple("course.AI医療機器講座", FieldChangeKind.REMOVED),
                tuple("course.AI医療機器講座.categories", FieldChangeKind.REMOVED),
                tuple("course.AI医療機器講座.participants", FieldChangeKind.REMOVED));
        FieldChange cooperation = diff.field("cooperationWithOtherHubs").orElseThrow();
        assertThat(cooperation.before().label(Texts.ENGLISH)).isEqualTo("70");
        assertThat(cooperation.after().label(Texts.ENGLISH)).isEqualTo("52");
        assertThat(cooperation.field()).as("where the form and the warnings place it").isEqualTo("cooperationWithOtherHubs");
        assertThat(cooperation.label().label(Texts.ENGLISH)).isEqualTo("Cooperation with other hubs");
        FieldChange platforms = diff.field("platforms").orElseThrow();
        assertThat(platforms.before().label(Texts.ENGLISH)).contains("Data platform for AI-based device R&D, ")
                .contains("Regulatory science platform");
        assertThat(platforms.after().label(Texts.ENGLISH)).isEqualTo("Data platform for AI-based device R&D");
        FieldChange removed = diff.field("course.AI医療機器講座.participants").orElseThrow();
        assertThat(removed.before().label(Texts.JAPANESE)).isEqualTo("71");
        assertThat(removed.after()).isNull();
        assertThat(removed.label().label(Texts.JAPANESE)).isEqualTo("研修「AI医療機器講座」の受入実績");
        assertThat(diff.field("jointResearch.BASIC.cases").orElseThrow().field()).isEqualTo("jointResearch.BASIC.cases");
    }

    @Test
    void aCourseMovedInTheListIsNotAChange() {
        HubReportContent before = SubmissionFixtures.hubReport();
        HubReportContent after = new HubReportContent(before.jointResearch(), before.cooperationWithOtherHubs(),
                before.internationalTrialInfrastructure(), before.platforms(),
                List.of(before.courses().get(1), before.courses().get(0)));

        assertThat(SubmissionDiff.between(before, after).hasChanges()).isFalse();
    }

    @Test
    void anAmedThemeIsMatchedByProgrammeAndTitle() {
        AmedThemeContent before = SubmissionFixtures.themes();
        ThemeRecord moved = SubmissionFixtures.theme("早期診断デバイス", Stage.BASIC, Stage.CLINICAL);
        ThemeRecord refocused = new ThemeRecord("厚労・医療機器開発推進研究事業", "手術支援ロボット", FocusArea.FA5,
                Stage.CLINICAL, Stage.LAUNCHED, 60_000L, LocalDate.of(2022, 6, 1));
        AmedThemeContent after = new AmedThemeContent(List.of(refocused, moved));

        SubmissionDiff diff = SubmissionDiff.between(before, after);

        assertThat(diff.changes()).extracting(FieldChange::label).extracting(label -> label.label(Texts.JAPANESE))
                .containsExactly("課題「手術支援ロボット」の重点分野", "課題「手術支援ロボット」の単年度予算額（千円）",
                        "課題「早期診断デバイス」の現在のステージ");
        FieldChange stage = diff.changes().get(2);
        assertThat(stage.before().label(Texts.JAPANESE)).isEqualTo("3rd 非臨床");
        assertThat(stage.after().label(Texts.JAPANESE)).isEqualTo("4th 臨床");
        assertThat(stage.field()).as("the theme's place in the later list").isEqualTo("themes[1].currentStage");
        assertThat(diff.changes().get(0).after().label(Texts.ENGLISH)).isEqualTo("Focus area 5");
    }

    @Test
    void aSurveyResponseIsMatchedByCompanyAndItsAnswersBySnapshotDate() {
        MemberSurveyContent before = SubmissionFixtures.survey();
        SurveyRow a = before.rows().get(0);
        LocalDate current = before.currentSnapshot();
        SurveyRow nowAnEntrant = new SurveyRow(a.company(), a.domesticCapital(), false, true, a.licencesHeld(),
                Map.of(before.previousSnapshot(), Set.of(),
                        current, Set.of(OverseasActivity.EXPORT, OverseasActivity.REGULATORY_FILING)),
                a.basesBySnapshot());
        MemberSurveyContent after = new MemberSurveyContent(before.previousSnapshot(), current,
                List.of(nowAnEntrant, before.rows().get(1)));

        SubmissionDiff diff = SubmissionDiff.between(before, after);

        assertThat(diff.changes()).extracting(FieldChange::key).containsExactly(
                "response.デモ医療機器A.venture", "response.デモ医療機器A.otherIndustryEntrant",
                "response.デモ医療機器A.activities.2024-01-01",
                "response.外資メディカル", "response.外資メディカル.domesticCapital", "response.外資メディカル.venture",
                "response.外資メディカル.otherIndustryEntrant", "response.外資メディカル.licences");
        FieldChange venture = diff.changes().get(0);
        assertThat(venture.before().label(Texts.JAPANESE)).isEqualTo("はい");
        assertThat(venture.after().label(Texts.ENGLISH)).isEqualTo("no");
        assertThat(diff.changes().get(2).label().label(Texts.ENGLISH))
                .isEqualTo("Response \"デモ医療機器A\": overseas activities on 2024-01-01");
        assertThat(diff.changes().subList(3, 8)).extracting(FieldChange::kind).containsOnly(FieldChangeKind.REMOVED);
        assertThat(diff.field("response.外資メディカル.licences").orElseThrow().before().label(Texts.JAPANESE))
                .as("nothing held is still an answer").isEqualTo("なし");
    }

    @Test
    void aMinistryReportsFiguresAndNarrativeByGoal() {
        MinistryProgressContent before = SubmissionFixtures.ministryReport();
        GoalProgress goal8 = before.goal(8).orElseThrow();
        Map<ProgressFigure, BigDecimal> figures = new java.util.EnumMap<>(goal8.figures());
        figures.put(ProgressFigure.DEVICE_LAG, new BigDecimal("1.5"));
        figures.put(ProgressFigure.DEVELOPMENT_LAG, new BigDecimal("1.5"));
        figures.put(ProgressFigure.IDATEN_CONFIRMATIONS, new BigDecimal(7));
        figures.put(ProgressFigure.REVIEW_LAG, new BigDecimal("0.0"));
        MinistryProgressContent after = new MinistryProgressContent(List.of(
                new GoalProgress(8, goal8.narrative(), figures),
                new GoalProgress(10, "参照国は10か国。", Map.of(ProgressFigure.REFERENCE_COUNTRIES, new BigDecimal(10)))));

        SubmissionDiff diff = SubmissionDiff.between(before, after);

        assertThat(diff.changes()).extracting(FieldChange::key, FieldChange::kind).containsExactly(
                tuple("goal.8.DEVICE_LAG", FieldChangeKind.CHANGED),
                tuple("goal.8.DEVELOPMENT_LAG", FieldChangeKind.CHANGED),
                tuple("goal.8.IDATEN_CONFIRMATIONS", FieldChangeKind.ADDED),
                tuple("goal.10.narrative", FieldChangeKind.ADDED),
                tuple("goal.10.REFERENCE_COUNTRIES", FieldChangeKind.ADDED));
        FieldChange lag = diff.changes().get(0);
        assertThat(lag.before().label(Texts.JAPANESE)).isEqualTo("2 年");
        assertThat(lag.after().label(Texts.JAPANESE)).isEqualTo("1.5 年");
        assertThat(lag.field()).isEqualTo("goals.8.DEVICE_LAG");
        assertThat(diff.field("goal.8.REVIEW_LAG").orElseThrow().kind())
                .as("0 and 0.0 are one value").isEqualTo(FieldChangeKind.UNCHANGED);
        assertThat(diff.field("goal.10.REFERENCE_COUNTRIES").orElseThrow().after().label(Texts.ENGLISH))
                .isEqualTo("10 countries");
    }

    @Test
    void twoTemplatesAreNotCompared() {
        assertThatThrownBy(() -> SubmissionDiff.between(SubmissionFixtures.themes(), SubmissionFixtures.survey()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyChangeKindReadsInBothLanguages() {
        for (FieldChangeKind kind : FieldChangeKind.values()) {
            assertThat(Texts.has(kind.bundleKey())).as(kind.name()).isTrue();
        }
        assertThat(FieldChangeKind.CHANGED.label(Texts.ENGLISH)).isEqualTo("changed");
        assertThat(FieldChangeKind.CHANGED.label(Texts.JAPANESE)).isEqualTo("変更あり");
    }
}
