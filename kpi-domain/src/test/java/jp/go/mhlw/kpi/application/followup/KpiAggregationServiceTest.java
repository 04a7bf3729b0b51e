package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.Instance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions.Approved;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.HubReport;
import jp.go.mhlw.kpi.domain.computation.JointResearchEntry;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.R5ThemeFixture;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.SurveyFixture;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.computation.TargetRule;
import jp.go.mhlw.kpi.domain.computation.TrainingCourse;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The aggregation over the real repositories and catalogue (H2, migrated), fed by a fake source of approved
 * submissions built from the fixtures that reproduce the committee's R4 and R5 tables (docs/domain.md §5).
 */
class KpiAggregationServiceTest extends JpaTestSupport {

    private static final String PLAN = "PLAN-2";
    private static final long[] R4_PRINTED_PARTICIPANTS = {594, 734, 629, 366, 414, 262};
    private static final long[] R5_PARTICIPANTS = {770, 653, 724, 208, 428, 29};
    private static final int[] R5_COURSES = {13, 17, 12, 10, 6, 2};

    private final KpiAggregationService service = new KpiAggregationService();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final FakeSubmissions submissions = new FakeSubmissions();
    private FollowUpCycle r4;
    private FollowUpCycle r5;

    @BeforeEach
    void wire() {
        service.submissions = instance(submissions);
        service.cycles = cycles();
        service.plans = basicPlans();
        service.kpiValues = kpiValues();
        service.targets = kpiTargets();
        service.auditTrail = audit;
        service.clock = Clock.fixed(Instant.parse("2024-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
        r4 = cycles().find(PLAN, JapaneseFiscalYear.of(2022)).orElseThrow();
        r5 = cycles().find(PLAN, JapaneseFiscalYear.of(2023)).orElseThrow();
    }

    @Test
    void aCycleWithoutASurveyReferenceDateIsNotAggregatedRatherThanLeftWithoutItsThemeFigures() {
        FollowUpCycle r6 = cycles().store(FollowUpCycle.forFiscalYear(basicPlans().findByCode(PLAN).orElseThrow(),
                JapaneseFiscalYear.of(2024)));
        flushAndClear();

        assertThatThrownBy(() -> service.aggregate(r6.getId())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no survey reference date");
        assertThat(kpiValues().findByCycle(r6)).isEmpty();
    }

    @Test
    void r5FiguresAgainstComputedR4ComeOutAsPublished() {
        submitR4();
        service.aggregate(r4.getId());
        submitR5();
        service.aggregate(r5.getId());
        flushAndClear();

        // ① participants R5 vs R4 normalised ×1/2: 1.3, 0.9, 1.2, 0.6, 1.0 (category 6 is not printed)
        assertThat(display("G1-TRAINING-PARTICIPANTS", "HEALTHCARE_PROFESSIONALS", FigureUnit.TIMES)).isEqualTo("1.3倍");
        assertThat(display("G1-TRAINING-PARTICIPANTS", "INDUSTRY", FigureUnit.TIMES)).isEqualTo("0.9倍");
        assertThat(display("G1-TRAINING-PARTICIPANTS", "ACADEMIA", FigureUnit.TIMES)).isEqualTo("1.2倍");
        assertThat(display("G1-TRAINING-PARTICIPANTS", "COORDINATORS", FigureUnit.TIMES)).isEqualTo("0.6倍");
        assertThat(display("G1-TRAINING-PARTICIPANTS", "AI", FigureUnit.TIMES)).isEqualTo("1.0倍");
        KpiValue ratio = value(r5, "G1-TRAINING-PARTICIPANTS", "HEALTHCARE_PROFESSIONALS", FigureUnit.TIMES);
        assertThat(ratio.getFormula()).isEqualTo("R5 770 ÷ (R4 1188 × 1/2)");
        assertThat(ratio.normalisation()).hasValueSatisfying(n -> assertThat(n).contains("R4 (2021-04-01〜2023-03-06) ×1/2"));
        // R4 stored yearly: 1,188 reported over two years is 594
        KpiValue r4Participants = value(r4, "G1-TRAINING-PARTICIPANTS", "HEALTHCARE_PROFESSIONALS", FigureUnit.COUNT);
        assertThat(r4Participants.getValue()).isEqualByComparingTo("594");
        assertThat(r4Participants.normalisation()).contains("R4 (2021-04-01〜2023-03-06) ×1/2");
        // courses and participants per course as printed (59, 37, 60, 21, 71, 15); category 2 is 653 / 17 = 38.4,
        // the print's 37 is the known discrepancy
        assertThat(display("G1-TRAINING-COURSES", "INDUSTRY", FigureUnit.COUNT)).isEqualTo("17");
        assertThat(wholePerCourse()).containsExactly(59L, 38L, 60L, 21L, 71L, 15L);
        assertThat(display("G1-PARTICIPANTS-PER-COURSE", "INDUSTRY", FigureUnit.AVERAGE)).isEqualTo("38.4");

        // ② shares of domestic-capital respondents and the change in points
        assertThat(display("G2-VENTURE-SHARE", KpiBreakdown.TOTAL, FigureUnit.PERCENT)).isEqualTo("13.3%");
        assertThat(display("G2-VENTURE-SHARE", KpiBreakdown.TOTAL, FigureUnit.PERCENTAGE_POINTS)).isEqualTo("+5.8 pt");
        assertThat(display("G2-OTHER-INDUSTRY-SHARE", KpiBreakdown.TOTAL, FigureUnit.PERCENT)).isEqualTo("5.4%");
        assertThat(display("G2-OTHER-INDUSTRY-SHARE", KpiBreakdown.TOTAL, FigureUnit.PERCENTAGE_POINTS)).isEqualTo("+1.9 pt");
        assertThat(value(r5, "G2-OTHER-INDUSTRY-SHARE", KpiBreakdown.TOTAL, FigureUnit.PERCENT).getDenominator())
                .isEqualByComparingTo("111");

        // ③ joint research by stage (R4 halved), cooperation per reporting hub, platforms, infrastructure
        assertThat(List.of("BASIC", "PRODUCT_DEVELOPMENT", "NON_CLINICAL", "CLINICAL"))
                .extracting(stage -> display("G3-JOINT-RESEARCH", stage, FigureUnit.COUNT))
                .containsExactly("44", "18", "84", "41");
        assertThat(List.of("BASIC", "PRODUCT_DEVELOPMENT", "NON_CLINICAL", "CLINICAL"))
                .extracting(stage -> value(r4, "G3-JOINT-RESEARCH", stage, FigureUnit.COUNT).getDisplayValue())
                .containsExactly("37", "13", "76", "25");
        assertThat(display("G3-HUB-COOPERATION", KpiBreakdown.TOTAL, FigureUnit.COUNT)).isEqualTo("70");
        assertThat(display("G3-HUB-COOPERATION-PER-HUB", KpiBreakdown.TOTAL, FigureUnit.AVERAGE)).isEqualTo("4.4");
        assertThat(value(r4, "G3-HUB-COOPERATION", KpiBreakdown.TOTAL, FigureUnit.COUNT).getDisplayValue()).isEqualTo("52");
        assertThat(value(r4, "G3-HUB-COOPERATION-PER-HUB", KpiBreakdown.TOTAL, FigureUnit.AVERAGE).getDisplayValue())
                .isEqualTo("5.2");
        assertThat(display("G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE", KpiBreakdown.TOTAL, FigureUnit.COUNT)).isEqualTo("0");
        assertThat(display("G3-PLATFORM-MEMBERSHIP", "AI_DATA_USE", FigureUnit.PERCENT)).isEqualTo("35.0%");
        assertThat(display("G3-PLATFORM-MEMBERSHIP", "REGULATORY_SCIENCE", FigureUnit.PERCENT)).isEqualTo("30.0%");
        assertThat(display("G3-PLATFORM-MEMBERSHIP", "AI_DATA_USE", FigureUnit.PERCENTAGE_POINTS)).isEqualTo("+6.4 pt");
        assertThat(value(r4, "G3-PLATFORM-MEMBERSHIP", "AI_DATA_USE", FigureUnit.PERCENT).getDenominator())
                .isEqualByComparingTo("21");

        // ⑥ focus areas: the consistent values where the print is wrong (24.7% not 27.4%, 55.0% not 55.5%, 65 themes)
        assertThat(display("G6-ADOPTED-THEMES", KpiBreakdown.TOTAL, FigureUnit.COUNT)).isEqualTo("186");
        assertThat(display("G6-STAGE-UP-RATIO", KpiBreakdown.TOTAL, FigureUnit.PERCENT)).isEqualTo("24.7%");
        assertThat(display("G6-LAUNCH-RATIO", KpiBreakdown.TOTAL, FigureUnit.PERCENT)).isEqualTo("2.7%");
        assertThat(display("G6-STAGE-UP-RATIO", "FA3", FigureUnit.PERCENT)).isEqualTo("55.0%");
        assertThat(display("G6-ADOPTED-THEMES", "PRODUCT_DEVELOPMENT", FigureUnit.COUNT)).isEqualTo("65");
        assertThat(display("G6-STAGE-UP-RATIO", "PRODUCT_DEVELOPMENT", FigureUnit.PERCENT)).isEqualTo("36.9%");
        assertThat(display("G6-LAUNCH-RATIO", "CLINICAL", FigureUnit.PERCENT)).isEqualTo("7.3%");
        assertThat(List.of("FA1", "FA2", "FA3", "FA4", "FA5", "NONE_OR_MULTIPLE"))
                .extracting(area -> display("G6-AVERAGE-GRANT", area, FigureUnit.THOUSAND_YEN))
                .containsExactly("30,385千円", "89,918千円", "120,253千円", "52,268千円", "43,429千円", "36,613千円");
        // mature: adopted at least a year before the survey reference date (2024-01-01)
        assertThat(display("G6-MATURE-THEMES", KpiBreakdown.TOTAL, FigureUnit.COUNT)).isEqualTo("133");
        assertThat(display("G6-MATURE-STAGE-UP-RATIO", KpiBreakdown.TOTAL, FigureUnit.PERCENT)).isEqualTo("33.1%");
        assertThat(display("G6-MATURE-LAUNCH-RATIO", KpiBreakdown.TOTAL, FigureUnit.PERCENT)).isEqualTo("3.8%");
        assertThat(display("G6-MATURE-STAGE-UP-RATIO", "FA4", FigureUnit.PERCENT)).isEqualTo("26.3%");
        assertThat(display("G6-MATURE-AVERAGE-GRANT", "FA2", FigureUnit.THOUSAND_YEN)).isEqualTo("98,831千円");

        // ⑧⑩ the review division's typed figures, in their units, with R5 against R4 where both are counts
        assertThat(display("G8-DEVICE-LAG", KpiBreakdown.TOTAL, FigureUnit.AVERAGE)).isEqualTo("2.0");
        assertThat(display("G8-REVIEW-LAG", KpiBreakdown.TOTAL, FigureUnit.AVERAGE)).isEqualTo("0.0");
        assertThat(display("G8-NEW-DEVICE-APPROVALS", KpiBreakdown.TOTAL, FigureUnit.COUNT)).isEqualTo("19");
        assertThat(display("G8-SAMD-CONSULTATIONS", KpiBreakdown.TOTAL, FigureUnit.COUNT)).isEqualTo("216");
        assertThat(display("G8-IDATEN-CONFIRMATIONS", KpiBreakdown.TOTAL, FigureUnit.COUNT)).isEqualTo("7");
        assertThat(display("G8-IDATEN-CONFIRMATIONS", KpiBreakdown.TOTAL, FigureUnit.TIMES)).isEqualTo("2.3倍");
        assertThat(display("G10-REFERENCE-COUNTRIES", KpiBreakdown.TOTAL, FigureUnit.COUNT)).isEqualTo("10");
        assertThat(value(r5, "G8-DEVICE-LAG", KpiBreakdown.TOTAL, FigureUnit.AVERAGE).getInputs())
                .containsExactly(SubmissionReference.of(SubmissionKind.MINISTRY_PROGRESS_REPORT, 551));
        // ⑨ the insurance division's report is not approved: no value at all, not 0, and the audit says why
        assertThat(kpiValues().findByCycle(cycles().find(r5.getId()).orElseThrow()))
                .extracting(v -> v.getKpi().getCode()).doesNotContain("G9-NOVEL-ITEM-LISTINGS");
        assertThat(audit.entries.get(1).after()).contains("\"ministryFiguresMissing\":\"G9-NOVEL-ITEM-LISTINGS\"");
        assertThat(audit.entries.get(1).summary()).endsWith("; ministry figures missing: G9-NOVEL-ITEM-LISTINGS");

        // lineage: every value names the submissions it was computed from
        assertThat(value(r5, "G6-STAGE-UP-RATIO", KpiBreakdown.TOTAL, FigureUnit.PERCENT).getInputs())
                .containsExactly(SubmissionReference.of(SubmissionKind.AMED_THEME_REPORT, 501));
        KpiValue cooperation = value(r5, "G3-HUB-COOPERATION", KpiBreakdown.TOTAL, FigureUnit.COUNT);
        assertThat(cooperation.getInputs()).hasSize(20)
                .allMatch(ref -> ref.getKind() == SubmissionKind.HUB_REPORT);
        assertThat(audit.actions()).containsExactly("kpi.aggregated", "kpi.aggregated");
    }

    @Test
    void targetsOnTheMinistriesKpisAreJudgedAndAMissingFigureIsNoDataRatherThanNotMet() {
        OffsetDateTime recorded = OffsetDateTime.parse("2024-03-01T10:00:00+09:00");
        kpiTargets().store(KpiTarget.propose(r4, basicPlans().findKpi(PLAN, "G8-IDATEN-CONFIRMATIONS").orElseThrow(),
                KpiBreakdown.TOTAL, FigureUnit.COUNT, new TargetRule.AtLeastMultipleOfPrevious(new BigDecimal("2")),
                JapaneseFiscalYear.of(2023), JapaneseFiscalYear.of(2023), "IDATENの確認件数を前年度の2倍以上", "test",
                "secretariat.sato", recorded));
        kpiTargets().store(KpiTarget.propose(r4, basicPlans().findKpi(PLAN, "G9-NOVEL-ITEM-LISTINGS").orElseThrow(),
                KpiBreakdown.TOTAL, FigureUnit.COUNT, new TargetRule.HigherThanPrevious(), JapaneseFiscalYear.of(2023),
                JapaneseFiscalYear.of(2023), "新規性の高い品目の収載件数の増加", "test", "secretariat.sato", recorded));
        submissions.ministries.add(ministryReport(451, 8, ProgressFigure.IDATEN_CONFIRMATIONS, "3"));
        service.aggregate(r4.getId());
        submissions.ministries.set(0, ministryReport(551, 8, ProgressFigure.IDATEN_CONFIRMATIONS, "7"));
        service.aggregate(r5.getId());
        flushAndClear();

        // 7 ≥ 2 × 3; the listings have no R5 value (the insurance division never reported), so no judgement
        assertThat(audit.entries.get(1).summary()).contains("targets met 1, not met 0, no data 1");
        assertThat(audit.entries.get(1).after()).contains("\"targetsMet\":1");
    }

    @Test
    void comparesWithPrintedR4HistoryWhenR4WasNeverComputed() {
        publishedFigures().findByCycle(r4).forEach(figure -> kpiValues().store(
                figure.toKpiValue(OffsetDateTime.parse("2024-02-01T10:00:00+09:00"))));
        submitR5();

        service.aggregate(r5.getId());
        flushAndClear();

        assertThat(display("G1-TRAINING-PARTICIPANTS", "HEALTHCARE_PROFESSIONALS", FigureUnit.TIMES)).isEqualTo("1.3倍");
        assertThat(display("G1-TRAINING-PARTICIPANTS", "COORDINATORS", FigureUnit.TIMES)).isEqualTo("0.6倍");
        assertThat(display("G2-VENTURE-SHARE", KpiBreakdown.TOTAL, FigureUnit.PERCENTAGE_POINTS)).isEqualTo("+5.8 pt");
        assertThat(display("G2-OTHER-INDUSTRY-SHARE", KpiBreakdown.TOTAL, FigureUnit.PERCENTAGE_POINTS)).isEqualTo("+1.9 pt");
    }

    @Test
    void recomputationReplacesTheCyclesValuesAndKeepsAdoptedOnesWithoutAComputedValue() {
        // a printed R5 figure the submissions below cannot support (device lag comes from a ministry report)
        PublishedFigure printedOnly = publishedFigures().findByCycle(r5).stream()
                .filter(f -> f.getKpi().getCode().equals("G2-VENTURE-SHARE") && f.getUnit() == FigureUnit.PERCENT)
                .findFirst().orElseThrow();
        kpiValues().store(printedOnly.toKpiValue(OffsetDateTime.parse("2024-02-01T10:00:00+09:00")));
        submitR5();
        service.aggregate(r5.getId());
        flushAndClear();
        int first = kpiValues().findByCycle(r5).size();
        assertThat(PublishedFigure.isAdoptedFromPublished(
                value(r5, "G2-VENTURE-SHARE", KpiBreakdown.TOTAL, FigureUnit.PERCENT))).isFalse();

        // the survey submission is withdrawn and the hubs' corrected: survey figures go, hub figures change
        submissions.survey.clear();
        submissions.hubs.set(0, new Approved<>(SubmissionReference.of(SubmissionKind.HUB_REPORT, 900), "HUB-0",
                new HubReport("hub 0", jointResearch(new int[] {44, 18, 84, 41}), 15, 1, Set.of(Platform.AI_DATA_USE))));
        service.aggregate(r5.getId());
        flushAndClear();

        assertThat(kpiValues().findByCycle(r5)).extracting(v -> v.getKpi().getCode())
                .doesNotContain("G2-VENTURE-SHARE", "G2-OTHER-INDUSTRY-SHARE");
        assertThat(kpiValues().findByCycle(r5).size()).isEqualTo(first - 2);
        assertThat(display("G3-HUB-COOPERATION", KpiBreakdown.TOTAL, FigureUnit.COUNT)).isEqualTo("80");
        assertThat(display("G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE", KpiBreakdown.TOTAL, FigureUnit.COUNT)).isEqualTo("1");
        assertThat(value(r5, "G3-HUB-COOPERATION", KpiBreakdown.TOTAL, FigureUnit.COUNT).getInputs())
                .contains(SubmissionReference.of(SubmissionKind.HUB_REPORT, 900));
        assertThat(audit.entries).hasSize(2);
        assertThat(audit.entries.get(1).summary()).contains("removed");
        assertThat(audit.entries.get(1).after()).contains("\"removed\":2");
    }

    @Test
    void internationalSharesAtTheSurveySnapshotWithTheChangeSinceAYearBefore() {
        LocalDate now = LocalDate.of(2024, 1, 1);
        LocalDate before = LocalDate.of(2023, 1, 1);
        List<SurveyResponse> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Set<OverseasActivity> exportsNow = i < 4 ? Set.of(OverseasActivity.EXPORT) : Set.of();
            Set<OverseasActivity> exportsBefore = i < 3 ? Set.of(OverseasActivity.EXPORT) : Set.of();
            rows.add(new SurveyResponse("company " + i, true, false, false,
                    Map.of(now, exportsNow, before, exportsBefore), Map.of()));
        }
        submissions.survey.add(new Approved<>(SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 77), "JFMDA-SURVEY", rows));

        service.aggregate(r5.getId());
        flushAndClear();

        assertThat(display("G7-INTERNATIONAL-ACTIVITY-SHARE", "EXPORT", FigureUnit.PERCENT)).isEqualTo("40.0%");
        assertThat(display("G7-INTERNATIONAL-ACTIVITY-SHARE", "EXPORT", FigureUnit.PERCENTAGE_POINTS)).isEqualTo("+10.0 pt");
        assertThat(kpiValues().findByCycle(r5)).extracting(v -> v.getKpi().getCode())
                .doesNotContain("G7-OVERSEAS-BASE-SHARE");
    }

    // ---- the submissions

    private void submitR4() {
        submissions.clear();
        List<TrainingCourse> courses = new ArrayList<>();
        for (int category = 1; category <= 6; category++) {
            // R4 reported two years: twice the halved figures the committee printed
            courses.add(new TrainingCourse("R4 course " + category, Set.of(category),
                    (int) (2 * R4_PRINTED_PARTICIPANTS[category - 1])));
        }
        submissions.training.add(new Approved<>(SubmissionReference.of(SubmissionKind.HUB_REPORT, 101), "HUB-1", courses));
        submissions.survey.add(new Approved<>(SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 401), "JFMDA-SURVEY",
                SurveyFixture.r4()));
        // the review division: 3 IDATEN change plans confirmed by the end of R4
        submissions.ministries.add(new Approved<>(SubmissionReference.of(SubmissionKind.MINISTRY_PROGRESS_REPORT, 451),
                "MHLW-KIKI", new MinistryProgressContent(List.of(new GoalProgress(8, "IDATENの活用が始まった。",
                        Map.of(ProgressFigure.IDATEN_CONFIRMATIONS, new BigDecimal("3")))))));
        // 21 hubs: platforms 6 / 8 / 6; 10 hubs with cooperation, 104 cases over two years (52 a year, 5.2 per hub)
        int[] jointRaw = {74, 26, 152, 50};
        for (int i = 0; i < 21; i++) {
            Set<Platform> platforms = new HashSet<>();
            if (i < 6) {
                platforms.add(Platform.AI_DATA_USE);
            }
            if (i >= 6 && i < 14) {
                platforms.add(Platform.REGULATORY_SCIENCE);
            }
            if (i >= 14 && i < 20) {
                platforms.add(Platform.PARTS_MATERIALS_AND_MANUFACTURING);
            }
            Map<Stage, JointResearchEntry> joint = i == 0 ? jointResearch(jointRaw) : Map.of();
            int cooperation = i < 4 ? 11 : i < 10 ? 10 : 0;
            submissions.hubs.add(new Approved<>(SubmissionReference.of(SubmissionKind.HUB_REPORT, 200 + i), "HUB-" + i,
                    new HubReport("hub " + i, joint, cooperation, 0, platforms)));
        }
    }

