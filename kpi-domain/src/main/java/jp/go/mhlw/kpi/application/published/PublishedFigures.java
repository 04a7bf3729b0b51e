package jp.go.mhlw.kpi.application.published;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.computation.Discrepancy;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.published.HistoryAdoption;
import jp.go.mhlw.kpi.domain.model.published.PrintedFigureReconciliation;
import jp.go.mhlw.kpi.domain.model.published.PrintedTableLayout;
import jp.go.mhlw.kpi.domain.model.published.PrintedTables;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigureRepository;
import jp.go.mhlw.kpi.domain.model.published.ReconciliationGap;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Historical figures as the committee printed them (issue item 9): the secretariat enters and corrects them where no
 * raw data exists; everyone who reviews the follow-up lists them and sees their reconciliation (every contradiction
 * between shares and counts, group rows and totals, averages across tables); and the secretariat adopts them as the
 * KPIs' history where no computed value exists. Every change is recorded once in the audit trail.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.COMMITTEE_MEMBER, Role.Names.ADMIN})
public class PublishedFigures {

    static final String OBJECT_TYPE = "PublishedFigure";
    static final String VALUE_OBJECT_TYPE = "KpiValue";

    @Inject
    PublishedFigureRepository figures;

    @Inject
    BasicPlanRepository plans;

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    KpiValueRepository kpiValues;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    Clock clock = Clock.systemDefaultZone();

    /**
     * Enters a figure exactly as printed for a cycle.
     *
     * @throws EntryRejectedException with every problem (unknown cycle or KPI, breakdown or unit the KPI does not
     *                                have, unreadable text, a figure already entered for the same key...)
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public PublishedFigure enter(@NotBlank String planCode, int fiscalYear, @NotNull PrintedFigureEntry entry) {
        List<Problem> problems = new ArrayList<>();
        Optional<FollowUpCycle> cycle = cycle(planCode, fiscalYear, problems);
        Optional<Kpi> kpi = kpi(planCode, entry.kpiCode(), problems);
        String breakdown = entry.breakdown() == null || entry.breakdown().isBlank() ? KpiBreakdown.TOTAL : entry.breakdown().strip();
        if (cycle.isPresent() && kpi.isPresent()) {
            problems.addAll(PublishedFigure.check(cycle.get(), kpi.get(), breakdown, entry.unit(), entry.printedText(),
                    entry.source(), entry.note(), entry.printedNormalised()));
            if (problems.isEmpty()) {
                figures.find(cycle.get(), kpi.get(), breakdown, entry.unit()).ifPresent(existing -> problems.add(
                        Problem.at("printedText", "published.alreadyEntered", existing.getPrintedText(),
                                existing.getEnteredBy())));
            }
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The printed figure", problems);
        }
        PublishedFigure figure = figures.store(PublishedFigure.enter(cycle.get(), kpi.get(), breakdown, entry.unit(),
                entry.printedText(), entry.source(), entry.note(), entry.printedNormalised(), actor(), now()));
        auditTrail.record(new AuditEntry("published-figure.entered", OBJECT_TYPE, String.valueOf(figure.getId()), null,
                summary("Entered", figure), null, state(figure)));
        return figure;
    }

    /**
     * Corrects a mistyped entry; the figure's key (cycle, KPI, breakdown, unit) stays. A correction that changes
     * nothing is not recorded. A value adopted from the figure is refreshed by the next {@link #adoptAsHistory}.
     *
     * @throws EntryRejectedException for an unknown figure, a missing reason, or what {@link #enter} refuses
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public PublishedFigure correct(long figureId, @NotNull PrintedFigureCorrection correction) {
        PublishedFigure figure = figures.findById(figureId).orElseThrow(() -> new EntryRejectedException(
                "The correction", List.of(Problem.at("id", "published.notFound", String.valueOf(figureId)))));
        List<Problem> problems = new ArrayList<>(PublishedFigure.check(figure.getCycle(), figure.getKpi(),
                figure.getBreakdown(), figure.getUnit(), correction.printedText(), correction.source(), correction.note(),
                correction.printedNormalised()));
        if (correction.reason() == null || correction.reason().isBlank()) {
            problems.add(Problem.at("reason", "published.reason.required"));
        } else if (correction.reason().length() > 300) {
            problems.add(Problem.at("reason", "published.reason.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The correction", problems);
        }
        String before = state(figure);
        String printedBefore = figure.getPrintedText();
        if (figure.correct(correction.printedText(), correction.source(), correction.note(),
                correction.printedNormalised(), actor(), now())) {
            figures.store(figure);
            auditTrail.record(new AuditEntry("published-figure.corrected", OBJECT_TYPE, String.valueOf(figure.getId()), null,
                    summary("Corrected", figure) + " (was 「" + printedBefore + "」): " + correction.reason().strip(),
                    before, state(figure)));
        }
        return figure;
    }

    /** The cycle's printed figures in catalogue order; empty for an unknown cycle. */
    @ReadOnly
    public List<PublishedFigure> list(@NotBlank String planCode, int fiscalYear) {
        return findCycle(planCode, fiscalYear).map(figures::findByCycle).orElse(List.of());
    }

    /**
     * Every contradiction in the cycle's printed tables, found by the existing reconcilers on the tables rebuilt
     * from the stored printed figures (focus-area tables for all and mature themes, then the training table).
     */
    @ReadOnly
    public List<Discrepancy> reconcile(@NotBlank String planCode, int fiscalYear) {
        return reconciliation(planCode, fiscalYear).discrepancies();
    }

