package jp.go.mhlw.kpi.domain.model.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan's catalogue as a tree, the way the committee presents it: visions A, B, C → goals ①..⑪ → KPIs.
 * The records also have bean getters, because Jakarta EL 5 (Jakarta EE 10) does not resolve record accessors.
 */
public record PlanCatalogue(BasicPlan plan, List<VisionNode> visions) {

    public PlanCatalogue {
        Objects.requireNonNull(plan, "plan");
        visions = List.copyOf(visions);
    }

    public record VisionNode(Vision vision, List<GoalNode> goals) {
        public VisionNode {
            goals = List.copyOf(goals);
        }

        public Vision getVision() {
            return vision;
        }

        public List<GoalNode> getGoals() {
            return goals;
        }
    }

    public record GoalNode(Goal goal, List<Kpi> kpis) {
        public GoalNode {
            kpis = List.copyOf(kpis);
        }

        public Goal getGoal() {
            return goal;
        }

        public List<Kpi> getKpis() {
            return kpis;
        }
    }

    public BasicPlan getPlan() {
        return plan;
    }

    public List<VisionNode> getVisions() {
        return visions;
    }

    /**
     * Builds the tree from a plan's rows in any order: visions by code, goals by number, KPIs by display order.
     * Rows of another plan are refused rather than silently dropped.
     */
    public static PlanCatalogue assemble(BasicPlan plan, List<Vision> visions, List<Goal> goals, List<Kpi> kpis) {
        visions.forEach(v -> requireSamePlan(plan, v.getPlan(), v));
        goals.forEach(g -> requireSamePlan(plan, g.getPlan(), g));
        kpis.forEach(k -> requireSamePlan(plan, k.getPlan(), k));
        List<VisionNode> tree = visions.stream()
                .sorted(Comparator.comparing(Vision::getCode))
                .map(vision -> new VisionNode(vision, goals.stream()
                        .filter(goal -> goal.getVision().getCode().equals(vision.getCode()))
                        .sorted(Comparator.comparingInt(Goal::getNumber))
                        .map(goal -> new GoalNode(goal, kpis.stream()
                                .filter(kpi -> kpi.getGoal().getNumber() == goal.getNumber())
                                .sorted(Comparator.comparingInt(Kpi::getDisplayOrder).thenComparing(Kpi::getCode))
                                .toList()))
                        .toList()))
                .toList();
        return new PlanCatalogue(plan, tree);
    }

    public List<Goal> goals() {
        return visions.stream().flatMap(v -> v.goals().stream()).map(GoalNode::goal).toList();
    }

    public List<Kpi> kpis() {
        return visions.stream().flatMap(v -> v.goals().stream()).flatMap(g -> g.kpis().stream()).toList();
    }

    public Optional<GoalNode> goal(int number) {
        return visions.stream().flatMap(v -> v.goals().stream())
                .filter(node -> node.goal().getNumber() == number).findFirst();
    }

    public Optional<Kpi> kpi(String code) {
        return kpis().stream().filter(kpi -> kpi.getCode().equals(code)).findFirst();
    }

    private static void requireSamePlan(BasicPlan plan, BasicPlan owner, Object row) {
        if (!plan.getCode().equals(owner.getCode())) {
            throw new IllegalArgumentException(row + " belongs to " + owner.getCode() + ", not to " + plan.getCode());
        }
    }
}
