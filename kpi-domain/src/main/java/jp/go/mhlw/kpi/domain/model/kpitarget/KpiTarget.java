package jp.go.mhlw.kpi.domain.model.kpitarget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.TargetRule;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.published.FigureKeys;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * A relative target for one figure of a KPI (KPI, breakdown key, unit) during a plan: a rule over the previous
 * cycle's value ("participants ≥ 1.2 × last year", "share up by ≥ 1 pt", "more than last year"), proposed by the
 * committee in one cycle and effective from a later fiscal year, until withdrawn or until an optional last year.
 * The rule itself is one of the {@link TargetRule} types; this stores its kind and parameter.
 */
@Entity
@Table(name = "kpi_target")
public class KpiTarget {

    static final int PARAMETER_SCALE = 4;
    private static final int PARAMETER_PRECISION = 12;
    static final int WORDING_LENGTH = 1000;
    static final int SOURCE_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "kpi_target_seq", sequenceName = "kpi_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_target_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private BasicPlan plan;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "kpi_id", nullable = false)
    private Kpi kpi;

    @NotBlank
    @Size(max = 64)
    @Column(nullable = false, length = 64)
    private String breakdown;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private FigureUnit unit;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false, length = 40)
    private TargetRuleKind ruleKind;

    @Column(precision = PARAMETER_PRECISION, scale = PARAMETER_SCALE)
    private BigDecimal factor;

    @Column(precision = PARAMETER_PRECISION, scale = PARAMETER_SCALE)
    private BigDecimal points;

    /** The cycle whose committee proposed it; none for a target the plan file set, adopted with the plan. */
    @ManyToOne
    @JoinColumn(name = "proposed_in_cycle_id")
    private FollowUpCycle proposedIn;

    @Min(1989)
    @Column(name = "effective_from_fiscal_year", nullable = false)
    private int effectiveFromFiscalYear;

    @Column(name = "effective_to_fiscal_year")
    private Integer effectiveToFiscalYear;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TargetStatus status;

    @NotBlank
    @Size(max = WORDING_LENGTH)
    @Column(name = "wording_ja", nullable = false, length = WORDING_LENGTH)
    private String wordingJa;

    /** The plan file's English wording; none for a target the committee proposed in a cycle. */
    @Size(max = WORDING_LENGTH)
    @Column(name = "wording_en", length = WORDING_LENGTH)
    private String wordingEn;

    @NotBlank
    @Size(max = SOURCE_LENGTH)
    @Column(nullable = false, length = SOURCE_LENGTH)
    private String source;

    @NotBlank
    @Size(max = 255)
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @NotNull
    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private int version;

    protected KpiTarget() {
        // for JPA
    }

    /**
     * What is wrong with a proposed target; empty when it can be recorded. {@code effectiveFrom}
     * must come after the cycle it was proposed in (a target never judges the year it was set in).
     */
    public static List<Problem> check(FollowUpCycle proposedIn, Kpi kpi, String breakdown, FigureUnit unit,
                                           TargetRuleKind kind, BigDecimal parameter, JapaneseFiscalYear effectiveFrom,
                                           JapaneseFiscalYear effectiveTo, String wordingJa, String source) {
        List<Problem> problems = new ArrayList<>();
        if (proposedIn == null) {
            problems.add(Problem.at("proposedIn", "target.proposedIn.required"));
        }
        problems.addAll(FigureKeys.check(proposedIn == null ? null : proposedIn.getPlan(), kpi, breakdown, unit));
        checkRule(kind, parameter, unit, problems);
        checkPeriod(proposedIn, effectiveFrom, effectiveTo, problems);
        if (wordingJa == null || wordingJa.isBlank()) {
            problems.add(Problem.at("wordingJa", "target.wording.required"));
        } else if (wordingJa.length() > WORDING_LENGTH) {
            problems.add(Problem.at("wordingJa", "target.wording.tooLong", String.valueOf(WORDING_LENGTH)));
        }
        if (source == null || source.isBlank()) {
            problems.add(Problem.at("source", "target.source.required"));
        } else if (source.length() > SOURCE_LENGTH) {
            problems.add(Problem.at("source", "target.source.tooLong", String.valueOf(SOURCE_LENGTH)));
        }
        return problems;
    }

    private static void checkRule(TargetRuleKind kind, BigDecimal parameter, FigureUnit unit, List<Problem> problems) {
        if (kind == null) {
            problems.add(Problem.at("ruleKind", "target.ruleKind.required"));
            return;
        }
        try {
            kind.toRule(parameter);
        } catch (IllegalArgumentException wrongParameter) {
            String expected = !kind.hasParameter() ? "none"
                    : kind == TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS ? "factor" : "points";
            problems.add(Problem.at("parameter", "target.parameter." + expected,
                    String.valueOf(wrongParameter.getMessage())));
            return;
        }
        if (parameter != null && (parameter.stripTrailingZeros().scale() > PARAMETER_SCALE
                || parameter.precision() - parameter.scale() > PARAMETER_PRECISION - PARAMETER_SCALE)) {
            problems.add(Problem.at("parameter", "target.parameter.digits",
                    String.valueOf(PARAMETER_PRECISION - PARAMETER_SCALE), String.valueOf(PARAMETER_SCALE)));
        }
        if (kind == TargetRuleKind.UP_BY_AT_LEAST_POINTS && unit != null && unit != FigureUnit.PERCENT) {
            problems.add(Problem.at("unit", "target.unit.pointsNeedShare", unit.name()));
        }
        if (kind == TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS && unit == FigureUnit.PERCENTAGE_POINTS) {
            problems.add(Problem.at("unit", "target.unit.noMultipleOfPoints"));
        }
    }

    private static void checkPeriod(FollowUpCycle proposedIn, JapaneseFiscalYear from, JapaneseFiscalYear to,
                                     List<Problem> problems) {
        if (from == null) {
            problems.add(Problem.at("effectiveFrom", "target.effectiveFrom.required"));
            return;
        }
        if (to != null && to.compareTo(from) < 0) {
            problems.add(Problem.at("effectiveTo", "target.effectiveTo.beforeFrom", to.display(), from.display()));
        }
        if (proposedIn == null) {
            return;
        }
        if (from.compareTo(proposedIn.getFiscalYear()) <= 0) {
            problems.add(Problem.at("effectiveFrom", "target.effectiveFrom.tooEarly",
                    proposedIn.getFiscalYear().japaneseName(), proposedIn.getFiscalYear().display(), from.display()));
        }
        BasicPlan plan = proposedIn.getPlan();
        if (!plan.isInForceDuring(from.firstDay(), from.lastDay())) {
            problems.add(Problem.at("effectiveFrom", "target.effectiveFrom.planNotInForce", plan.getNameJa(),
                    from.japaneseName(), plan.getCode(), from.display()));
        }
    }

    /** A target as the committee proposed it in {@code proposedIn}; refuses what {@link #check} reports. */
    public static KpiTarget propose(FollowUpCycle proposedIn, Kpi kpi, String breakdown, FigureUnit unit, TargetRule rule,
                                    JapaneseFiscalYear effectiveFrom, JapaneseFiscalYear effectiveTo, String wordingJa,
                                    String source, String recordedBy, OffsetDateTime recordedAt) {
        Objects.requireNonNull(rule, "rule is required");
        TargetRuleKind kind = TargetRuleKind.of(rule);
        BigDecimal parameter = TargetRuleKind.parameterOf(rule);
        List<Problem> problems = check(proposedIn, kpi, breakdown, unit, kind, parameter, effectiveFrom,
                effectiveTo, wordingJa, source);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(Problem::messageEn)
                    .collect(Collectors.joining(" ")));
        }
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("who recorded the target is required");
        }
        KpiTarget target = recorded(proposedIn.getPlan(), kpi, breakdown, unit, kind, parameter, effectiveFrom,
                effectiveTo, wordingJa, source, recordedBy, recordedAt);
        target.proposedIn = proposedIn;
        target.status = TargetStatus.PROPOSED;
        return target;
    }

    /** The parts every target has, whoever set it. */
    private static KpiTarget recorded(BasicPlan plan, Kpi kpi, String breakdown, FigureUnit unit, TargetRuleKind kind,
                                      BigDecimal parameter, JapaneseFiscalYear effectiveFrom,
                                      JapaneseFiscalYear effectiveTo, String wordingJa, String source,
                                      String recordedBy, OffsetDateTime recordedAt) {
        KpiTarget target = new KpiTarget();
        target.plan = plan;
        target.kpi = kpi;
        target.breakdown = breakdown;
        target.unit = unit;
        target.ruleKind = kind;
        target.factor = kind == TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS ? parameter : null;
        target.points = kind == TargetRuleKind.UP_BY_AT_LEAST_POINTS ? parameter : null;
        target.effectiveFromFiscalYear = effectiveFrom.fiscalYear();
        target.effectiveToFiscalYear = effectiveTo == null ? null : effectiveTo.fiscalYear();
        target.wordingJa = Objects.requireNonNull(wordingJa, "Japanese wording").strip();
        target.source = Objects.requireNonNull(source, "source").strip();
        target.recordedBy = Objects.requireNonNull(recordedBy, "who recorded the target");
        target.recordedAt = Objects.requireNonNull(recordedAt, "recording time is required");
        return target;
    }

    /**
     * What is wrong with a target a plan file sets for one of the plan's KPIs: its figure, rule and period (the plan
     * must be in force in its first year); empty when it can be stored.
     */
    public static List<Problem> checkForPlan(BasicPlan plan, Kpi kpi, String breakdown, FigureUnit unit,
                                             TargetRuleKind kind, BigDecimal parameter,
                                             JapaneseFiscalYear effectiveFrom, JapaneseFiscalYear effectiveTo) {
        List<Problem> problems = new ArrayList<>(FigureKeys.check(plan, kpi, breakdown, unit));
        checkRule(kind, parameter, unit, problems);
        checkPeriod(null, effectiveFrom, effectiveTo, problems);
        if (effectiveFrom != null && !plan.isInForceDuring(effectiveFrom.firstDay(), effectiveFrom.lastDay())) {
            problems.add(Problem.at("effectiveFrom", "target.effectiveFrom.planNotInForce", plan.getNameJa(),
                    effectiveFrom.japaneseName(), plan.getCode(), effectiveFrom.display()));
        }
        return problems;
    }

    /**
     * A target the plan file sets, adopted with the plan: judged from its first year without a committee's proposal.
     * Refuses what {@link #checkForPlan} reports.
     */
    public static KpiTarget adoptedWithPlan(BasicPlan plan, Kpi kpi, String breakdown, FigureUnit unit,
                                            TargetRule rule, JapaneseFiscalYear effectiveFrom,
                                            JapaneseFiscalYear effectiveTo, String wordingJa, String wordingEn,
                                            String source, String recordedBy, OffsetDateTime recordedAt) {
        TargetRuleKind kind = TargetRuleKind.of(Objects.requireNonNull(rule, "rule is required"));
        BigDecimal parameter = TargetRuleKind.parameterOf(rule);
        List<Problem> problems = checkForPlan(plan, kpi, breakdown, unit, kind, parameter, effectiveFrom,
                effectiveTo);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(Problem::messageEn)
                    .collect(Collectors.joining(" ")));
        }
        KpiTarget target = recorded(plan, kpi, breakdown, unit, kind, parameter, effectiveFrom, effectiveTo,
                wordingJa, source, recordedBy, recordedAt);
        target.status = TargetStatus.ADOPTED;
        target.wordingEn = Objects.requireNonNull(wordingEn, "English wording").strip();
        return target;
    }

    /** The rule that judges the figure, rebuilt from its stored kind and parameter. */
    public TargetRule rule() {
        return ruleKind.toRule(getParameter());
    }

    /** Whether the target judges this cycle: same plan, not withdrawn, and the fiscal year within its period. */
    public boolean appliesTo(FollowUpCycle cycle) {
        int year = cycle.getFiscalYear().fiscalYear();
        return status.isEvaluated()
                && cycle.getPlan().getCode().equals(plan.getCode())
                && year >= effectiveFromFiscalYear
                && (effectiveToFiscalYear == null || year <= effectiveToFiscalYear);
    }

    /** Whether both targets judge the same figure in at least one common fiscal year (withdrawn ones never do). */
    public boolean overlaps(KpiTarget other) {
        if (!status.isEvaluated() || !other.status.isEvaluated()) {
            return false;
        }
        boolean sameFigure = plan.getCode().equals(other.plan.getCode()) && kpi.getCode().equals(other.kpi.getCode())
                && breakdown.equals(other.breakdown) && unit == other.unit;
        int end = effectiveToFiscalYear == null ? Integer.MAX_VALUE : effectiveToFiscalYear;
        int otherEnd = other.effectiveToFiscalYear == null ? Integer.MAX_VALUE : other.effectiveToFiscalYear;
        return sameFigure && effectiveFromFiscalYear <= otherEnd && other.effectiveFromFiscalYear <= end;
    }

    /** The committee adopts a proposed target. */
    public void adopt() {
        if (status != TargetStatus.PROPOSED) {
            throw new IllegalStateException("only a proposed target can be adopted; " + this + " is " + status);
        }
        status = TargetStatus.ADOPTED;
    }

    /** The target is withdrawn (or superseded); it is kept for the record but no longer evaluated. */
    public void withdraw() {
        if (status == TargetStatus.WITHDRAWN) {
            throw new IllegalStateException(this + " is already withdrawn");
        }
        status = TargetStatus.WITHDRAWN;
    }

    public Long getId() {
        return id;
    }

    public BasicPlan getPlan() {
        return plan;
    }

    public Kpi getKpi() {
        return kpi;
    }

    public String getBreakdown() {
        return breakdown;
    }

    public FigureUnit getUnit() {
        return unit;
    }

    public TargetRuleKind getRuleKind() {
        return ruleKind;
    }

    /** The factor or the points; null for "higher than the previous cycle". */
    public BigDecimal getParameter() {
        BigDecimal parameter = factor != null ? factor : points;
        return parameter == null ? null : parameter.stripTrailingZeros();
    }

    /** "前年度の1.2倍以上". */
    public String getRuleJa() {
        return ruleKind.describeJa(getParameter());
    }

    /** "at least 1.2 × the previous cycle". */
    public String getRuleEn() {
        return ruleKind.describeEn(getParameter());
    }

    /** The cycle whose committee proposed it; empty for a target the plan file set. */
    public Optional<FollowUpCycle> proposedIn() {
        return Optional.ofNullable(proposedIn);
    }

    public JapaneseFiscalYear getEffectiveFrom() {
        return JapaneseFiscalYear.of(effectiveFromFiscalYear);
    }

    public Optional<JapaneseFiscalYear> effectiveTo() {
        return Optional.ofNullable(effectiveToFiscalYear).map(JapaneseFiscalYear::of);
    }

    /** "令和6年度 (FY2024)〜", or with its last year. */
    public String getEffectivePeriod() {
        return getEffectiveFrom().display() + "〜" + effectiveTo().map(JapaneseFiscalYear::display).orElse("");
    }

    public TargetStatus getStatus() {
        return status;
    }

    /** The status in Japanese, as the committee's material names it. */
    public String getStatusLabel() {
        return status.label(Texts.JAPANESE);
    }

    /** The target as the committee worded it. */
    public String getWordingJa() {
        return wordingJa;
    }

    /** The plan file's English wording, when the plan file set the target. */
    public Optional<String> wordingEn() {
        return Optional.ofNullable(wordingEn);
    }

    public String getSource() {
        return source;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    @Override
    public String toString() {
        return kpi + " " + breakdown + " " + unit + " " + getRuleEn() + " from " + getEffectiveFrom().shortName();
    }
}
