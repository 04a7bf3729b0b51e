package jp.go.mhlw.kpi.application.followup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions.Approved;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.HubReport;
import jp.go.mhlw.kpi.domain.computation.HubStatistics;
import jp.go.mhlw.kpi.domain.computation.InternationalShares;
import jp.go.mhlw.kpi.domain.computation.JointResearchFigures;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Shares;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.computation.SurveyStatistics;
import jp.go.mhlw.kpi.domain.computation.ThemeGroupFigures;
import jp.go.mhlw.kpi.domain.computation.ThemeStatistics;
import jp.go.mhlw.kpi.domain.computation.ThemeStatisticsReport;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.computation.TrainingCourse;
import jp.go.mhlw.kpi.domain.computation.TrainingStatistics;
import jp.go.mhlw.kpi.domain.computation.TrainingTally;
import jp.go.mhlw.kpi.domain.computation.YearOverYear;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;

/**
 * Every figure a cycle's approved submissions support, keyed by the catalogue's KPI code, breakdown key and unit,
 * with the submissions each was computed from. Plain Java: the container-free half of the aggregation.
 *
 * <p>Counts of what happened during the reporting period are brought to a yearly basis with the cycle's factor;
 * comparisons with the previous cycle (year-over-year ratios, point changes) use the previous cycle's stored values,
 * which are yearly already.
 */
public final class CycleFigures {

    /** One computed figure of a KPI, ready to be stored as a value with its lineage. */
    public record Computed(String kpiCode, String breakdown, KpiFigure figure, Set<SubmissionReference> inputs) {
        public Computed {
            Objects.requireNonNull(kpiCode, "kpiCode");
            Objects.requireNonNull(breakdown, "breakdown");
            Objects.requireNonNull(figure, "figure");
            inputs = Set.copyOf(inputs);
        }
    }

    /** The previous cycle's stored figure of a KPI, breakdown and unit (already yearly), if there is one. */
    @FunctionalInterface
    public interface PreviousValues {
        Optional<KpiFigure> find(String kpiCode, String breakdown, FigureUnit unit);

        static PreviousValues none() {
            return (kpiCode, breakdown, unit) -> Optional.empty();
        }
    }

    private final PeriodNormalisation period;
    private final Optional<PeriodNormalisation> previousPeriod;
    private final Optional<LocalDate> surveyReferenceDate;
    private final SurveyDates surveyDates;
    private final PreviousValues previous;
    private final List<Computed> results = new ArrayList<>();

    /**
     * @param period              the cycle's reporting period and factor (its short name labels the figures)
     * @param previousPeriod      the previous cycle's, for the year-over-year ratios (empty: no ratios)
     * @param surveyDates    the cycle's survey dates: themes are judged mature at the reference date (none: no
     *                       mature-theme figures and no international shares), overseas activities are counted at
     *                       the two snapshots the survey asked about
     */
    public CycleFigures(PeriodNormalisation period, Optional<PeriodNormalisation> previousPeriod,
                        SurveyDates surveyDates, PreviousValues previous) {
        this.period = Objects.requireNonNull(period, "period");
        this.previousPeriod = Objects.requireNonNull(previousPeriod, "previousPeriod");
        this.surveyDates = Objects.requireNonNull(surveyDates, "surveyDates");
        this.surveyReferenceDate = Optional.ofNullable(surveyDates.reference());
        this.previous = Objects.requireNonNull(previous, "previous");
    }

    /** Computes every figure the submissions support, in catalogue order. */
    public List<Computed> compute(List<Approved<List<TrainingCourse>>> training, List<Approved<HubReport>> hubs,
                                  List<Approved<List<SurveyResponse>>> survey, List<Approved<List<AmedTheme>>> themes) {
        results.clear();
        if (!training.isEmpty()) {
            training(training);
        }
        if (!survey.isEmpty()) {
            survey(flatten(survey), sources(survey));
        }
        if (!hubs.isEmpty()) {
            hubs(hubs.stream().map(Approved::data).toList(), sources(hubs));
        }
        if (!themes.isEmpty()) {
            themes(flatten(themes), sources(themes));
        }
        if (!survey.isEmpty()) {
            international(flatten(survey), sources(survey));
        }
        return List.copyOf(results);
    }

    private String cycle() {
        return period.cycle();
    }

