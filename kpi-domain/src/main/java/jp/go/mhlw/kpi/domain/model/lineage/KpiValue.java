package jp.go.mhlw.kpi.domain.model.lineage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;

/**
 * A computed KPI figure as stored for a cycle, with what it was computed from: full-precision value, numerator,
 * denominator, formula, the period normalisation applied, and the submissions behind it. A cycle has one value
 * per KPI, breakdown key ("TOTAL", "FA3"...) and unit (a share and its point change are two values).
 */
@Entity
@Table(name = "kpi_value")
public class KpiValue {

    /** How the formula of a figure adopted from the committee's print begins ("as published: 13.3% (...)"). */
    public static final String AS_PUBLISHED = "as published";

    /** Decimal places stored; the exact fraction stays available as numerator / denominator. */
    static final int SCALE = 16;
    private static final int PRECISION = 38;

    @Id
    @SequenceGenerator(name = "kpi_value_seq", sequenceName = "kpi_value_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_value_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id", nullable = false)
    private FollowUpCycle cycle;

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

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String label;

    @NotNull
    @Column(name = "figure_value", nullable = false, precision = PRECISION, scale = SCALE)
    private BigDecimal figureValue;

    @NotNull
    @Column(nullable = false, precision = PRECISION, scale = SCALE)
    private BigDecimal numerator;

    @NotNull
    @Column(nullable = false, precision = PRECISION, scale = SCALE)
    private BigDecimal denominator;

    @NotBlank
    @Size(max = 4000)
    @Column(nullable = false, length = 4000)
    private String formula;

    @Size(max = 1000)
    @Column(length = 1000)
    private String normalisation;

    @NotNull
    @Column(name = "computed_at", nullable = false)
    private OffsetDateTime computedAt;

    // read when asked for: a hub KPI's value is computed from thousands of reports, and the pages that list
    // values show how many (inputCount) or one value's page of them (SubmissionSources)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "kpi_value_input", joinColumns = @JoinColumn(name = "kpi_value_id"))
    private Set<SubmissionReference> inputs = new LinkedHashSet<>();

    /** How many inputs: kept with the value so that a list of values need not read them (V70). */
    @Column(name = "input_count", nullable = false)
    private int inputCount;

    @Version
    private int version;

    protected KpiValue() {
        // for JPA
    }

    /**
     * Records a figure of a KPI for a cycle. Refuses what would make the published figure untraceable or wrong:
     * a KPI of another plan, a breakdown the KPI does not have, a narrative item, and an unnormalised count for a
     * cycle whose figures must be brought to a yearly basis (R4's ×1/2).
     */
    public KpiValue(FollowUpCycle cycle, Kpi kpi, String breakdown, KpiFigure figure,
                    Collection<SubmissionReference> inputs, OffsetDateTime computedAt) {
        this.cycle = Objects.requireNonNull(cycle, "cycle is required");
        this.kpi = Objects.requireNonNull(kpi, "KPI is required");
        Objects.requireNonNull(breakdown, "breakdown key is required (\"" + KpiBreakdown.TOTAL + "\" for the whole)");
        if (!cycle.getPlan().getCode().equals(kpi.getPlan().getCode())) {
            throw new IllegalArgumentException(kpi + " belongs to another plan than the cycle " + cycle);
        }
        if (kpi.getKind().isNarrative()) {
            throw new IllegalArgumentException(kpi + " is a narrative follow-up item; it has no computed value");
        }
        if (!kpi.acceptsBreakdown(breakdown)) {
            throw new IllegalArgumentException(kpi + " has no breakdown \"" + breakdown + "\"; it accepts "
                    + KpiBreakdown.TOTAL + kpi.breakdown().map(b -> " and " + b.keys()).orElse(" only"));
        }
        this.breakdown = breakdown;
        this.unit = Objects.requireNonNull(figure, "figure is required").unit();
        takeFigure(figure, inputs, computedAt);
    }

    /** Records a figure computed now. */
    public KpiValue(FollowUpCycle cycle, Kpi kpi, String breakdown, KpiFigure figure,
                    Collection<SubmissionReference> inputs) {
        this(cycle, kpi, breakdown, figure, inputs, OffsetDateTime.now());
    }

