package jp.go.mhlw.kpi.it;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.OverseasBase;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.JointResearchInput;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.model.submission.TrainingCourseInput;

/**
 * The figures a yearly cycle must publish, computed here from the bodies' raw rows with the committee's definitions
 * (docs/domain.md §5), independently of the application's computation: counts and sums, shares of the right
 * population, averages, and the comparisons with the previous cycle's published values. Keyed like the published
 * CSV: {@code kpi/breakdown/unit}.
 */
final class ExpectedFigures {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, BigDecimal> figures = new TreeMap<>();
    private final Map<String, BigDecimal> previous;

    private ExpectedFigures(Map<String, BigDecimal> previous) {
        this.previous = previous;
    }

    /**
     * @param hubs      the approved hub reports (a hub closed as missing is not among them)
     * @param themes    AMED's approved theme list
     * @param survey    the approved member survey's rows
     * @param ministries the figures the ministries' approved reports typed
     * @param reference the cycle's survey reference date
     * @param previous  the previous cycle's published values by {@code kpi/breakdown/unit}
     */
    static Map<String, BigDecimal> of(List<HubReportContent> hubs, List<AmedTheme> themes, List<SurveyResponse> survey,
                                      Map<ProgressFigure, BigDecimal> ministries, LocalDate reference,
                                      Map<String, BigDecimal> previous) {
        ExpectedFigures expected = new ExpectedFigures(previous);
        expected.ministries(ministries);
        expected.training(hubs);
        expected.ventures(survey);
        expected.hubs(hubs);
        expected.themes("G6-ADOPTED-THEMES", "G6-AVERAGE-GRANT", "G6-STAGE-UP-RATIO", "G6-LAUNCH-RATIO", themes);
        LocalDate yearBefore = reference.minusYears(1);
        expected.themes("G6-MATURE-THEMES", "G6-MATURE-AVERAGE-GRANT", "G6-MATURE-STAGE-UP-RATIO",
                "G6-MATURE-LAUNCH-RATIO", themes.stream().filter(t -> !t.adoptedOn().isAfter(yearBefore)).toList());
        expected.international(survey, reference, yearBefore);
        return expected.figures;
    }

    // ① participants and courses per category: a course counts in every category it serves
    private void training(List<HubReportContent> hubs) {
        for (TrainingCategory category : TrainingCategory.values()) {
            List<TrainingCourseInput> courses = hubs.stream().flatMap(hub -> hub.courses().stream())
                    .filter(course -> course.categories().contains(category)).toList();
            if (courses.isEmpty()) {
                continue;
            }
            long participants = courses.stream().mapToLong(TrainingCourseInput::participants).sum();
            long hubsWithCourse = hubs.stream()
                    .filter(hub -> hub.courses().stream().anyMatch(c -> c.categories().contains(category))).count();
            String key = category.name();
            put("G1-TRAINING-PARTICIPANTS", key, "COUNT", BigDecimal.valueOf(participants));
            put("G1-TRAINING-COURSES", key, "COUNT", BigDecimal.valueOf(courses.size()));
            put("G1-TRAINING-HUBS", key, "COUNT", BigDecimal.valueOf(hubsWithCourse));
            put("G1-PARTICIPANTS-PER-COURSE", key, "AVERAGE", divide(participants, courses.size()));
            previous("G1-TRAINING-PARTICIPANTS", key, "COUNT").filter(last -> last.signum() > 0).ifPresent(last ->
                    put("G1-TRAINING-PARTICIPANTS", key, "TIMES", BigDecimal.valueOf(participants).divide(last, PRECISION)));
        }
    }

    // ② ventures among domestic-capital respondents; other-industry entrants among those that are not ventures
    private void ventures(List<SurveyResponse> survey) {
        long domestic = count(survey, SurveyResponse::domesticCapital);
        if (domestic == 0) {
            return;
        }
        long ventures = count(survey, r -> r.domesticCapital() && r.venture());
        shareWithChange("G2-VENTURE-SHARE", "TOTAL", ventures, domestic);
        if (domestic > ventures) {
            shareWithChange("G2-OTHER-INDUSTRY-SHARE", "TOTAL",
                    count(survey, r -> r.domesticCapital() && r.otherIndustryEntrant()), domestic - ventures);
        }
    }

