package jp.go.mhlw.kpi.application.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions.Approved;
import jp.go.mhlw.kpi.application.followup.CycleFigures.Computed;
import jp.go.mhlw.kpi.application.followup.CycleFigures.PreviousValues;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.model.catalogue.Computation;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * The figures the ministry divisions type into their progress reports, as KPI values: each catalogue KPI computed
 * as a {@code ministry-figure} takes the progress figure its parameter names from the approved report of the
 * division the catalogue names as its implementing body, and only from it. A KPI without such a figure is {@link Missing} with the reason, never 0.
 * Counts get their ratio to the previous cycle's value; a duration (device lag) is compared by the previous figure
 * printed beside it, as a ratio of lags says nothing. Plain Java, like {@link CycleFigures}.
 */
public final class MinistryFigures {

    /** A total and the two parts it is the sum of, shown in its formula and used when the total is left blank. */
    private static final Map<ProgressFigure, List<ProgressFigure>> PARTS = Map.of(
            ProgressFigure.DEVICE_LAG, List.of(ProgressFigure.DEVELOPMENT_LAG, ProgressFigure.REVIEW_LAG),
            ProgressFigure.NEW_DEVICE_APPROVALS, List.of(ProgressFigure.NEW_DEVICE_APPROVALS_NEW,
                    ProgressFigure.NEW_DEVICE_APPROVALS_PARTIAL_CHANGE));

    /**
     * A KPI as the catalogue defines it for this computation, without its computation: for the 2nd plan's figures
     * computed without a database, the computations read from its plan file.
     *
     * @param responsibleOrganisation the division that reports it; empty when the catalogue names every ministry
     *                                division, so whichever reports it does (several only if they agree)
     */
    public record MinistryKpi(String code, KpiKind kind, Optional<String> responsibleOrganisation) {
        public MinistryKpi {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(responsibleOrganisation, "responsibleOrganisation");
        }

        /** The catalogue's KPI: its kind and the one organisation that reports it, if it names one. */
        public static MinistryKpi of(Kpi kpi) {
            return new MinistryKpi(kpi.getCode(), kpi.getKind(),
                    kpi.getImplementingBody().organisation().map(Organisation::getCode));
        }
    }