    private void submitR5() {
        submissions.clear();
        for (int category = 1; category <= 6; category++) {
            List<TrainingCourse> courses = new ArrayList<>();
            int count = R5_COURSES[category - 1];
            long participants = R5_PARTICIPANTS[category - 1];
            for (int i = 0; i < count; i++) {
                int share = (int) (participants / count + (i < participants % count ? 1 : 0));
                courses.add(new TrainingCourse("course " + category + "-" + i, Set.of(category), share));
            }
            submissions.training.add(new Approved<>(SubmissionReference.of(SubmissionKind.HUB_REPORT, 300 + category),
                    "HUB-" + category, courses));
        }
        submissions.survey.add(new Approved<>(SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 402), "JFMDA-SURVEY",
                SurveyFixture.r5()));
        submissions.themes.add(new Approved<>(SubmissionReference.of(SubmissionKind.AMED_THEME_REPORT, 501), "AMED",
                R5ThemeFixture.themes()));
        // the review division's goal-8 and goal-10 figures as the material gives them; the insurance division's
        // report (goal 9) is not approved
        submissions.ministries.add(new Approved<>(SubmissionReference.of(SubmissionKind.MINISTRY_PROGRESS_REPORT, 551),
                "MHLW-KIKI", new MinistryProgressContent(List.of(
                        new GoalProgress(8, "デバイス・ラグは開発ラグのみとなった。", Map.of(
                                ProgressFigure.DEVICE_LAG, new BigDecimal("2.0"),
                                ProgressFigure.DEVELOPMENT_LAG, new BigDecimal("2.0"),
                                ProgressFigure.REVIEW_LAG, new BigDecimal("0"),
                                ProgressFigure.NEW_DEVICE_APPROVALS, new BigDecimal("19"),
                                ProgressFigure.NEW_DEVICE_APPROVALS_NEW, new BigDecimal("7"),
                                ProgressFigure.NEW_DEVICE_APPROVALS_PARTIAL_CHANGE, new BigDecimal("12"),
                                ProgressFigure.SAMD_CONSULTATIONS, new BigDecimal("216"),
                                ProgressFigure.IDATEN_CONFIRMATIONS, new BigDecimal("7"))),
                        new GoalProgress(10, "日本を参照国とする国・地域が増えた。",
                                Map.of(ProgressFigure.REFERENCE_COUNTRIES, new BigDecimal("10")))))));
        // 20 hubs: 7 AI, 6 regulatory science, 7 parts/materials; 16 cooperate, 70 cases; joint research 44/18/84/41
        for (int i = 0; i < 20; i++) {
            Set<Platform> platforms = new HashSet<>();
            if (i < 7) {
                platforms.add(Platform.AI_DATA_USE);
            }
            if (i >= 7 && i < 13) {
                platforms.add(Platform.REGULATORY_SCIENCE);
            }
            if (i >= 13) {
                platforms.add(Platform.PARTS_MATERIALS_AND_MANUFACTURING);
            }
            Map<Stage, JointResearchEntry> joint = i == 0 ? jointResearch(new int[] {44, 18, 84, 41}) : Map.of();
            int cooperation = i < 6 ? 5 : i < 16 ? 4 : 0;
            submissions.hubs.add(new Approved<>(SubmissionReference.of(SubmissionKind.HUB_REPORT, 600 + i), "HUB-" + i,
                    new HubReport("hub " + i, joint, cooperation, 0, platforms)));
        }
    }

    private static Approved<MinistryProgressContent> ministryReport(long versionId, int goal, ProgressFigure figure,
                                                                   String value) {
        return new Approved<>(SubmissionReference.of(SubmissionKind.MINISTRY_PROGRESS_REPORT, versionId), "MHLW-KIKI",
                new MinistryProgressContent(List.of(new GoalProgress(goal, "進捗した。",
                        Map.of(figure, new BigDecimal(value))))));
    }

    private static Map<Stage, JointResearchEntry> jointResearch(int[] cases) {
        Map<Stage, JointResearchEntry> joint = new EnumMap<>(Stage.class);
        Stage[] stages = {Stage.BASIC, Stage.PRODUCT_DEVELOPMENT, Stage.NON_CLINICAL, Stage.CLINICAL};
        for (int i = 0; i < stages.length; i++) {
            joint.put(stages[i], new JointResearchEntry(cases[i], 3_000));
        }
        return joint;
    }

    private List<Long> wholePerCourse() {
        return List.of("HEALTHCARE_PROFESSIONALS", "INDUSTRY", "ACADEMIA", "COORDINATORS", "AI", "OTHER").stream()
                .map(key -> value(r5, "G1-PARTICIPANTS-PER-COURSE", key, FigureUnit.AVERAGE).getValue()
                        .setScale(0, RoundingMode.HALF_UP).longValueExact())
                .toList();
    }

    private String display(String kpi, String breakdown, FigureUnit unit) {
        return value(r5, kpi, breakdown, unit).getDisplayValue();
    }

    private KpiValue value(FollowUpCycle cycle, String kpi, String breakdown, FigureUnit unit) {
        FollowUpCycle reloaded = cycles().find(cycle.getId()).orElseThrow();
        return kpiValues().find(reloaded, basicPlans().findKpi(PLAN, kpi).orElseThrow(), breakdown, unit)
                .orElseThrow(() -> new AssertionError("no value " + kpi + " " + breakdown + " " + unit));
    }

    /** Approved submissions as the submission side would hand them over. */
    static final class FakeSubmissions implements ApprovedSubmissions {
        final List<Approved<HubReport>> hubs = new ArrayList<>();
        final List<Approved<List<TrainingCourse>>> training = new ArrayList<>();
        final List<Approved<List<AmedTheme>>> themes = new ArrayList<>();
        final List<Approved<List<SurveyResponse>>> survey = new ArrayList<>();
        final List<Approved<MinistryProgressContent>> ministries = new ArrayList<>();

        void clear() {
            hubs.clear();
            training.clear();
            themes.clear();
            survey.clear();
            ministries.clear();
        }

        @Override
        public List<Approved<HubReport>> hubReports(long cycleId) {
            return List.copyOf(hubs);
        }

        @Override
        public List<Approved<List<TrainingCourse>>> trainingCourses(long cycleId) {
            return List.copyOf(training);
        }

        @Override
        public List<Approved<List<AmedTheme>>> amedThemes(long cycleId) {
            return List.copyOf(themes);
        }

        @Override
        public List<Approved<List<SurveyResponse>>> surveyResponses(long cycleId) {
            return List.copyOf(survey);
        }

        @Override
        public List<Approved<MinistryProgressContent>> ministryProgress(long cycleId) {
            return List.copyOf(ministries);
        }
    }

    @SuppressWarnings("unchecked")
    static Instance<ApprovedSubmissions> instance(ApprovedSubmissions source) {
        return (Instance<ApprovedSubmissions>) java.lang.reflect.Proxy.newProxyInstance(
                KpiAggregationServiceTest.class.getClassLoader(), new Class<?>[] {Instance.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isResolvable" -> true;
                    case "get" -> source;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