    // ③ joint research per stage and its average amount, cooperation, international infrastructure, platforms
    private void hubs(List<HubReportContent> hubs) {
        if (hubs.isEmpty()) {
            return;
        }
        long allCases = 0;
        for (Stage stage : HubReportContent.RESEARCH_STAGES) {
            long cases = 0;
            long amount = 0;
            for (HubReportContent hub : hubs) {
                JointResearchInput entry = hub.jointResearch().get(stage);
                if (entry != null && entry.cases() != null) {
                    cases += entry.cases();
                    amount += entry.cases() * (entry.averageAmountThousandYen() == null ? 0 : entry.averageAmountThousandYen());
                }
            }
            put("G3-JOINT-RESEARCH", stage.name(), "COUNT", BigDecimal.valueOf(cases));
            if (cases > 0) {
                put("G3-JOINT-RESEARCH-AVERAGE-AMOUNT", stage.name(), "THOUSAND_YEN", divide(amount, cases));
            }
            allCases += cases;
        }
        put("G3-JOINT-RESEARCH", "TOTAL", "COUNT", BigDecimal.valueOf(allCases));
        long cooperation = hubs.stream().mapToLong(HubReportContent::cooperationWithOtherHubs).sum();
        long cooperating = hubs.stream().filter(hub -> hub.cooperationWithOtherHubs() > 0).count();
        put("G3-HUB-COOPERATION", "TOTAL", "COUNT", BigDecimal.valueOf(cooperation));
        if (cooperating > 0) {
            put("G3-HUB-COOPERATION-PER-HUB", "TOTAL", "AVERAGE", divide(cooperation, cooperating));
        }
        put("G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE", "TOTAL", "COUNT",
                BigDecimal.valueOf(hubs.stream().mapToLong(HubReportContent::internationalTrialInfrastructure).sum()));
        for (Platform platform : Platform.values()) {
            shareWithChange("G3-PLATFORM-MEMBERSHIP", platform.name(),
                    hubs.stream().filter(hub -> hub.platforms().contains(platform)).count(), hubs.size());
        }
    }

    // ⑥ per focus area and per stage at adoption: themes, average grant, stage-up and launch ratios
    private void themes(String count, String grant, String stageUp, String launch, List<AmedTheme> themes) {
        if (themes.isEmpty()) {
            return;
        }
        themeGroup("TOTAL", themes, count, grant, stageUp, launch);
        for (FocusArea area : FocusArea.values()) {
            themeGroup(area.name(), themes.stream().filter(t -> t.focusArea() == area).toList(), count, grant, stageUp, launch);
        }
        for (Stage stage : Stage.values()) {
            themeGroup(stage.name(), themes.stream().filter(t -> t.stageAtAdoption() == stage).toList(), count, grant,
                    stageUp, launch);
        }
    }

    private void themeGroup(String key, List<AmedTheme> group, String count, String grant, String stageUp, String launch) {
        if (group.isEmpty()) {
            return;
        }
        put(count, key, "COUNT", BigDecimal.valueOf(group.size()));
        put(grant, key, "THOUSAND_YEN", divide(group.stream().mapToLong(AmedTheme::singleYearGrantThousandYen).sum(),
                group.size()));
        put(stageUp, key, "PERCENT", percent(count(group, t -> t.currentStage().compareTo(t.stageAtAdoption()) > 0),
                group.size()));
        put(launch, key, "PERCENT", percent(count(group, t -> t.currentStage() == Stage.LAUNCHED), group.size()));
    }

    // ⑦ overseas activities and bases: among the domestic-capital respondents that answered for the snapshot
    private void international(List<SurveyResponse> survey, LocalDate now, LocalDate yearBefore) {
        for (OverseasActivity activity : OverseasActivity.values()) {
            snapshotShare("G7-INTERNATIONAL-ACTIVITY-SHARE", activity.name(), survey, now, yearBefore,
                    (row, date) -> row.answeredActivitiesAt(date), (row, date) -> row.hasActivityAt(date, activity));
        }
        for (OverseasBase base : OverseasBase.values()) {
            snapshotShare("G7-OVERSEAS-BASE-SHARE", base.name(), survey, now, yearBefore,
                    (row, date) -> row.answeredBasesAt(date), (row, date) -> row.hasBaseAt(date, base));
        }
    }