    /** A ministry KPI without a value in the cycle, and why (a text of the domain bundle). */
    public record Missing(String kpiCode, Phrase reason) {
        public Missing {
            Objects.requireNonNull(kpiCode, "kpiCode");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The values computed and the KPIs left without one. */
    public record Result(List<Computed> computed, List<Missing> missing) {
        public Result {
            computed = List.copyOf(computed);
            missing = List.copyOf(missing);
        }
    }

    private final String cycle;
    private final List<CatalogueKpi> kpis;
    private final PreviousValues previous;

    /**
     * @param cycle    the cycle's short name ("R5"), labelling the figures
     * @param kpis     the cycle's plan's KPIs in catalogue order: those computed as a {@code ministry-figure} take
     *                 the progress figure their parameter names
     * @param previous the previous cycle's stored values
     */
    public MinistryFigures(String cycle, List<CatalogueKpi> kpis, PreviousValues previous) {
        this.cycle = Objects.requireNonNull(cycle, "cycle");
        this.kpis = kpis.stream().filter(kpi -> kpi.computation().computation() == Computation.MINISTRY_FIGURE)
                .filter(kpi -> !kpi.kind().isNarrative()).toList();
        this.previous = Objects.requireNonNull(previous, "previous");
    }

    /**
     * The 2nd plan's figures: its ministry KPIs as its plan file gives them ({@link CatalogueKpi#secondPlan()}), each
     * with its kind and body as the catalogue gives them (empty: the plan does not follow it).
     */
    public MinistryFigures(String cycle, Function<String, Optional<MinistryKpi>> catalogue, PreviousValues previous) {
        this(cycle, CatalogueKpi.secondPlan().stream().flatMap(kpi -> catalogue.apply(kpi.code())
                .map(defined -> new CatalogueKpi(defined.code(), defined.kind(), defined.responsibleOrganisation(),
                        kpi.computation())).stream()).toList(), previous);
    }

    /** The values of every ministry KPI of the plan, in catalogue order. */
    public Result compute(List<Approved<MinistryProgressContent>> reports) {
        List<Computed> computed = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (CatalogueKpi kpi : kpis) {
            ProgressFigure figure = ProgressFigure.valueOf(kpi.computation().parameter("figure"));
            computed.addAll(valuesOf(figure, kpi, reports, missing));
        }
        return new Result(computed, missing);
    }

    private List<Computed> valuesOf(ProgressFigure figure, CatalogueKpi kpi,
                                    List<Approved<MinistryProgressContent>> reports, List<Missing> missing) {
        List<Approved<MinistryProgressContent>> responsible = kpi.responsibleOrganisation()
                .map(code -> reports.stream().filter(r -> r.organisationCode().equals(code)).toList())
                .orElseGet(() -> reports.stream().filter(r -> reported(r, figure).isPresent()).toList());
        Optional<Phrase> absent = whyMissing(figure, kpi, responsible);
        if (absent.isPresent()) {
            missing.add(new Missing(kpi.code(), absent.get()));
            return List.of();
        }
        return figures(figure, kpi, responsible, reports);
    }

    /** Why the KPI has no value: no approved report of its division, a blank figure, or divisions disagreeing. */
    private static Optional<Phrase> whyMissing(ProgressFigure figure, CatalogueKpi kpi,
                                               List<Approved<MinistryProgressContent>> responsible) {
        if (responsible.isEmpty()) {
            return Optional.of(kpi.responsibleOrganisation()
                    .map(code -> Phrase.of("ministryFigure.missing.notApproved", code))
                    .orElseGet(() -> Phrase.of("ministryFigure.missing.noDivision")));
        }
        Set<BigDecimal> values = responsible.stream().map(r -> reported(r, figure).orElse(null))
                .filter(Objects::nonNull).map(BigDecimal::stripTrailingZeros).collect(Collectors.toSet());
        if (values.isEmpty()) {
            return Optional.of(Phrase.of("ministryFigure.missing.blank", responsible.get(0).organisationCode()));
        }
        if (values.size() > 1) {
            return Optional.of(Phrase.of("ministryFigure.missing.conflicting", responsible.stream()
                    .map(Approved::organisationCode).collect(Collectors.joining(", "))));
        }
        return Optional.empty();
    }

    /** The KPI's value in its unit and, for a count, its ratio to the previous cycle's value. */
    private List<Computed> figures(ProgressFigure figure, CatalogueKpi kpi,
                                   List<Approved<MinistryProgressContent>> responsible,
                                   List<Approved<MinistryProgressContent>> reports) {
        Approved<MinistryProgressContent> source = responsible.get(0);
        BigDecimal value = reported(source, figure).orElseThrow();
        Set<SubmissionReference> inputs = new LinkedHashSet<>();
        responsible.forEach(r -> inputs.add(r.source()));
        String formula = formula(figure, source.data()) + " " + provenance(responsible, figure, reports);
        FigureUnit unit = kpi.kind() == KpiKind.YEARS ? FigureUnit.AVERAGE : FigureUnit.COUNT;
        String label = figure.label(Texts.ENGLISH) + ", " + cycle;
        KpiFigure current = KpiFigure.quotient(label, formula, unit, value, BigDecimal.ONE);
        List<Computed> computed = new ArrayList<>();
        computed.add(new Computed(kpi.code(), KpiBreakdown.TOTAL, current, inputs));
        if (unit == FigureUnit.COUNT) {
            previous.find(kpi.code(), KpiBreakdown.TOTAL, FigureUnit.COUNT)
                    .filter(last -> last.value().signum() > 0)
                    .ifPresent(last -> computed.add(new Computed(kpi.code(), KpiBreakdown.TOTAL,
                            KpiFigure.quotient(label + " vs previous cycle", cycle + " " + plain(value)
                                            + " ÷ previous cycle " + plain(last.value()), FigureUnit.TIMES, value,
                                    last.value(), List.of(), List.of(last, current)), inputs)));
        }
        return computed;
    }

    /** The figure as typed; a blank total is the sum of its parts when both are given. */
    private static Optional<BigDecimal> reported(Approved<MinistryProgressContent> report, ProgressFigure figure) {
        Optional<GoalProgress> goal = report.data().goal(figure.goal());
        Optional<BigDecimal> typed = goal.map(g -> g.figure(figure));
        if (typed.isPresent() || !PARTS.containsKey(figure) || goal.isEmpty()) {
            return typed;
        }
        List<BigDecimal> parts = PARTS.get(figure).stream().map(goal.get()::figure).toList();
        return parts.contains(null) ? Optional.empty() : Optional.of(parts.get(0).add(parts.get(1)));
    }

    /** "2.0 (development lag 2.0 + review lag 0)", or "19 = new approvals 7 + partial-change approvals 12". */
    private static String formula(ProgressFigure figure, MinistryProgressContent report) {
        GoalProgress goal = report.goal(figure.goal()).orElseThrow();
        String parts = PARTS.getOrDefault(figure, List.of()).stream()
                .filter(part -> goal.figure(part) != null)
                .map(part -> part.label(Texts.ENGLISH) + " " + plain(goal.figure(part)))
                .collect(Collectors.joining(" + "));
        if (goal.figure(figure) == null) {
            return parts + ", the total left blank";
        }
        return plain(goal.figure(figure)) + (parts.isEmpty() ? "" : " (" + parts + ")");
    }

    /** Which report it came from, and which other divisions' figures were set aside because of the catalogue. */
    private static String provenance(List<Approved<MinistryProgressContent>> used, ProgressFigure figure,
                                     List<Approved<MinistryProgressContent>> all) {
        String sources = used.stream().map(r -> r.organisationCode() + " (" + r.source() + ")")
                .collect(Collectors.joining(", "));
        String others = all.stream().filter(r -> !used.contains(r) && reported(r, figure).isPresent())
                .map(r -> r.organisationCode() + " " + plain(reported(r, figure).orElseThrow()))
                .collect(Collectors.joining(", "));
        return "as reported by " + sources
                + (others.isEmpty() ? "" : "; not used, as the catalogue names another body: " + others);
    }

    /** As typed: "2.0" stays "2.0". */
    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
