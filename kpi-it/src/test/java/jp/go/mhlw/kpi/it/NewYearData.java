package jp.go.mhlw.kpi.it;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
 * A fiscal year's raw data as the bodies send it, drawn from a seeded source: different from the years the
 * platform was built from, and the same again for the same seed, so that a failing run can be replayed.
 */
final class NewYearData {

    private final Random random;
    private final LocalDate surveyReferenceDate;

    NewYearData(long seed, LocalDate surveyReferenceDate) {
        this.random = new Random(seed);
        this.surveyReferenceDate = surveyReferenceDate;
    }

    /** A hub's report: joint research at some stages, cooperation, platforms, and up to five courses. */
    HubReportContent hubReport(int maxCourses, boolean singleCategoryCourses) {
        Map<Stage, JointResearchInput> joint = new EnumMap<>(Stage.class);
        for (Stage stage : HubReportContent.RESEARCH_STAGES) {
            int cases = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(12);
            joint.put(stage, new JointResearchInput(cases, cases == 0 ? null : 500L + random.nextInt(9_500)));
        }
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        for (Platform platform : Platform.values()) {
            if (random.nextInt(3) == 0) {
                platforms.add(platform);
            }
        }
        List<TrainingCourseInput> courses = new ArrayList<>();
        int count = random.nextInt(maxCourses + 1);
        for (int i = 0; i < count; i++) {
            Set<TrainingCategory> categories = EnumSet.of(TrainingCategory.of(1 + random.nextInt(6)));
            if (!singleCategoryCourses && random.nextBoolean()) {
                categories.add(TrainingCategory.of(1 + random.nextInt(6)));
            }
            courses.add(new TrainingCourseInput("研修" + (i + 1), categories, 1 + random.nextInt(120), Map.of(), null));
        }
        int cooperation = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(8);
        return new HubReportContent(joint, cooperation, random.nextInt(3), platforms, courses);
    }

    /**
     * AMED's theme list: every focus area and stage, grants up to 200 million yen, adoption dates over five years,
     * and themes adopted exactly one year before the survey reference date (mature) and a day later (not yet).
     */
    List<AmedTheme> themes() {
        List<AmedTheme> themes = new ArrayList<>();
        int count = 150 + random.nextInt(80);
        LocalDate earliest = surveyReferenceDate.minusYears(5);
        int days = (int) (surveyReferenceDate.toEpochDay() - earliest.toEpochDay());
        for (int i = 0; i < count; i++) {
            FocusArea area = FocusArea.values()[random.nextInt(FocusArea.values().length)];
            Stage adopted = Stage.values()[random.nextInt(4)];
            // most themes stay where they were adopted; some move on, a few reach the market
            Stage current = random.nextInt(3) == 0
                    ? Stage.values()[adopted.ordinal() + 1 + random.nextInt(Stage.values().length - adopted.ordinal() - 1)]
                    : adopted;
            LocalDate adoptedOn = switch (i % 40) {
                case 0 -> surveyReferenceDate.minusYears(1);
                case 1 -> surveyReferenceDate.minusYears(1).plusDays(1);
                default -> earliest.plusDays(random.nextInt(days));
            };
            themes.add(new AmedTheme("事業" + (1 + random.nextInt(16)), "課題" + (i + 1), area, adopted, current,
                    1_000 + random.nextInt(199_000), adoptedOn));
        }
        return themes;
    }

    /**
     * The member survey: about four in five respondents domestic, some ventures and other-industry entrants
     * (never both), and their overseas activities and bases at the two snapshot dates (not everyone answers both).
     */
    List<SurveyResponse> survey(LocalDate previousSnapshot, LocalDate currentSnapshot) {
        List<SurveyResponse> rows = new ArrayList<>();
        int count = 120 + random.nextInt(60);
        for (int i = 0; i < count; i++) {
            boolean domestic = random.nextInt(5) != 0;
            int kind = random.nextInt(100);
            boolean venture = kind < 14;
            boolean otherIndustry = !venture && kind < 21;
            Map<LocalDate, Set<OverseasActivity>> activities = new HashMap<>();
            Map<LocalDate, Set<OverseasBase>> bases = new HashMap<>();
            for (LocalDate snapshot : List.of(previousSnapshot, currentSnapshot)) {
                if (random.nextInt(10) != 0) {
                    activities.put(snapshot, pick(OverseasActivity.class));
                }
                if (random.nextInt(10) != 0) {
                    bases.put(snapshot, pick(OverseasBase.class));
                }
            }
            rows.add(new SurveyResponse("会員企業" + (i + 1), domestic, venture, otherIndustry, activities, bases));
        }
        return rows;
    }

    /**
     * The figures the ministries type: the review division's device lag (years, one decimal, the sum of its two
     * parts), approvals (new + partial change), SaMD consultations, IDATEN confirmations and reference countries; the
     * insurance division's listings of highly novel items.
     */
    Map<ProgressFigure, BigDecimal> ministryFigures() {
        Map<ProgressFigure, BigDecimal> figures = new EnumMap<>(ProgressFigure.class);
        BigDecimal development = BigDecimal.valueOf(random.nextInt(30), 1);
        BigDecimal review = BigDecimal.valueOf(random.nextInt(6), 1);
        figures.put(ProgressFigure.DEVELOPMENT_LAG, development);
        figures.put(ProgressFigure.REVIEW_LAG, review);
        figures.put(ProgressFigure.DEVICE_LAG, development.add(review));
        int fresh = 1 + random.nextInt(15);
        int partial = 1 + random.nextInt(20);
        figures.put(ProgressFigure.NEW_DEVICE_APPROVALS_NEW, BigDecimal.valueOf(fresh));
        figures.put(ProgressFigure.NEW_DEVICE_APPROVALS_PARTIAL_CHANGE, BigDecimal.valueOf(partial));
        figures.put(ProgressFigure.NEW_DEVICE_APPROVALS, BigDecimal.valueOf(fresh + partial));
        figures.put(ProgressFigure.SAMD_CONSULTATIONS, BigDecimal.valueOf(100 + random.nextInt(300)));
        figures.put(ProgressFigure.IDATEN_CONFIRMATIONS, BigDecimal.valueOf(1 + random.nextInt(15)));
        figures.put(ProgressFigure.REFERENCE_COUNTRIES, BigDecimal.valueOf(8 + random.nextInt(8)));
        figures.put(ProgressFigure.HIGHLY_NOVEL_LISTINGS, BigDecimal.valueOf(random.nextInt(12)));
        return figures;
    }

    /** The figures of one goal, as its division types them. */
    static Map<ProgressFigure, BigDecimal> ofGoal(Map<ProgressFigure, BigDecimal> figures, int goal) {
        Map<ProgressFigure, BigDecimal> ofGoal = new EnumMap<>(ProgressFigure.class);
        figures.forEach((figure, value) -> {
            if (figure.goal() == goal) {
                ofGoal.put(figure, value);
            }
        });
        return ofGoal;
    }

    private <E extends Enum<E>> Set<E> pick(Class<E> type) {
        Set<E> picked = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (random.nextInt(3) == 0) {
                picked.add(value);
            }
        }
        return picked;
    }
}
