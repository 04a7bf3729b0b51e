package jp.go.mhlw.kpi.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.lineage.FigureLineage;

/**
 * One KPI figure of a published report, frozen at publication: the value at full precision and as printed, last
 * cycle's printed figure for the year-over-year view, the normalisation and the formula behind it, and how many
 * submissions it was computed from (which bodies is not public).
 */
@Embeddable
public class PublishedLine {

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "goal_number", nullable = false)
    private int goalNumber;

    @Column(name = "kpi_code", nullable = false, length = 64)
    private String kpiCode;

    @Column(name = "name_ja", nullable = false, length = 300)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(nullable = false, length = 64)
    private String breakdown;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private FigureUnit unit;

    @Column(name = "figure_value", nullable = false, precision = 38, scale = 16)
    private BigDecimal value;

    @Column(nullable = false, length = 64)
    private String printed;

    @Column(name = "previous_printed", length = 64)
    private String previousPrinted;

    @Column(length = 1000)
    private String normalisation;

    @Column(nullable = false, length = 4000)
    private String formula;

    /** How many submissions the figure was computed from; null in versions published before it was recorded. */
    @Column(name = "submission_count")
    private Integer submissionCount;

    protected PublishedLine() {
        // for JPA
    }

    public PublishedLine(int lineNumber, int goalNumber, String kpiCode, String nameJa, String nameEn, String breakdown,
                         FigureUnit unit, BigDecimal value, String printed, String previousPrinted,
                         String normalisation, String formula, Integer submissionCount) {
        this.lineNumber = lineNumber;
        this.goalNumber = goalNumber;
        this.kpiCode = Objects.requireNonNull(kpiCode, "kpiCode");
        this.nameJa = Objects.requireNonNull(nameJa, "nameJa");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.breakdown = Objects.requireNonNull(breakdown, "breakdown");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.value = Objects.requireNonNull(value, "value");
        this.printed = Objects.requireNonNull(printed, "printed");
        this.previousPrinted = previousPrinted;
        this.normalisation = normalisation;
        this.formula = formula.length() > 4000 ? formula.substring(0, 3999) + "…" : formula;
        this.submissionCount = submissionCount;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public int getGoalNumber() {
        return goalNumber;
    }

    public String getKpiCode() {
        return kpiCode;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getBreakdown() {
        return breakdown;
    }

    public FigureUnit getUnit() {
        return unit;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getPrinted() {
        return printed;
    }

    /** Last cycle's printed figure of the same KPI, breakdown and unit; empty text when there was none. */
    public String getPreviousPrinted() {
        return previousPrinted == null ? "" : previousPrinted;
    }

    public Optional<String> previous() {
        return Optional.ofNullable(previousPrinted);
    }

    public String getNormalisation() {
        return normalisation == null ? "" : normalisation;
    }

    public String getFormula() {
        return formula;
    }

    /** How many submissions the figure was computed from, empty in versions published before this was recorded. */
    public Optional<Integer> submissionCount() {
        return Optional.ofNullable(submissionCount);
    }

    /**
     * Where the figure comes from, as the public may read it: the number of submissions (no body, no request), the
     * normalisation and the formula.
     */
    public FigureLineage publicLineage() {
        return FigureLineage.published(unit, submissionCount, normalisation, formula);
    }
}
