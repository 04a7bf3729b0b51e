package jp.go.mhlw.kpi.domain.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.GoalDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.KpiDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.VisionDefinition;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiComputation;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.catalogue.Vision;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;

/**
 * What importing a checked plan file would do to the catalogue: a plan not stored yet is new as a whole; against the
 * stored catalogue of the same plan, the visions, goals and KPIs the file adds, leaves out or changes, and for each
 * change the members that differ (named as in the plan file: {@code name}, {@code computation}, …). Also the
 * organisations the file names in {@code reportedBy} that are not stored, which the import cannot take. Plain Java:
 * what the import service and its screen show before anything is stored.
 *
 * @param unknownOrganisations KPI code → the organisation code it names that is not stored
 */
public record PlanPreview(String planCode, boolean newPlan, List<Change> changes,
                          Map<String, String> unknownOrganisations) {

    public PlanPreview {
        Objects.requireNonNull(planCode, "planCode");
        changes = List.copyOf(changes);
        unknownOrganisations = Map.copyOf(unknownOrganisations);
    }

    /** What happens to an item of the catalogue. */
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /**
     * One item the import adds, removes or changes.
     *
     * @param item    {@code plan}, {@code vision A}, {@code goal 3} or {@code kpi G1-TRAINING-PARTICIPANTS}
     * @param members for a change, the plan file's members that differ; empty otherwise
     */
    public record Change(Kind kind, String item, List<String> members) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(item, "item");
            members = List.copyOf(members);
        }
    }

    /**
     * Compares the file with the stored catalogue of its plan.
     *
     * @param stored            the stored catalogue of the plan with the file's code; empty when there is none
     * @param organisationExists whether an organisation of this code is stored
     */
    public static PlanPreview of(PlanDefinition file, Optional<PlanCatalogue> stored,
                                 Predicate<String> organisationExists) {
        Map<String, String> unknown = new LinkedHashMap<>();
        file.kpis().forEach(kpi -> kpi.reportedBy().organisationCode().filter(organisationExists.negate())
                .ifPresent(code -> unknown.put(kpi.code(), code)));
        if (stored.isEmpty()) {
            return new PlanPreview(file.code(), true, List.of(), unknown);
        }
        return new PlanPreview(file.code(), false, compare(file, stored.get()), unknown);
    }

    /** Whether importing it would change nothing in the stored catalogue. */
    public boolean isUnchanged() {
        return !newPlan && changes.isEmpty();
    }

    private static List<Change> compare(PlanDefinition file, PlanCatalogue stored) {
        List<Change> changes = new ArrayList<>();
        BasicPlan plan = stored.plan();
        List<String> planMembers = new ArrayList<>();
        differs(planMembers, "name", names(file.name()), List.of(plan.getNameJa(), plan.getNameEn()));
        differs(planMembers, "cabinetDecision", file.cabinetDecisionDate(), plan.getCabinetDecisionDate());
        differs(planMembers, "period", List.of(file.validFrom(), file.validTo()),
                List.of(plan.getValidFrom(), plan.validTo()));
        changed(changes, "plan", planMembers);

        Map<String, Vision> visions = new LinkedHashMap<>();
        Map<Integer, Goal> goals = new LinkedHashMap<>();
        Map<String, Kpi> kpis = new LinkedHashMap<>();
        for (PlanCatalogue.VisionNode vision : stored.visions()) {
            visions.put(vision.vision().getCode(), vision.vision());
            for (PlanCatalogue.GoalNode goal : vision.goals()) {
                goals.put(goal.goal().getNumber(), goal.goal());
                goal.kpis().forEach(kpi -> kpis.put(kpi.getCode(), kpi));
            }
        }
        for (VisionDefinition vision : file.visions()) {
            Vision before = visions.remove(vision.code());
            if (before == null) {
                changes.add(new Change(Kind.ADDED, "vision " + vision.code(), List.of()));
            } else {
                List<String> members = new ArrayList<>();
                differs(members, "name", names(vision.name()), List.of(before.getNameJa(), before.getNameEn()));
                changed(changes, "vision " + vision.code(), members);
            }
            for (GoalDefinition goal : vision.goals()) {
                goal(changes, vision, goal, goals.remove(goal.number()), kpis);
            }
        }
        visions.keySet().forEach(code -> changes.add(new Change(Kind.REMOVED, "vision " + code, List.of())));
        goals.keySet().forEach(number -> changes.add(new Change(Kind.REMOVED, "goal " + number, List.of())));
        kpis.keySet().forEach(code -> changes.add(new Change(Kind.REMOVED, "kpi " + code, List.of())));
        return changes;
    }

    private static void goal(List<Change> changes, VisionDefinition vision, GoalDefinition goal, Goal before,
                             Map<String, Kpi> kpis) {
        if (before == null) {
            changes.add(new Change(Kind.ADDED, "goal " + goal.number(), List.of()));
        } else {
            List<String> members = new ArrayList<>();
            differs(members, "vision", vision.code(), before.getVision().getCode());
            differs(members, "name", names(goal.name()), List.of(before.getNameJa(), before.getNameEn()));
            changed(changes, "goal " + goal.number(), members);
        }
        for (int position = 0; position < goal.kpis().size(); position++) {
            KpiDefinition kpi = goal.kpis().get(position);
            Kpi stored = kpis.remove(kpi.code());
            if (stored == null) {
                changes.add(new Change(Kind.ADDED, "kpi " + kpi.code(), List.of()));
            } else {
                changed(changes, "kpi " + kpi.code(), kpiMembers(goal, position + 1, kpi, stored));
            }
        }
    }

    private static List<String> kpiMembers(GoalDefinition goal, int position, KpiDefinition kpi, Kpi stored) {
        List<String> members = new ArrayList<>();
        differs(members, "goal", goal.number(), stored.getGoal().getNumber());
        differs(members, "position", position, stored.getDisplayOrder());
        differs(members, "kind", kpi.kind(), stored.getKind());
        differs(members, "name", names(kpi.name()), List.of(stored.getNameJa(), stored.getNameEn()));
        differs(members, "definition", names(kpi.definition()),
                List.of(stored.getDefinitionJa(), stored.getDefinitionEn()));
        differs(members, "unit", kpi.unit().map(PlanPreview::names),
                Optional.ofNullable(stored.getUnitJa()).map(ja -> List.of(ja, stored.getUnitEn())));
        differs(members, "reportedBy", List.of(kpi.reportedBy().kind(), kpi.reportedBy().organisationCode()),
                List.of(stored.getImplementingBody().kind(),
                        stored.getImplementingBody().organisation().map(Organisation::getCode)));
        differs(members, "breakdown", kpi.breakdown(), stored.breakdown());
        differs(members, "normalisedByPeriod", kpi.normalisedByPeriod(), stored.isNormalisedByPeriod());
        differs(members, "computation", new KpiComputation(kpi.computation(), kpi.parameters()),
                stored.computation());
        return members;
    }

    private static List<String> names(PlanDefinition.Names names) {
        return List.of(names.ja(), names.en());
    }

    private static void differs(List<String> members, String member, Object inFile, Object stored) {
        if (!Objects.equals(inFile, stored)) {
            members.add(member);
        }
    }

    private static void changed(List<Change> changes, String item, List<String> members) {
        if (!members.isEmpty()) {
            changes.add(new Change(Kind.CHANGED, item, members));
        }
    }
}