    private void snapshotShare(String kpi, String key, List<SurveyResponse> survey, LocalDate now, LocalDate yearBefore,
                               java.util.function.BiPredicate<SurveyResponse, LocalDate> answered,
                               java.util.function.BiPredicate<SurveyResponse, LocalDate> has) {
        long answeredNow = count(survey, r -> r.domesticCapital() && answered.test(r, now));
        if (answeredNow == 0) {
            return;
        }
        BigDecimal current = percent(count(survey, r -> r.domesticCapital() && has.test(r, now)), answeredNow);
        put(kpi, key, "PERCENT", current);
        long answeredBefore = count(survey, r -> r.domesticCapital() && answered.test(r, yearBefore));
        if (answeredBefore > 0) {
            BigDecimal before = percent(count(survey, r -> r.domesticCapital() && has.test(r, yearBefore)), answeredBefore);
            put(kpi, key, "PERCENTAGE_POINTS", current.subtract(before));
        }
    }

    // ⑧⑨⑩ the ministries' typed figures as they are: lags in years, counts with their ratio to last year's
    private void ministries(Map<ProgressFigure, BigDecimal> typed) {
        Map<ProgressFigure, String> kpis = Map.of(ProgressFigure.DEVICE_LAG, "G8-DEVICE-LAG",
                ProgressFigure.DEVELOPMENT_LAG, "G8-DEVELOPMENT-LAG", ProgressFigure.REVIEW_LAG, "G8-REVIEW-LAG",
                ProgressFigure.NEW_DEVICE_APPROVALS, "G8-NEW-DEVICE-APPROVALS",
                ProgressFigure.SAMD_CONSULTATIONS, "G8-SAMD-CONSULTATIONS",
                ProgressFigure.IDATEN_CONFIRMATIONS, "G8-IDATEN-CONFIRMATIONS",
                ProgressFigure.HIGHLY_NOVEL_LISTINGS, "G9-NOVEL-ITEM-LISTINGS",
                ProgressFigure.REFERENCE_COUNTRIES, "G10-REFERENCE-COUNTRIES");
        kpis.forEach((figure, kpi) -> {
            BigDecimal value = typed.get(figure);
            if (value == null) {
                return;
            }
            if (kpi.endsWith("-LAG")) {
                put(kpi, "TOTAL", "AVERAGE", value);
                return;
            }
            put(kpi, "TOTAL", "COUNT", value);
            previous(kpi, "TOTAL", "COUNT").filter(last -> last.signum() > 0)
                    .ifPresent(last -> put(kpi, "TOTAL", "TIMES", value.divide(last, PRECISION)));
        });
    }

    // ---- arithmetic

    private void shareWithChange(String kpi, String key, long part, long whole) {
        BigDecimal share = percent(part, whole);
        put(kpi, key, "PERCENT", share);
        previous(kpi, key, "PERCENT").ifPresent(last -> put(kpi, key, "PERCENTAGE_POINTS", share.subtract(last)));
    }

    private Optional<BigDecimal> previous(String kpi, String key, String unit) {
        return Optional.ofNullable(previous.get(kpi + "/" + key + "/" + unit));
    }

    private void put(String kpi, String key, String unit, BigDecimal value) {
        if (figures.put(kpi + "/" + key + "/" + unit, value) != null) {
            throw new IllegalStateException("computed twice: " + kpi + "/" + key + "/" + unit);
        }
    }

    private static BigDecimal divide(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), PRECISION);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), PRECISION);
    }

    private static <T> long count(Collection<T> rows, Predicate<T> predicate) {
        return rows.stream().filter(predicate).count();
    }

    /** Keys of the families this class computes: all but the goals reported as narratives only. */
    static final Function<String, Boolean> COMPUTED_FAMILY = key -> key.startsWith("G1-") || key.startsWith("G2-")
            || key.startsWith("G3-") || key.startsWith("G6-") || key.startsWith("G7-") || key.startsWith("G8-")
            || key.startsWith("G9-") || key.startsWith("G10-");
}
