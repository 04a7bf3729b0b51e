package jp.go.mhlw.kpi.domain.model.catalogue;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.shared.Labelled;

/**
 * The computations the application knows, by the name a plan file gives them (docs/plan-file.md): how a KPI's
 * figures come out of the approved submissions of a cycle. Each takes the parameters it declares, every one of them
 * required and with a value from its closed list, and yields figures of the kinds and breakdown it declares.
 * {@link #TYPED_IN} computes nothing: the figure or narrative is typed in by the body that reports it.
 *
 * <p>Each KPI stores its computation ({@link KpiComputation}), and the follow-up's aggregation runs it
 * ({@code application.followup.CycleFigures}, which maps each to its code, and {@code MinistryFigures}).
 * What each does, in words, is in the domain bundle under {@code computation.<NAME>}.
 */
public enum Computation implements Labelled {
    /** Nothing computed: the body reports the figure or the narrative itself. */
    TYPED_IN("typed-in", Map.of(), EnumSet.allOf(KpiKind.class), Optional.empty()),
    /**
     * A sum over the hubs' training courses per training category (a course serving several counts in each),
     * brought to a yearly basis; with {@code compare: RATIO_TO_PREVIOUS} also the ratio to the previous cycle.
     */
    TRAINING_SUM("training-sum", parameters(
            "measure", List.of("PARTICIPANTS", "COURSES"),
            "compare", List.of("RATIO_TO_PREVIOUS", "NONE")),
            EnumSet.of(KpiKind.COUNT), Optional.of(KpiBreakdown.TRAINING_CATEGORY)),
    /** A count of the hubs with at least one course in the training category. */
    TRAINING_HUB_COUNT("training-hub-count", Map.of(), EnumSet.of(KpiKind.COUNT),
            Optional.of(KpiBreakdown.TRAINING_CATEGORY)),
    /** The average participants per course of the training category (participants ÷ courses). */
    TRAINING_AVERAGE_PER_COURSE("training-average-per-course", Map.of(), EnumSet.of(KpiKind.RATIO),
            Optional.of(KpiBreakdown.TRAINING_CATEGORY)),
    /**
     * A share of the survey's domestic-capital respondents, with its change in points against the previous cycle:
     * the ventures, or the other-industry entrants among those that are not ventures.
     */
    SURVEY_SHARE("survey-share", parameters("of", List.of("VENTURES", "OTHER_INDUSTRY_ENTRANTS")),
            EnumSet.of(KpiKind.SHARE), Optional.empty()),
    /** The sum of the hubs' joint research cases with companies per research stage and in all, yearly. */
    JOINT_RESEARCH_SUM("joint-research-sum", Map.of(), EnumSet.of(KpiKind.COUNT),
            Optional.of(KpiBreakdown.RESEARCH_STAGE)),
    /** The average amount per joint research case per stage, weighted by each hub's cases. */
    JOINT_RESEARCH_AVERAGE_AMOUNT("joint-research-average-amount", Map.of(), EnumSet.of(KpiKind.AMOUNT_THOUSAND_YEN),
            Optional.of(KpiBreakdown.RESEARCH_STAGE)),
    /** A sum over the hub reports, yearly: cooperation with other hubs, or international trial infrastructure. */
    HUB_SUM("hub-sum", parameters("of", List.of("COOPERATION", "INTERNATIONAL_TRIAL_INFRASTRUCTURE")),
            EnumSet.of(KpiKind.COUNT), Optional.empty()),
    /** The yearly sum of the hub reports divided by the hubs that reported at least one case. */
    HUB_AVERAGE_PER_REPORTING_HUB("hub-average-per-reporting-hub", parameters("of", List.of("COOPERATION")),
            EnumSet.of(KpiKind.RATIO), Optional.empty()),
    /** The share of the reporting hubs in each platform, with its change in points against the previous cycle. */
    PLATFORM_SHARE("platform-share", Map.of(), EnumSet.of(KpiKind.SHARE), Optional.of(KpiBreakdown.PLATFORM)),
    /**
     * The number of AMED themes per focus area and per stage at adoption: all themes, or the mature ones (adopted
     * at least one year before the survey reference date).
     */
    THEME_COUNT("theme-count", themes(), EnumSet.of(KpiKind.COUNT),
            Optional.of(KpiBreakdown.FOCUS_AREA_OR_STAGE_AT_ADOPTION)),
    /** The average single-year grant of the themes of each group. */
    THEME_AVERAGE_GRANT("theme-average-grant", themes(), EnumSet.of(KpiKind.AMOUNT_THOUSAND_YEN),
            Optional.of(KpiBreakdown.FOCUS_AREA_OR_STAGE_AT_ADOPTION)),
    /** The share of each group's themes whose current stage is above their stage at adoption. */
    THEME_STAGE_UP_RATE("theme-stage-up-rate", themes(), EnumSet.of(KpiKind.SHARE),
            Optional.of(KpiBreakdown.FOCUS_AREA_OR_STAGE_AT_ADOPTION)),
    /** The share of each group's themes launched (上市). */
    THEME_LAUNCH_RATE("theme-launch-rate", themes(), EnumSet.of(KpiKind.SHARE),
            Optional.of(KpiBreakdown.FOCUS_AREA_OR_STAGE_AT_ADOPTION)),
    /** The share of domestic-capital respondents with each international activity, and its change between snapshots. */
    OVERSEAS_ACTIVITY_SHARE("overseas-activity-share", Map.of(), EnumSet.of(KpiKind.SHARE),
            Optional.of(KpiBreakdown.OVERSEAS_ACTIVITY)),
    /** The share of domestic-capital respondents with each kind of overseas base, and its change between snapshots. */
    OVERSEAS_BASE_SHARE("overseas-base-share", Map.of(), EnumSet.of(KpiKind.SHARE),
            Optional.of(KpiBreakdown.OVERSEAS_BASE)),
    /**
     * A figure the responsible ministry division types into its progress report, as typed (a blank total is the
     * sum of its parts); a count gets its ratio to the previous cycle, a duration the previous value beside it.
     * The figures are those of {@code domain.model.submission.ProgressFigure} that a KPI answers.
     */
    MINISTRY_FIGURE("ministry-figure", parameters("figure", List.of("DEVICE_LAG", "DEVELOPMENT_LAG", "REVIEW_LAG",
            "NEW_DEVICE_APPROVALS", "SAMD_CONSULTATIONS", "IDATEN_CONFIRMATIONS", "HIGHLY_NOVEL_LISTINGS",
            "REFERENCE_COUNTRIES")), EnumSet.of(KpiKind.COUNT, KpiKind.YEARS), Optional.empty());