    /** Takes over a recomputed figure for the same cycle, KPI, breakdown and unit, with its new inputs. */
    public void replaceWith(KpiValue recomputed) {
        if (!sameFigureAs(recomputed)) {
            throw new IllegalArgumentException("cannot replace " + this + " with " + recomputed);
        }
        this.label = recomputed.label;
        this.figureValue = recomputed.figureValue;
        this.numerator = recomputed.numerator;
        this.denominator = recomputed.denominator;
        this.formula = recomputed.formula;
        this.normalisation = recomputed.normalisation;
        this.computedAt = recomputed.computedAt;
        this.inputs.clear();
        this.inputs.addAll(recomputed.inputs);
        this.inputCount = this.inputs.size();
    }

    /** Same cycle, KPI, breakdown and unit: the key a cycle has one value for. */
    public boolean sameFigureAs(KpiValue other) {
        return cycle.getFiscalYear().equals(other.cycle.getFiscalYear())
                && cycle.getPlan().getCode().equals(other.cycle.getPlan().getCode())
                && kpi.getCode().equals(other.kpi.getCode())
                && breakdown.equals(other.breakdown)
                && unit == other.unit;
    }

    private void takeFigure(KpiFigure figure, Collection<SubmissionReference> sources, OffsetDateTime when) {
        requireNormalisedIfNeeded(figure);
        this.label = figure.label();
        this.figureValue = stored(figure.value(), "value");
        this.numerator = stored(figure.numerator(), "numerator");
        this.denominator = stored(figure.denominator(), "denominator");
        this.formula = figure.formula().isBlank() ? figure.label() : figure.formula();
        this.normalisation = figure.normalisations().isEmpty() ? null
                : figure.normalisations().stream().map(PeriodNormalisation::describe).collect(Collectors.joining("; "));
        this.computedAt = Objects.requireNonNull(when, "computation time is required");
        this.inputs = new LinkedHashSet<>(Objects.requireNonNull(sources, "inputs are required (empty when none)"));
        this.inputCount = this.inputs.size();
    }

    private void requireNormalisedIfNeeded(KpiFigure figure) {
        PeriodNormalisation own = cycle.normalisation();
        if (kpi.isNormalisedByPeriod() && !own.isIdentity() && figure.unit() == FigureUnit.COUNT
                && !figure.normalisations().contains(own)) {
            throw new IllegalArgumentException(kpi + " is normalised by period, but the " + own.cycle()
                    + " figure \"" + figure.label() + "\" does not apply " + own.describe());
        }
    }

    private BigDecimal stored(BigDecimal exact, String what) {
        BigDecimal rounded = exact.setScale(SCALE, RoundingMode.HALF_UP);
        if (rounded.precision() > PRECISION) {
            throw new IllegalArgumentException(what + " " + exact.toPlainString() + " of " + kpi
                    + " has more than " + (PRECISION - SCALE) + " integer digits");
        }
        return rounded;
    }

    /** The stored figure, for display and targets (normalisations and input figures are kept as text only). */
    public KpiFigure toFigure() {
        return new KpiFigure(label, formula, unit, figureValue, numerator, denominator, List.of(), List.of());
    }

    /** As the committee prints it: "13.3%", "1.3倍", "57,874千円". */
    public String getDisplayValue() {
        return toFigure().display();
    }

    public Long getId() {
        return id;
    }

    public FollowUpCycle getCycle() {
        return cycle;
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

    public String getLabel() {
        return label;
    }

    public BigDecimal getValue() {
        return figureValue;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public String getFormula() {
        return formula;
    }

    /** "R4 (2021-04-01〜2023-03-06) ×1/2", shown next to a normalised figure. */
    public Optional<String> normalisation() {
        return Optional.ofNullable(normalisation);
    }

    public OffsetDateTime getComputedAt() {
        return computedAt;
    }

    /** How many submissions the value was computed from, without reading them. */
    public int getInputCount() {
        return inputCount;
    }

    public Set<SubmissionReference> getInputs() {
        return Set.copyOf(inputs);
    }

    @Override
    public String toString() {
        return kpi + " " + breakdown + " " + unit + " " + cycle.getFiscalYear().shortName();
    }
}