    /** {@link #reconcile} with what could not be checked for lack of figures, for the screen. */
    @ReadOnly
    public PrintedFigureReconciliation reconciliation(@NotBlank String planCode, int fiscalYear) {
        Optional<FollowUpCycle> found = findCycle(planCode, fiscalYear);
        if (found.isEmpty()) {
            return PrintedFigureReconciliation.nothingToReconcile(planCode + " FY" + fiscalYear, List.of());
        }
        FollowUpCycle cycle = found.get();
        Optional<PrintedTableLayout> layout = PrintedTableLayout.forPlan(planCode);
        if (layout.isEmpty()) {
            return PrintedFigureReconciliation.nothingToReconcile(cycle.getDisplayName(), List.of(ReconciliationGap.of(
                    planCode, "published.gap.noTables", planCode)));
        }
        return PrintedTables.assemble(cycle, figures.findByCycle(cycle), layout.get()).reconcile(cycle.getDisplayName());
    }

    /**
     * Turns the cycle's printed figures into KPI values (formula "as published", no submissions, the normalisation
     * noted) so that the KPI history shows the years before the platform. Only where no computed value exists;
     * values adopted earlier are refreshed when their figure was corrected since.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public HistoryAdoption adoptAsHistory(@NotBlank String planCode, int fiscalYear) {
        List<Problem> problems = new ArrayList<>();
        FollowUpCycle cycle = cycle(planCode, fiscalYear, problems)
                .orElseThrow(() -> new EntryRejectedException("Adopting the printed figures", problems));
        OffsetDateTime now = now();
        List<HistoryAdoption.Line> lines = new ArrayList<>();
        for (PublishedFigure figure : figures.findByCycle(cycle)) {
            KpiValue candidate = figure.toKpiValue(now);
            Optional<KpiValue> existing = kpiValues.find(cycle, figure.getKpi(), figure.getBreakdown(), figure.getUnit());
            HistoryAdoption.Outcome outcome = HistoryAdoption.decide(existing, candidate);
            KpiValue value = existing.orElse(candidate);
            if (outcome == HistoryAdoption.Outcome.ADOPTED || outcome == HistoryAdoption.Outcome.REFRESHED) {
                String before = existing.map(PublishedFigures::state).orElse(null);
                value = kpiValues.store(candidate);
                auditTrail.record(new AuditEntry(
                        outcome == HistoryAdoption.Outcome.ADOPTED ? "kpi-value.adopted-from-published"
                                : "kpi-value.refreshed-from-published",
                        VALUE_OBJECT_TYPE, String.valueOf(value.getId()), null,
                        (outcome == HistoryAdoption.Outcome.ADOPTED ? "Adopted" : "Refreshed") + " " + value
                                + " as published (「" + figure.getPrintedText() + "」, printed figure " + figure.getId() + ")",
                        before, state(value)));
            }
            lines.add(new HistoryAdoption.Line(figure, outcome, value));
        }
        return new HistoryAdoption(lines);
    }

    private Optional<FollowUpCycle> findCycle(String planCode, int fiscalYear) {
        if (fiscalYear < 1989) {
            return Optional.empty();
        }
        return cycles.find(planCode, JapaneseFiscalYear.of(fiscalYear));
    }

    private Optional<FollowUpCycle> cycle(String planCode, int fiscalYear, List<Problem> problems) {
        Optional<FollowUpCycle> cycle = planCode == null ? Optional.empty() : findCycle(planCode, fiscalYear);
        if (cycle.isEmpty()) {
            problems.add(Problem.at("cycle", "published.cycle.unknown", String.valueOf(planCode),
                    String.valueOf(fiscalYear)));
        }
        return cycle;
    }

    private Optional<Kpi> kpi(String planCode, String kpiCode, List<Problem> problems) {
        if (kpiCode == null || kpiCode.isBlank()) {
            problems.add(Problem.at("kpi", "figureKey.kpi.required"));
            return Optional.empty();
        }
        Optional<Kpi> kpi = planCode == null ? Optional.empty() : plans.findKpi(planCode, kpiCode.strip());
        if (kpi.isEmpty()) {
            problems.add(Problem.at("kpi", "published.kpi.unknown", String.valueOf(planCode), kpiCode));
        }
        return kpi;
    }

    private String actor() {
        return currentCaller.require().userName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String summary(String verb, PublishedFigure figure) {
        return verb + " printed figure " + figure.getCycle().getFiscalYear().shortName() + " " + figure.getKpi().getCode()
                + " " + figure.getBreakdown() + " " + figure.getUnit() + " 「" + figure.getPrintedText() + "」 ("
                + figure.getSource() + ")";
    }

    static String state(PublishedFigure figure) {
        return AuditJson.object()
                .with("plan", figure.getCycle().getPlan().getCode())
                .with("cycle", figure.getCycle().getFiscalYear().shortName())
                .with("kpi", figure.getKpi().getCode())
                .with("breakdown", figure.getBreakdown())
                .with("unit", figure.getUnit().name())
                .with("printedText", figure.getPrintedText())
                .with("printedValue", figure.getPrintedValue())
                .with("printedDecimals", figure.getPrintedDecimals())
                .with("printedNormalised", figure.isPrintedNormalised())
                .with("source", figure.getSource())
                .with("note", figure.getNote())
                .toString();
    }

    static String state(KpiValue value) {
        return AuditJson.object()
                .with("plan", value.getCycle().getPlan().getCode())
                .with("cycle", value.getCycle().getFiscalYear().shortName())
                .with("kpi", value.getKpi().getCode())
                .with("breakdown", value.getBreakdown())
                .with("unit", value.getUnit().name())
                .with("value", value.getValue().stripTrailingZeros())
                .with("numerator", value.getNumerator().stripTrailingZeros())
                .with("denominator", value.getDenominator().stripTrailingZeros())
                .with("formula", value.getFormula())
                .with("normalisation", value.normalisation().orElse(null))
                .toString();
    }
}
