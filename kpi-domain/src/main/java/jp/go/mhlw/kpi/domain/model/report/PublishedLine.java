package jp.go.mhlw.kpi.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;

/**
 * One KPI figure of a published report, frozen at publication: the value at full precision and as printed, last
 * cycle's printed figure for the year-over-year view, the normalisation and the formula behind it.
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

    protected PublishedLine() {
        // for JPA
    }

    public PublishedLine(int lineNumber, int goalNumber, String kpiCode, String nameJa, String nameEn, String breakdown,
                         FigureUnit unit, BigDecimal value, String printed, String previousPrinted,
                         String normalisation, String formula) {
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
}
