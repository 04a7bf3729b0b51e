package jp.go.mhlw.kpi.domain.model.cycle;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;

/**
 * One fiscal year's follow-up under a plan, e.g. 令和5年度 (FY2023) under the 2nd plan: the reporting period the
 * hubs report on, the factor that brings its figures to a yearly basis (R4: 1/2, because its period ran
 * 2021-04-01..2023-03-06), the date the surveys count at, and where the cycle stands.
 */
@Entity
@Table(name = "follow_up_cycle")
public class FollowUpCycle {

    @Id
    @SequenceGenerator(name = "follow_up_cycle_seq", sequenceName = "follow_up_cycle_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_cycle_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private BasicPlan plan;

    @Min(1989)
    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @NotNull
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @NotNull
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Positive
    @Column(name = "normalisation_numerator", nullable = false)
    private int normalisationNumerator;

    @Positive
    @Column(name = "normalisation_denominator", nullable = false)
    private int normalisationDenominator;

    @Column(name = "survey_reference_date")
    private LocalDate surveyReferenceDate;

    @Column(name = "survey_previous_snapshot")
    private LocalDate surveyPreviousSnapshot;

    @Column(name = "survey_current_snapshot")
    private LocalDate surveyCurrentSnapshot;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CycleStatus status;

    /** The deadline the bodies are given when the collection opens (each request keeps its own, extensions included). */
    @Column(name = "collection_due")
    private LocalDate collectionDue;

    /** Days before a request's due date on which its reporters are reminded, e.g. "14,7,1". */
    @Column(name = "reminder_days", length = 100)
    private String reminderDays;

    @Column(name = "collection_opened_at")
    private OffsetDateTime collectionOpenedAt;

    @Column(name = "collection_closed_at")
    private OffsetDateTime collectionClosedAt;

    @Version
    private int version;

    protected FollowUpCycle() {
        // for JPA
    }

    /**
     * A planned cycle. The period and factor are checked by {@link PeriodNormalisation}; the plan must be in force
     * during the fiscal year.
     */
    public FollowUpCycle(BasicPlan plan, JapaneseFiscalYear fiscalYear, LocalDate periodStart, LocalDate periodEnd,
                         int normalisationNumerator, int normalisationDenominator) {
        Objects.requireNonNull(plan, "plan is required");
        Objects.requireNonNull(fiscalYear, "fiscal year is required");
        new PeriodNormalisation(fiscalYear.shortName(), periodStart, periodEnd, normalisationNumerator,
                normalisationDenominator);
        if (!plan.isInForceDuring(fiscalYear.firstDay(), fiscalYear.lastDay())) {
            throw new IllegalArgumentException(plan.getCode() + " is not in force during " + fiscalYear.display());
        }
        this.plan = plan;
        this.fiscalYear = fiscalYear.fiscalYear();
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.normalisationNumerator = normalisationNumerator;
        this.normalisationDenominator = normalisationDenominator;
        this.status = CycleStatus.PLANNED;
    }

    /** A cycle whose reporting period is its fiscal year, so its figures are already yearly (factor 1). */
    public static FollowUpCycle forFiscalYear(BasicPlan plan, JapaneseFiscalYear fiscalYear) {
        return new FollowUpCycle(plan, fiscalYear, fiscalYear.firstDay(), fiscalYear.lastDay(), 1, 1);
    }

    /**
     * The dates the surveys count at. They are the cycle's data, set when the year is opened and changeable until
     * the collection is over (the aggregation computes with them).
     *
     * @throws IllegalArgumentException when a date is missing or the snapshots are not in order
     * @throws IllegalStateException once the collection is over
     */
    public void fixSurveyDates(SurveyDates dates) {
        Objects.requireNonNull(dates, "survey dates are required");
        if (!dates.isComplete()) {
            throw new IllegalArgumentException("Incomplete survey dates for " + this + ": " + dates.problems());
        }
        if (!areSurveyDatesChangeable()) {
            throw new IllegalStateException("The survey dates of " + this + " cannot change once its collection is over");
        }
        this.surveyReferenceDate = dates.reference();
        this.surveyPreviousSnapshot = dates.previousSnapshot();
        this.surveyCurrentSnapshot = dates.currentSnapshot();
    }

    /**
     * Until the collection is over; after it only while the reference date the aggregation needs is missing (the
     * aggregation is then retried with it).
     */
    public boolean areSurveyDatesChangeable() {
        return status == CycleStatus.PLANNED || status == CycleStatus.COLLECTING || isCollectable()
                || status == CycleStatus.REVIEWING && surveyReferenceDate == null;
    }

    /** The survey dates as far as they are known (a year entered as printed history may hold the reference only). */
    public SurveyDates surveyDates() {
        return new SurveyDates(surveyReferenceDate, surveyPreviousSnapshot, surveyCurrentSnapshot);
    }

    /**
     * The secretariat opens the collection: the bodies are asked for their reports due on {@code due}, reminded as
     * the schedule says. Only a planned cycle opens, and only with a deadline after today (Japan time).
     */
    public void openCollection(LocalDate due, ReminderSchedule reminders, Instant now) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(reminders, "reminders");
        if (!isCollectable()) {
            throw new IllegalStateException("The collection of " + this + " has already been opened (it is " + status + ")");
        }
        LocalDate today = now.atZone(JapaneseFiscalYear.JAPAN_TIME).toLocalDate();
        if (!due.isAfter(today)) {
            throw new IllegalArgumentException("The deadline " + due + " must be after today, " + today);
        }
        this.collectionDue = due;
        this.reminderDays = reminders.text();
        this.collectionOpenedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        this.status = CycleStatus.COLLECTING;
    }