    private final String fileName;
    private final Map<String, Set<String>> parameters;
    private final Set<KpiKind> kinds;
    private final Optional<KpiBreakdown> breakdown;

    Computation(String fileName, Map<String, Set<String>> parameters, Set<KpiKind> kinds,
                Optional<KpiBreakdown> breakdown) {
        this.fileName = fileName;
        this.parameters = Collections.unmodifiableMap(parameters);
        this.kinds = Collections.unmodifiableSet(kinds);
        this.breakdown = breakdown;
    }

    /** The computation a plan file names, e.g. "training-sum"; empty when the application does not know it. */
    public static Optional<Computation> named(String fileName) {
        return Arrays.stream(values()).filter(c -> c.fileName.equals(fileName)).findFirst();
    }

    @Override
    public String bundleKey() {
        return "computation." + name();
    }

    /** Its name in a plan file, e.g. "training-sum". */
    public String fileName() {
        return fileName;
    }

    /** The parameters it takes, each with the values it accepts, in the order documented. */
    public Map<String, Set<String>> parameters() {
        return parameters;
    }

    /** The kinds of KPI whose figures it yields. */
    public Set<KpiKind> kinds() {
        return kinds;
    }

    /**
     * How its figures are broken down: empty for one figure (or for {@link #TYPED_IN}, which takes whatever the
     * KPI declares).
     */
    public Optional<KpiBreakdown> breakdown() {
        return breakdown;
    }

    /** Whether a KPI with this breakdown (null: none) can take its figures. */
    public boolean fits(KpiBreakdown kpiBreakdown) {
        return this == TYPED_IN || breakdown.equals(Optional.ofNullable(kpiBreakdown));
    }

    private static Map<String, Set<String>> parameters(String name, List<String> values) {
        Map<String, Set<String>> parameters = new LinkedHashMap<>();
        parameters.put(name, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
        return parameters;
    }

    private static Map<String, Set<String>> parameters(String first, List<String> firstValues, String second,
                                                       List<String> secondValues) {
        Map<String, Set<String>> parameters = parameters(first, firstValues);
        parameters.put(second, Collections.unmodifiableSet(new LinkedHashSet<>(secondValues)));
        return parameters;
    }

    private static Map<String, Set<String>> themes() {
        return parameters("themes", List.of("ALL", "MATURE"));
    }
}
