package jp.go.mhlw.kpi.application.followup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import jp.go.mhlw.kpi.domain.model.catalogue.Computation;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiComputation;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;

/**
 * Every figure a cycle's approved submissions support, keyed by the catalogue's KPI code, breakdown key and unit,
 * with the submissions each was computed from. Plain Java: the container-free half of the aggregation. What it
 * computes for a KPI is the computation the catalogue stores with it ({@link CatalogueKpi}), whatever its code.
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

    private final List<CatalogueKpi> kpis;
    private final PeriodNormalisation period;
    private final Optional<PeriodNormalisation> previousPeriod;
    private final Optional<LocalDate> surveyReferenceDate;
    private final SurveyDates surveyDates;
    private final PreviousValues previous;
    private final List<Computed> results = new ArrayList<>();

    /**
     * @param kpis           the cycle's plan's KPIs in catalogue order, each with its stored computation: what is
     *                       computed for a KPI is its computation, and a typed-in KPI gets no figure
     * @param period         the cycle's reporting period and factor (its short name labels the figures)
     * @param previousPeriod the previous cycle's, for the year-over-year ratios (empty: no ratios)
     * @param surveyDates    the cycle's survey dates: themes are judged mature at the reference date (none: no
     *                       mature-theme figures and no international shares), overseas activities are counted at
     *                       the two snapshots the survey asked about
     */
    public CycleFigures(List<CatalogueKpi> kpis, PeriodNormalisation period,
                        Optional<PeriodNormalisation> previousPeriod, SurveyDates surveyDates,
                        PreviousValues previous) {
        this.kpis = List.copyOf(kpis);
        this.period = Objects.requireNonNull(period, "period");
        this.previousPeriod = Objects.requireNonNull(previousPeriod, "previousPeriod");
        this.surveyDates = Objects.requireNonNull(surveyDates, "surveyDates");
        this.surveyReferenceDate = Optional.ofNullable(surveyDates.reference());
        this.previous = Objects.requireNonNull(previous, "previous");
    }

    /** The 2nd plan's figures, its KPIs as its plan file gives them ({@link CatalogueKpi#secondPlan()}). */
    public CycleFigures(PeriodNormalisation period, Optional<PeriodNormalisation> previousPeriod,
                        SurveyDates surveyDates, PreviousValues previous) {
        this(CatalogueKpi.secondPlan(), period, previousPeriod, surveyDates, previous);
    }

    /** Computes every figure the submissions support, KPI by KPI in catalogue order. */
    public List<Computed> compute(List<Approved<List<TrainingCourse>>> training, List<Approved<HubReport>> hubs,
                                  List<Approved<List<SurveyResponse>>> survey, List<Approved<List<AmedTheme>>> themes) {
        results.clear();
        for (CatalogueKpi kpi : kpis) {
            if (!kpi.kind().isNarrative()) {
                compute(kpi, training, hubs, survey, themes);
            }
        }
        return List.copyOf(results);
    }

    /**
     * The one place that maps a computation to the code that computes it: a computation added to
     * {@link Computation} does not compile until it has its case here.
     */
    private void compute(CatalogueKpi kpi, List<Approved<List<TrainingCourse>>> training,
                         List<Approved<HubReport>> hubs, List<Approved<List<SurveyResponse>>> survey,
                         List<Approved<List<AmedTheme>>> themes) {
        KpiComputation computation = kpi.computation();
        Runnable step = switch (computation.computation()) {
            // typed in by the body that reports it; the ministries' typed figures are MinistryFigures'
            case TYPED_IN, MINISTRY_FIGURE -> () -> { };
            case TRAINING_SUM -> () -> trainingSum(kpi.code(), computation, training);
            case TRAINING_HUB_COUNT -> () -> trainingHubs(kpi.code(), training);
            case TRAINING_AVERAGE_PER_COURSE -> () -> trainingPerCourse(kpi.code(), training);
            case SURVEY_SHARE -> () -> surveyShare(kpi.code(), computation.parameter("of"), survey);
            case JOINT_RESEARCH_SUM -> () -> jointResearch(kpi.code(), hubs);
            case JOINT_RESEARCH_AVERAGE_AMOUNT -> () -> jointResearchAverageAmount(kpi.code(), hubs);
            case HUB_SUM -> () -> hubSum(kpi.code(), computation.parameter("of"), hubs);
            case HUB_AVERAGE_PER_REPORTING_HUB -> () -> hubAverage(kpi.code(), hubs);
            case PLATFORM_SHARE -> () -> platforms(kpi.code(), hubs);
            case THEME_COUNT, THEME_AVERAGE_GRANT, THEME_STAGE_UP_RATE, THEME_LAUNCH_RATE ->
                    () -> themes(kpi.code(), computation, themes);
            case OVERSEAS_ACTIVITY_SHARE -> () -> international(kpi.code(), false, survey);
            case OVERSEAS_BASE_SHARE -> () -> international(kpi.code(), true, survey);
        };
        step.run();
    }

    private String cycle() {
        return period.cycle();
    }

    // ① training, per category: participants or courses (yearly) with the ratio to last year, hubs, per course

    private void trainingSum(String kpiCode, KpiComputation computation, List<Approved<List<TrainingCourse>>> training) {
        boolean participants = computation.parameter("measure").equals("PARTICIPANTS");
        boolean ratio = computation.parameter("compare").equals("RATIO_TO_PREVIOUS");
        Set<SubmissionReference> inputs = sources(training);
        for (TrainingTally tally : tallies(training)) {
            TrainingCategory category = TrainingCategory.of(tally.category());
            String key = category.name();
            String label = category.displayLabel() + ", " + cycle();
            long value = participants ? tally.participants() : tally.courses();
            String measure = participants ? "participants" : "courses";
            add(kpiCode, key, yearly(participants
                    ? KpiFigure.count("participants, " + label,
                            "Σ participants of " + tally.courses() + " courses = " + tally.participants(), value)
                    : KpiFigure.count("courses, " + label, "courses serving the category", value)), inputs);
            if (!ratio) {
                continue;
            }
            Optional<KpiFigure> last = previous.find(kpiCode, key, FigureUnit.COUNT);
            if (last.isPresent() && previousPeriod.isPresent() && last.get().value().signum() > 0) {
                PeriodNormalisation before = previousPeriod.get();
                // the stored previous value is yearly: undo its factor to show the raw figure in the formula
                BigDecimal raw = last.get().value().multiply(BigDecimal.valueOf(before.factorDenominator()))
                        .divide(BigDecimal.valueOf(before.factorNumerator()), MathContext.DECIMAL128);
                add(kpiCode, key, YearOverYear.ratio(measure + " " + cycle() + " vs " + before.cycle() + ", "
                        + category.displayLabel(), BigDecimal.valueOf(value), period, raw, before), inputs);
            }
        }
    }

    private void trainingHubs(String kpiCode, List<Approved<List<TrainingCourse>>> training) {
        Set<SubmissionReference> inputs = sources(training);
        for (TrainingTally tally : tallies(training)) {
            TrainingCategory category = TrainingCategory.of(tally.category());
            long hubsWithCourse = training.stream()
                    .filter(s -> s.data().stream().anyMatch(c -> c.serves(tally.category()))).count();
            add(kpiCode, category.name(), KpiFigure.count("hubs with a course, " + category.displayLabel() + ", "
                    + cycle(), "hub reports with at least one course in the category", hubsWithCourse), inputs);
        }
    }

    private void trainingPerCourse(String kpiCode, List<Approved<List<TrainingCourse>>> training) {
        Set<SubmissionReference> inputs = sources(training);
        for (TrainingTally tally : tallies(training)) {
            add(kpiCode, TrainingCategory.of(tally.category()).name(),
                    TrainingStatistics.participantsPerCourse(cycle(), tally), inputs);
        }
    }

    /** The categories with at least one course. */
    private static List<TrainingTally> tallies(List<Approved<List<TrainingCourse>>> training) {
        return TrainingStatistics.tallyByCategory(flatten(training)).values().stream()
                .filter(tally -> tally.courses() > 0).toList();
    }

    // ② ventures, or other-industry entrants, among domestic-capital respondents, with the change in points

    private void surveyShare(String kpiCode, String of, List<Approved<List<SurveyResponse>>> survey) {
        List<SurveyResponse> responses = flatten(survey);
        if (SurveyStatistics.domesticRespondents(responses) == 0) {
            return;
        }
        if (of.equals("VENTURES")) {
            shareWithChange(kpiCode, KpiBreakdown.TOTAL, SurveyStatistics.ventureShare(cycle(), responses),
                    sources(survey));
        } else if (responses.stream().anyMatch(r -> r.domesticCapital() && !r.venture())) {
            shareWithChange(kpiCode, KpiBreakdown.TOTAL, SurveyStatistics.otherIndustryShare(cycle(), responses),
                    sources(survey));
        }
    }

    // ③ joint research by stage, cooperation per reporting hub, international infrastructure, platforms

    private void jointResearch(String kpiCode, List<Approved<HubReport>> hubs) {
        if (hubs.isEmpty()) {
            return;
        }
        Set<SubmissionReference> inputs = sources(hubs);
        long allCases = 0;
        for (JointResearchFigures stage : HubStatistics.jointResearchByStage(cycle(), reports(hubs)).values()) {
            add(kpiCode, stage.stage().name(), yearly(stage.cases()), inputs);
            allCases += stage.cases().value().longValueExact();
        }
        add(kpiCode, KpiBreakdown.TOTAL, yearly(KpiFigure.count("joint research, all stages, " + cycle(),
                "Σ cases over the four stages", allCases)), inputs);
    }

    private void jointResearchAverageAmount(String kpiCode, List<Approved<HubReport>> hubs) {
        if (hubs.isEmpty()) {
            return;
        }
        Set<SubmissionReference> inputs = sources(hubs);
        for (JointResearchFigures stage : HubStatistics.jointResearchByStage(cycle(), reports(hubs)).values()) {
            stage.averageAmountPerCase().ifPresent(average -> add(kpiCode, stage.stage().name(), average, inputs));
        }
    }

    private void hubSum(String kpiCode, String of, List<Approved<HubReport>> hubs) {
        if (hubs.isEmpty()) {
            return;
        }
        List<HubReport> reports = reports(hubs);
        add(kpiCode, KpiBreakdown.TOTAL, yearly(of.equals("COOPERATION")
                ? HubStatistics.cooperationCases(cycle(), reports)
                : HubStatistics.internationalTrialInfrastructure(cycle(), reports)), sources(hubs));
    }

    private void hubAverage(String kpiCode, List<Approved<HubReport>> hubs) {
        if (hubs.isEmpty()) {
            return;
        }
        // the printed averages divide the yearly count (R4: 52 after ×1/2, over 10 hubs = 5.2)
        HubStatistics.cooperationPerReportingHub(cycle(), reports(hubs))
                .ifPresent(perHub -> add(kpiCode, KpiBreakdown.TOTAL, yearly(perHub), sources(hubs)));
    }

    private void platforms(String kpiCode, List<Approved<HubReport>> hubs) {
        if (hubs.isEmpty()) {
            return;
        }
        for (Platform platform : Platform.values()) {
            shareWithChange(kpiCode, platform.name(), HubStatistics.platformMembership(cycle(), reports(hubs),
                    platform), sources(hubs));
        }
    }

    private static List<HubReport> reports(List<Approved<HubReport>> hubs) {
        return hubs.stream().map(Approved::data).toList();
    }

    // ⑥ focus areas: all themes, or the themes adopted at least a year before the survey reference date

    private void themes(String kpiCode, KpiComputation computation, List<Approved<List<AmedTheme>>> submissions) {
        if (submissions.isEmpty()) {
            return;
        }
        List<AmedTheme> themes = flatten(submissions);
        boolean mature = computation.parameter("themes").equals("MATURE");
        String title = cycle() + (mature ? " mature themes" : " all themes");
        Optional<ThemeStatisticsReport> report = mature
                ? surveyReferenceDate.flatMap(date -> ThemeStatistics.matureReport(title, themes, date))
                : Optional.of(ThemeStatistics.report(title, themes));
        if (report.isEmpty()) {
            return;
        }
        Set<SubmissionReference> inputs = sources(submissions);
        Computation figure = computation.computation();
        themeGroup(kpiCode, figure, title, KpiBreakdown.TOTAL, report.get().overall(), inputs);
        for (FocusArea area : FocusArea.values()) {
            if (report.get().byFocusArea().containsKey(area)) {
                themeGroup(kpiCode, figure, title, area.name(), report.get().byFocusArea().get(area), inputs);
            }
        }
        for (Stage stage : Stage.values()) {
            if (report.get().byStageAtAdoption().containsKey(stage)) {
                themeGroup(kpiCode, figure, title, stage.name(), report.get().byStageAtAdoption().get(stage), inputs);
            }
        }
    }

    private void themeGroup(String kpiCode, Computation figure, String title, String key, ThemeGroupFigures group,
                            Set<SubmissionReference> inputs) {
        add(kpiCode, key, switch (figure) {
            case THEME_COUNT -> KpiFigure.count(group.group() + ", " + title + ": themes", "themes in the group",
                    group.themes());
            case THEME_AVERAGE_GRANT -> group.averageGrant();
            case THEME_STAGE_UP_RATE -> group.stageUpRatio();
            case THEME_LAUNCH_RATE -> group.launchRatio();
            default -> throw new IllegalArgumentException(figure + " is not a theme figure");
        }, inputs);
    }

    // ⑦ international activities or bases at the survey's current snapshot, with the change since the previous one
    // (cycles recorded before the snapshots were data ask about the reference date and the January a year before)
    private void international(String kpiCode, boolean bases, List<Approved<List<SurveyResponse>>> survey) {
        if (survey.isEmpty() || surveyReferenceDate.isEmpty()) {
            return;
        }
        LocalDate now = Optional.ofNullable(surveyDates.currentSnapshot()).orElse(surveyReferenceDate.get());
        LocalDate before = Optional.ofNullable(surveyDates.previousSnapshot()).orElse(now.minusYears(1));
        Set<SubmissionReference> inputs = sources(survey);
        for (InternationalShares.Comparison item : InternationalShares.compare(flatten(survey), before, now)) {
            if (item.isBase() == bases) {
                item.current().ifPresent(share -> add(kpiCode, item.key(), share, inputs));
                item.change().ifPresent(change -> add(kpiCode, item.key(), change, inputs));
            }
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
