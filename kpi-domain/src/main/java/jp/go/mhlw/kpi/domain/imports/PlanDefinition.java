package jp.go.mhlw.kpi.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.Computation;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetRuleKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;

/**
 * A Basic Plan's catalogue as a plan file gives it (docs/plan-file.md), read and checked by {@link PlanFile}: the
 * plan, its visions, goals and KPIs, with for each KPI the computation the application uses for it. Values only;
 * nothing here is stored yet.
 *
 * @param validTo  empty while the plan is open-ended
 * @param replaces the plan this one replaces, whose validity ends the day before this one begins
 */
public record PlanDefinition(String code, Names name, int version, LocalDate cabinetDecisionDate,
                             LocalDate validFrom, Optional<LocalDate> validTo, Optional<String> replaces,
                             List<VisionDefinition> visions) {

    public PlanDefinition {
        visions = List.copyOf(visions);
    }

    /** Every KPI of the plan, in the order of the file. */
    public Stream<KpiDefinition> kpis() {
        return visions.stream().flatMap(v -> v.goals().stream()).flatMap(g -> g.kpis().stream());
    }

    /** A text in Japanese and English. */
    public record Names(String ja, String en) {
        public Names {
            Objects.requireNonNull(ja, "ja");
            Objects.requireNonNull(en, "en");
        }
    }

    public record VisionDefinition(String code, Names name, List<GoalDefinition> goals) {
        public VisionDefinition {
            goals = List.copyOf(goals);
        }
    }

    /** @param number numbered across the whole plan (①..⑪ in the 2nd plan) */
    public record GoalDefinition(int number, Names name, List<KpiDefinition> kpis) {
        public GoalDefinition {
            kpis = List.copyOf(kpis);
        }
    }

    /**
     * A KPI or follow-up item. Its position under its goal is its place in the file.
     *
     * @param unit         empty for a narrative item
     * @param breakdown    empty for one figure
     * @param computation  {@link Computation#TYPED_IN} also where the file named a computation the application
     *                     does not know (the reading warns of it)
     * @param parameters   the computation's parameters, each with a value it accepts
     */
    public record KpiDefinition(String code, KpiKind kind, Names name, Names definition, Optional<Names> unit,
                                ReportedBy reportedBy, Optional<KpiBreakdown> breakdown, boolean normalisedByPeriod,
                                Computation computation, Map<String, String> parameters,
                                List<TargetDefinition> targets) {
        public KpiDefinition {
            parameters = Map.copyOf(parameters);
            targets = List.copyOf(targets);
        }
    }

    /**
     * Who reports a KPI (実施主体): every organisation of a kind, or the one organisation with this code. Exactly one
     * is present; whether the organisation exists is for the import to check against the stored organisations.
     */
    public record ReportedBy(Optional<OrganisationKind> kind, Optional<String> organisationCode) {
        public ReportedBy {
            if (kind.isPresent() == organisationCode.isPresent()) {
                throw new IllegalArgumentException("a KPI is reported by every organisation of a kind or by one");
            }
        }
    }

    /**
     * A relative target on one figure of the KPI, judged in every cycle from a fiscal year on.
     *
     * @param breakdown the figure's group key, {@link KpiBreakdown#TOTAL} for the whole population
     * @param parameter the factor or the points the rule needs; empty for {@link TargetRuleKind#HIGHER_THAN_PREVIOUS}
     */
    public record TargetDefinition(String breakdown, FigureUnit unit, TargetRuleKind rule,
                                   Optional<BigDecimal> parameter, int fromFiscalYear, Optional<Integer> toFiscalYear,
                                   Names wording) {
    }
}