    // ① training: per category, participants and courses (yearly), hubs, participants per course, ratio to last year
    private void training(List<Approved<List<TrainingCourse>>> submissions) {
        Set<SubmissionReference> inputs = sources(submissions);
        List<TrainingCourse> courses = flatten(submissions);
        Map<Integer, TrainingTally> tallies = TrainingStatistics.tallyByCategory(courses);
        for (TrainingTally tally : tallies.values()) {
            if (tally.courses() == 0) {
                continue;
            }
            TrainingCategory category = TrainingCategory.of(tally.category());
            String key = category.name();
            String label = category.displayLabel() + ", " + cycle();
            add("G1-TRAINING-PARTICIPANTS", key, yearly(KpiFigure.count("participants, " + label,
                    "Σ participants of " + tally.courses() + " courses = " + tally.participants(), tally.participants())),
                    inputs);
            add("G1-TRAINING-COURSES", key, yearly(KpiFigure.count("courses, " + label,
                    "courses serving the category", tally.courses())), inputs);
            long hubsWithCourse = submissions.stream()
                    .filter(s -> s.data().stream().anyMatch(c -> c.serves(tally.category()))).count();
            add("G1-TRAINING-HUBS", key, KpiFigure.count("hubs with a course, " + label,
                    "hub reports with at least one course in the category", hubsWithCourse), inputs);
            add("G1-PARTICIPANTS-PER-COURSE", key, TrainingStatistics.participantsPerCourse(cycle(), tally), inputs);
            Optional<KpiFigure> last = previous.find("G1-TRAINING-PARTICIPANTS", key, FigureUnit.COUNT);
            if (last.isPresent() && previousPeriod.isPresent() && last.get().value().signum() > 0) {
                PeriodNormalisation before = previousPeriod.get();
                // the stored previous value is yearly: undo its factor to show the raw figure in the formula
                BigDecimal raw = last.get().value().multiply(BigDecimal.valueOf(before.factorDenominator()))
                        .divide(BigDecimal.valueOf(before.factorNumerator()), MathContext.DECIMAL128);
                add("G1-TRAINING-PARTICIPANTS", key, YearOverYear.ratio("participants " + cycle() + " vs "
                                + before.cycle() + ", " + category.displayLabel(),
                        BigDecimal.valueOf(tally.participants()), period, raw, before), inputs);
            }
        }
    }

    // ② ventures and other-industry entrants among domestic-capital respondents, with the change in points
    private void survey(List<SurveyResponse> responses, Set<SubmissionReference> inputs) {
        if (SurveyStatistics.domesticRespondents(responses) == 0) {
            return;
        }
        shareWithChange("G2-VENTURE-SHARE", KpiBreakdown.TOTAL, SurveyStatistics.ventureShare(cycle(), responses),
                inputs);
        if (responses.stream().anyMatch(r -> r.domesticCapital() && !r.venture())) {
            shareWithChange("G2-OTHER-INDUSTRY-SHARE", KpiBreakdown.TOTAL,
                    SurveyStatistics.otherIndustryShare(cycle(), responses), inputs);
        }
    }

    // ③ joint research by stage, cooperation per reporting hub, international infrastructure, platforms
    private void hubs(List<HubReport> reports, Set<SubmissionReference> inputs) {
        Map<Stage, JointResearchFigures> byStage = HubStatistics.jointResearchByStage(cycle(), reports);
        long allCases = 0;
        for (JointResearchFigures stage : byStage.values()) {
            add("G3-JOINT-RESEARCH", stage.stage().name(), yearly(stage.cases()), inputs);
            stage.averageAmountPerCase().ifPresent(average ->
                    add("G3-JOINT-RESEARCH-AVERAGE-AMOUNT", stage.stage().name(), average, inputs));
            allCases += stage.cases().value().longValueExact();
        }
        add("G3-JOINT-RESEARCH", KpiBreakdown.TOTAL, yearly(KpiFigure.count("joint research, all stages, " + cycle(),
                "Σ cases over the four stages", allCases)), inputs);
        add("G3-HUB-COOPERATION", KpiBreakdown.TOTAL, yearly(HubStatistics.cooperationCases(cycle(), reports)), inputs);
        // the printed averages divide the yearly count (R4: 52 after ×1/2, over 10 hubs = 5.2)
        HubStatistics.cooperationPerReportingHub(cycle(), reports)
                .ifPresent(perHub -> add("G3-HUB-COOPERATION-PER-HUB", KpiBreakdown.TOTAL, yearly(perHub), inputs));
        add("G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE", KpiBreakdown.TOTAL,
                yearly(HubStatistics.internationalTrialInfrastructure(cycle(), reports)), inputs);
        for (Platform platform : Platform.values()) {
            shareWithChange("G3-PLATFORM-MEMBERSHIP", platform.name(),
                    HubStatistics.platformMembership(cycle(), reports, platform), inputs);
        }
    }

