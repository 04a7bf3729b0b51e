package jp.go.mhlw.kpi.domain.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * What importing a checked plan file would do to the catalogue: a plan not stored yet is new as a whole; against the
 * stored catalogue of the same plan, the visions, goals and KPIs the file adds, leaves out or changes, and for each
 * change the members that differ (named as in the plan file: {@code name}, {@code computation}, …). Also the
 * organisations the file names in {@code reportedBy} that are not stored, which the import cannot take. Plain Java:
 * what the import service and its screen show before anything is stored.
 *
 * <p>A later version of a stored plan's file replaces its catalogue only while no cycle follows the plan up: past
 * cycles keep the catalogue they were followed up with. A plan that names the plan it {@code replaces} ends that
 * plan's validity the day before it begins, as the next Basic Plan replaces the previous one.
 *
 * @param unknownOrganisations KPI code → the organisation code it names that is not stored
 * @param storedVersion        the file version of the stored plan of the same code; empty for a new plan
 * @param fileVersion          the file's version
 * @param cyclesOfStoredPlan   how many cycles follow the stored plan up
 * @param endsValidityOf       plan code → its last day, for the plan the file replaces
 * @param replacementProblems  why the plan the file replaces cannot end the day before the file's plan begins
 */
public record PlanPreview(String planCode, boolean newPlan, List<Change> changes,
                          Map<String, String> unknownOrganisations, OptionalInt storedVersion, int fileVersion,
                          int cyclesOfStoredPlan, Map<String, LocalDate> endsValidityOf,
                          List<Problem> replacementProblems) {

    public PlanPreview {
        Objects.requireNonNull(planCode, "planCode");
        changes = List.copyOf(changes);
        unknownOrganisations = Map.copyOf(unknownOrganisations);
        endsValidityOf = Map.copyOf(endsValidityOf);
        replacementProblems = List.copyOf(replacementProblems);
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
        return of(file, stored, organisationExists, 0, List.of(), List.of());
    }

    /**
     * Compares the file with the stored catalogue of its plan, and says what it does to the other stored plans.
     *
     * @param cyclesOfStoredPlan how many cycles follow the stored plan of the file's code up (0 when none is stored)
     * @param storedPlans        every stored plan
     * @param replacedCycleYears the fiscal years of the cycles that follow the plan the file replaces up
     */
    public static PlanPreview of(PlanDefinition file, Optional<PlanCatalogue> stored,
                                 Predicate<String> organisationExists, int cyclesOfStoredPlan,
                                 List<BasicPlan> storedPlans, List<JapaneseFiscalYear> replacedCycleYears) {
        Map<String, String> unknown = new LinkedHashMap<>();
        file.kpis().forEach(kpi -> kpi.reportedBy().organisationCode().filter(organisationExists.negate())
                .ifPresent(code -> unknown.put(kpi.code(), code)));
        Map<String, LocalDate> ended = new LinkedHashMap<>();
        file.replaces().flatMap(code -> storedPlans.stream().filter(p -> p.getCode().equals(code)).findFirst())
                .ifPresent(replaced -> ended.put(replaced.getCode(), file.validFrom().minusDays(1)));
        List<Problem> replacement = replacementProblems(file, storedPlans, replacedCycleYears);
        if (stored.isEmpty()) {
            return new PlanPreview(file.code(), true, List.of(), unknown, OptionalInt.empty(), file.version(), 0,
                    ended, replacement);
        }
        return new PlanPreview(file.code(), false, compare(file, stored.get()), unknown,
                OptionalInt.of(stored.get().plan().getFileVersion()), file.version(), cyclesOfStoredPlan, ended,
                replacement);
    }

    private static List<Problem> replacementProblems(PlanDefinition file, List<BasicPlan> storedPlans,
                                                     List<JapaneseFiscalYear> replacedCycleYears) {
        if (file.replaces().isEmpty()) {
            return List.of();
        }
        String code = file.replaces().get();
        Optional<BasicPlan> replaced = storedPlans.stream().filter(p -> p.getCode().equals(code)).findFirst();
        if (replaced.isEmpty()) {
            return List.of(Problem.at("replaces", "planImport.replacedUnknown", code));
        }
        LocalDate lastDay = file.validFrom().minusDays(1);
        if (lastDay.isBefore(replaced.get().getValidFrom())) {
            return List.of(Problem.at("replaces", "planImport.replacedStartsLater", code,
                    String.valueOf(replaced.get().getValidFrom()), String.valueOf(file.validFrom())));
        }
        List<Problem> problems = new ArrayList<>();
        replacedCycleYears.stream().filter(year -> year.firstDay().isAfter(lastDay))
                .forEach(year -> problems.add(Problem.at("replaces", "planImport.replacedFollowedUpLater", code,
                        year.display(), String.valueOf(lastDay))));
        return problems;
    }

    /** Why the import cannot take the file, every reason at once; empty when it can. */
    public List<Problem> refusals() {
        List<Problem> refusals = new ArrayList<>();
        if (storedVersion.isPresent() && fileVersion <= storedVersion.getAsInt()) {
            refusals.add(Problem.at("version", "planImport.versionNotLater", planCode,
                    String.valueOf(storedVersion.getAsInt()), String.valueOf(fileVersion)));
        } else if (storedVersion.isPresent() && cyclesOfStoredPlan > 0) {
            refusals.add(Problem.at("code", "planImport.planFollowedUp", planCode,
                    String.valueOf(cyclesOfStoredPlan)));
        }
        refusals.addAll(replacementProblems);
        unknownOrganisations.forEach((kpi, organisation) ->
                refusals.add(Problem.at("reportedBy", "planImport.unknownOrganisation", kpi, organisation)));
        return refusals;
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