    /**
     * Whether the bodies can still be asked: a planned cycle, or one entered only as printed history (never collected
     * here), whose raw data then gives computed values with lineage in place of the adopted printed figures.
     */
    public boolean isCollectable() {
        return collectionOpenedAt == null && status != CycleStatus.COLLECTING;
    }

    /** Collection is over (every request settled, or the secretariat closed it): the cycle goes to review. */
    public void closeCollection(Instant now) {
        if (status != CycleStatus.COLLECTING) {
            throw new IllegalStateException("The collection of " + this + " is not open (it is " + status + ")");
        }
        this.collectionClosedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        this.status = CycleStatus.REVIEWING;
    }

    /**
     * The secretariat's draft report is before the committee; also again when a published report is corrected.
     * Not while the bodies are still reporting.
     */
    public void toCommitteeReview() {
        if (status == CycleStatus.COLLECTING) {
            throw new IllegalStateException("The collection of " + this + " is still open: its report cannot go to the committee");
        }
        status = CycleStatus.COMMITTEE_REVIEW;
    }

    /** The committee's report is public: the cycle is history until a correction re-opens its review. */
    public void published() {
        status = CycleStatus.PUBLISHED;
    }

    /** Moves the cycle on to its next status (collecting → reviewing → committee review → published). */
    public void advance() {
        status = status.next();
    }

    /** The reporting period and factor as the KPI computations use them, labelled with the cycle ("R4"). */
    public PeriodNormalisation normalisation() {
        return new PeriodNormalisation(getFiscalYear().shortName(), periodStart, periodEnd,
                normalisationNumerator, normalisationDenominator);
    }

    /** "1/2", or "1" for a yearly cycle. */
    public String getNormalisationFactor() {
        return normalisation().factorText();
    }

    /** "令和5年度 (FY2023)". */
    public String getDisplayName() {
        return getFiscalYear().display();
    }

    public Long getId() {
        return id;
    }

    public BasicPlan getPlan() {
        return plan;
    }

    public JapaneseFiscalYear getFiscalYear() {
        return JapaneseFiscalYear.of(fiscalYear);
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getNormalisationNumerator() {
        return normalisationNumerator;
    }

    public int getNormalisationDenominator() {
        return normalisationDenominator;
    }

    public Optional<LocalDate> surveyReferenceDate() {
        return Optional.ofNullable(surveyReferenceDate);
    }

    public CycleStatus getStatus() {
        return status;
    }

    public Optional<LocalDate> collectionDue() {
        return Optional.ofNullable(collectionDue);
    }

    /** The reminder schedule the collection was opened with (none before it opened). */
    public ReminderSchedule reminderSchedule() {
        return ReminderSchedule.parse(reminderDays);
    }

    public Optional<Instant> collectionOpenedAt() {
        return Optional.ofNullable(collectionOpenedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> collectionClosedAt() {
        return Optional.ofNullable(collectionClosedAt).map(OffsetDateTime::toInstant);
    }

    /** "PLAN-2/FY2024": the business key of the cycle's process and what screens and audit records name it by. */
    public String key() {
        return plan.getCode() + "/" + getFiscalYear().westernName();
    }

    @Override
    public String toString() {
        return plan.getCode() + " " + getDisplayName();
    }
}