    // ⑥ focus areas: all themes, and themes adopted at least a year before the survey reference date
    private void themes(List<AmedTheme> themes, Set<SubmissionReference> inputs) {
        themeTables(ThemeStatistics.report(cycle() + " all themes", themes), "G6-ADOPTED-THEMES", "G6-AVERAGE-GRANT",
                "G6-STAGE-UP-RATIO", "G6-LAUNCH-RATIO", inputs);
        surveyReferenceDate.flatMap(date -> ThemeStatistics.matureReport(cycle() + " mature themes", themes, date))
                .ifPresent(mature -> themeTables(mature, "G6-MATURE-THEMES", "G6-MATURE-AVERAGE-GRANT",
                        "G6-MATURE-STAGE-UP-RATIO", "G6-MATURE-LAUNCH-RATIO", inputs));
    }

    private void themeTables(ThemeStatisticsReport report, String count, String grant, String stageUp, String launch,
                             Set<SubmissionReference> inputs) {
        themeGroup(KpiBreakdown.TOTAL, report.overall(), count, grant, stageUp, launch, inputs);
        for (FocusArea area : FocusArea.values()) {
            if (report.byFocusArea().containsKey(area)) {
                themeGroup(area.name(), report.byFocusArea().get(area), count, grant, stageUp, launch, inputs);
            }
        }
        for (Stage stage : Stage.values()) {
            if (report.byStageAtAdoption().containsKey(stage)) {
                themeGroup(stage.name(), report.byStageAtAdoption().get(stage), count, grant, stageUp, launch, inputs);
            }
        }
    }

    private void themeGroup(String key, ThemeGroupFigures group, String count, String grant, String stageUp,
                            String launch, Set<SubmissionReference> inputs) {
        add(count, key, KpiFigure.count(group.group() + ", " + report(count) + ": themes", "themes in the group",
                group.themes()), inputs);
        add(grant, key, group.averageGrant(), inputs);
        add(stageUp, key, group.stageUpRatio(), inputs);
        add(launch, key, group.launchRatio(), inputs);
    }

    private String report(String countKpi) {
        return countKpi.contains("MATURE") ? cycle() + " mature themes" : cycle() + " all themes";
    }

    // ⑦ international activities and bases at the survey's current snapshot, with the change since the previous one
    // (cycles recorded before the snapshots were data ask about the reference date and the January a year before)
    private void international(List<SurveyResponse> responses, Set<SubmissionReference> inputs) {
        if (surveyReferenceDate.isEmpty()) {
            return;
        }
        LocalDate now = Optional.ofNullable(surveyDates.currentSnapshot()).orElse(surveyReferenceDate.get());
        LocalDate before = Optional.ofNullable(surveyDates.previousSnapshot()).orElse(now.minusYears(1));
        for (InternationalShares.Comparison item : InternationalShares.compare(responses, before, now)) {
            String kpiCode = item.isBase() ? "G7-OVERSEAS-BASE-SHARE" : "G7-INTERNATIONAL-ACTIVITY-SHARE";
            item.current().ifPresent(share -> add(kpiCode, item.key(), share, inputs));
            item.change().ifPresent(change -> add(kpiCode, item.key(), change, inputs));
        }
    }

    private void shareWithChange(String kpiCode, String key, KpiFigure share, Set<SubmissionReference> inputs) {
        add(kpiCode, key, share, inputs);
        previous.find(kpiCode, key, FigureUnit.PERCENT).ifPresent(last -> add(kpiCode, key,
                Shares.pointChange(share.label() + " vs previous cycle", last, share), inputs));
    }

    /** A count of the reporting period brought to a yearly basis; a yearly cycle's figure is kept as it is. */
    private KpiFigure yearly(KpiFigure raw) {
        if (period.isIdentity()) {
            return raw;
        }
        return KpiFigure.quotient(raw.label(),
                "(" + raw.formula() + ") × " + period.factorText() + " (" + period.describe() + ")", raw.unit(),
                raw.numerator().multiply(BigDecimal.valueOf(period.factorNumerator())),
                raw.denominator().multiply(BigDecimal.valueOf(period.factorDenominator())),
                List.of(period), List.of(raw));
    }

    private void add(String kpiCode, String breakdown, KpiFigure figure, Set<SubmissionReference> inputs) {
        results.add(new Computed(kpiCode, breakdown, figure, inputs));
    }

    private static <T> List<T> flatten(List<Approved<List<T>>> submissions) {
        return submissions.stream().flatMap(s -> s.data().stream()).toList();
    }

    private static Set<SubmissionReference> sources(List<? extends Approved<?>> submissions) {
        Set<SubmissionReference> sources = new LinkedHashSet<>();
        submissions.forEach(s -> sources.add(s.source()));
        return sources;
    }
}
