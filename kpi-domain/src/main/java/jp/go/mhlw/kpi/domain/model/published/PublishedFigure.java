package jp.go.mhlw.kpi.domain.model.published;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.shared.InvalidValueException;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * A figure as the committee published it for a cycle, entered where no raw data exists (R4, R5 before the platform):
 * the text exactly as printed ("27.4％", "57,874千円", "1.3倍"), its decimal value at the printed precision, where it
 * was printed, and who entered it when. One per cycle, KPI, breakdown key and unit, like a computed
 * {@link KpiValue}. Printed figures are reconciled against each other ({@link PrintedTables}) and can be adopted as
 * the KPI's history ({@link #toKpiFigure()}).
 *
 * <p>Counts of a KPI normalised by period may be printed already normalised: the R4 hub figures in the R5 material
 * were halved by the committee (R4 covered 2021-04-01..2023-03-06). {@link #isPrintedNormalised()} says so, and the
 * printed value is then not normalised a second time.
 */
@Entity
@Table(name = "published_figure")
public class PublishedFigure {

    /** How the lineage of a value adopted from a printed figure starts: no submissions, only the printed source. */
    public static final String AS_PUBLISHED = KpiValue.AS_PUBLISHED;

    static final int VALUE_SCALE = PrintedNumber.MAX_DECIMALS;
    private static final int VALUE_PRECISION = 30;
    static final int TEXT_LENGTH = 64;
    static final int SOURCE_LENGTH = 200;
    static final int NOTE_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "published_figure_seq", sequenceName = "published_figure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "published_figure_seq")
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
    @Size(max = TEXT_LENGTH)
    @Column(name = "printed_text", nullable = false, length = TEXT_LENGTH)
    private String printedText;

    @NotNull
    @Column(name = "printed_value", nullable = false, precision = VALUE_PRECISION, scale = VALUE_SCALE)
    private BigDecimal printedValue;

    @Min(0)
    @Max(VALUE_SCALE)
    @Column(name = "printed_decimals", nullable = false)
    private int printedDecimals;

    @Column(name = "printed_normalised", nullable = false)
    private boolean printedNormalised;

    @NotBlank
    @Size(max = SOURCE_LENGTH)
    @Column(nullable = false, length = SOURCE_LENGTH)
    private String source;

    @Size(max = NOTE_LENGTH)
    @Column(length = NOTE_LENGTH)
    private String note;

    @NotBlank
    @Size(max = 255)
    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @NotNull
    @Column(name = "entered_at", nullable = false)
    private OffsetDateTime enteredAt;

    @Size(max = 255)
    @Column(name = "corrected_by")
    private String correctedBy;

    @Column(name = "corrected_at")
    private OffsetDateTime correctedAt;

    @Version
    private int version;

    protected PublishedFigure() {
        // for JPA
    }

    private PublishedFigure(FollowUpCycle cycle, Kpi kpi, String breakdown, FigureUnit unit) {
        this.cycle = cycle;
        this.kpi = kpi;
        this.breakdown = breakdown;
        this.unit = unit;
    }

    /**
     * What is wrong with a printed figure; empty when it can be entered. The service checks
     * first and shows every problem at once; {@link #enter} and {@link #correct} refuse what this refuses.
     */
    public static List<Problem> check(FollowUpCycle cycle, Kpi kpi, String breakdown, FigureUnit unit,
                                      String printedText, String source, String note, boolean printedNormalised) {
        List<Problem> problems = new ArrayList<>();
        if (cycle == null) {
            problems.add(Problem.at("cycle", "published.cycle.required"));
        }
        problems.addAll(FigureKeys.check(cycle == null ? null : cycle.getPlan(), kpi, breakdown, unit));
        problems.addAll(checkPrinted(printedText, unit, printedNormalised));
        if (printedNormalised && kpi != null && unit != null) {
            checkPrintedNormalised(cycle, kpi, unit, problems);
        }
        if (source == null || source.isBlank()) {
            problems.add(Problem.at("source", "published.source.required"));
        } else if (source.length() > SOURCE_LENGTH) {
            problems.add(Problem.at("source", "published.source.tooLong", String.valueOf(SOURCE_LENGTH)));
        }
        if (note != null && note.length() > NOTE_LENGTH) {
            problems.add(Problem.at("note", "published.note.tooLong", String.valueOf(NOTE_LENGTH)));
        }
        return problems;
    }

    private static List<Problem> checkPrinted(String printedText, FigureUnit unit, boolean printedNormalised) {
        List<Problem> problems = new ArrayList<>();
        if (printedText == null || printedText.isBlank()) {
            problems.add(Problem.at("printedText", "published.printedText.required"));
            return problems;
        }
        if (printedText.length() > TEXT_LENGTH) {
            problems.add(Problem.at("printedText", "published.printedText.tooLong", String.valueOf(TEXT_LENGTH)));
            return problems;
        }
        PrintedNumber printed;
        try {
            printed = PrintedNumber.parse(printedText);
        } catch (InvalidValueException unreadable) {
            problems.add(unreadable.problem("printedText"));
            return problems;
        }
        if (unit == null) {
            return problems;
        }
        BigDecimal value = printed.value();
        if (!printed.fits(unit)) {
            problems.add(Problem.at("printedText", "published.printedText.otherUnit", printedText, unit.name()));
        } else if (value.signum() < 0 && unit != FigureUnit.PERCENTAGE_POINTS) {
            problems.add(Problem.at("printedText", "published.printedText.negative", printedText, unit.name()));
        } else if (unit == FigureUnit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(Problem.at("printedText", "published.printedText.over100", printedText));
        } else if (unit == FigureUnit.COUNT && !printedNormalised && value.stripTrailingZeros().scale() > 0) {
            problems.add(Problem.at("printedText", "published.printedText.wholeCount", printedText));
        } else if (value.precision() - value.scale() > VALUE_PRECISION - VALUE_SCALE) {
            problems.add(Problem.at("printedText", "published.printedText.tooLarge", printedText,
                    String.valueOf(VALUE_PRECISION - VALUE_SCALE)));
        }
        return problems;
    }

    private static void checkPrintedNormalised(FollowUpCycle cycle, Kpi kpi, FigureUnit unit, List<Problem> problems) {
        if (!kpi.isNormalisedByPeriod() || unit != FigureUnit.COUNT) {
            problems.add(Problem.at("printedNormalised", "published.printedNormalised.notNormalisedKpi", kpi.getCode(),
                    unit.name()));
        } else if (cycle != null && cycle.normalisation().isIdentity()) {
            problems.add(Problem.at("printedNormalised", "published.printedNormalised.identity",
                    cycle.getFiscalYear().shortName()));
        }
    }

    /** A printed figure entered now by {@code enteredBy}; refuses what {@link #check} reports. */
    public static PublishedFigure enter(FollowUpCycle cycle, Kpi kpi, String breakdown, FigureUnit unit,
                                        String printedText, String source, String note, boolean printedNormalised,
                                        String enteredBy, OffsetDateTime enteredAt) {
        refuseProblems(check(cycle, kpi, breakdown, unit, printedText, source, note, printedNormalised));
        PublishedFigure figure = new PublishedFigure(cycle, kpi, breakdown, unit);
        figure.take(printedText, source, note, printedNormalised);
        figure.enteredBy = requireActor(enteredBy);
        figure.enteredAt = Objects.requireNonNull(enteredAt, "entry time is required");
        return figure;
    }

    /**
     * Corrects a mistyped entry (the printed figure itself is what it is). Returns false and changes nothing when
     * nothing differs, so that an unchanged form is not recorded as a correction.
     */
    public boolean correct(String printedText, String source, String note, boolean printedNormalised,
                           String correctedBy, OffsetDateTime correctedAt) {
        refuseProblems(check(cycle, kpi, breakdown, unit, printedText, source, note, printedNormalised));
        String normalisedNote = blankToNull(note);
        if (this.printedText.equals(printedText) && this.source.equals(source.strip())
                && Objects.equals(this.note, normalisedNote) && this.printedNormalised == printedNormalised) {
            return false;
        }
        take(printedText, source, note, printedNormalised);
        this.correctedBy = requireActor(correctedBy);
        this.correctedAt = Objects.requireNonNull(correctedAt, "correction time is required");
        return true;
    }

    private void take(String printedText, String source, String note, boolean printedNormalised) {
        PrintedNumber printed = PrintedNumber.parse(printedText);
        this.printedText = printedText;
        this.printedValue = printed.value().setScale(VALUE_SCALE);
        this.printedDecimals = printed.decimals();
        this.printedNormalised = printedNormalised;
        this.source = source.strip();
        this.note = blankToNull(note);
    }

    /**
     * The figure as a KPI figure for the history: value as printed, lineage "as published" with the source, no
     * submissions. A count of a KPI normalised by period carries the cycle's normalisation: applied by the
     * committee when it was printed normalised, applied here otherwise.
     */
    public KpiFigure toKpiFigure() {
        String label = cycle.getFiscalYear().shortName() + " " + kpi.getCode()
                + (KpiBreakdown.TOTAL.equals(breakdown) ? "" : " " + breakdown) + " " + AS_PUBLISHED;
        String formula = AS_PUBLISHED + ": " + printedText + " (" + source + ")";
        BigDecimal printed = getPrintedValue();
        PeriodNormalisation own = cycle.normalisation();
        if (!kpi.isNormalisedByPeriod() || unit != FigureUnit.COUNT || own.isIdentity()) {
            return KpiFigure.quotient(label, formula, unit, printed, unit.multiplier());
        }
        if (printedNormalised) {
            return KpiFigure.quotient(label, formula + ", printed after " + own.describe(), unit, printed,
                    BigDecimal.ONE, List.of(own), List.of());
        }
        return KpiFigure.quotient(label, formula + " × " + own.factorText() + " (" + own.describe() + ")", unit,
                printed.multiply(BigDecimal.valueOf(own.factorNumerator())),
                BigDecimal.valueOf(own.factorDenominator()), List.of(own), List.of());
    }

    /** The figure as a history value of its KPI: {@link #toKpiFigure()} without submissions. */
    public KpiValue toKpiValue(OffsetDateTime adoptedAt) {
        return new KpiValue(cycle, kpi, breakdown, toKpiFigure(), List.of(), adoptedAt);
    }

    /** Whether a stored value was adopted from a printed figure rather than computed from submissions. */
    public static boolean isAdoptedFromPublished(KpiValue value) {
        return value.getInputs().isEmpty() && value.getFormula().startsWith(AS_PUBLISHED + ":");
    }

    /** Same cycle, KPI, breakdown and unit as a stored value. */
    public boolean sameKeyAs(KpiValue value) {
        return value.getCycle().getFiscalYear().equals(cycle.getFiscalYear())
                && value.getCycle().getPlan().getCode().equals(cycle.getPlan().getCode())
                && value.getKpi().getCode().equals(kpi.getCode())
                && value.getBreakdown().equals(breakdown)
                && value.getUnit() == unit;
    }

    private static void refuseProblems(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(Problem::messageEn)
                    .collect(Collectors.joining(" ")));
        }
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("who entered the figure is required");
        }
        return actor;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    /** Exactly as printed: "27.4％", "57,874千円", "全64テーマ". */
    public String getPrintedText() {
        return printedText;
    }

    /** The printed value with the printed decimals ("5%" → 5, "40.0%" → 40.0). */
    public BigDecimal getPrintedValue() {
        return printedValue.setScale(printedDecimals);
    }

    public int getPrintedDecimals() {
        return printedDecimals;
    }

    public boolean isPrintedNormalised() {
        return printedNormalised;
    }

    /** Where it was printed, e.g. "資料3-1 p.45". */
    public String getSource() {
        return source;
    }

    /** What a reader should know about the figure (already normalised, order unverified...); null when nothing. */
    public String getNote() {
        return note;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public OffsetDateTime getEnteredAt() {
        return enteredAt;
    }

    /** Who last corrected the entry; null when never corrected. */
    public String getCorrectedBy() {
        return correctedBy;
    }

    public OffsetDateTime getCorrectedAt() {
        return correctedAt;
    }

    public boolean isCorrected() {
        return correctedAt != null;
    }

    @Override
    public String toString() {
        return kpi + " " + breakdown + " " + unit + " " + cycle.getFiscalYear().shortName() + " 「" + printedText + "」";
    }
}
