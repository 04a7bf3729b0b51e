package jp.go.mhlw.kpi.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.KpiDefinition;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiComputation;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The computation the migrations store with each KPI of the 2nd plan (V68) is the one {@code plans/plan-2.json}
 * names for it, with the same parameters: the aggregation reads the stored one.
 */
class Plan2StoredComputationsTest extends JpaTestSupport {

    @Test
    void everyStoredKpiOfThe2ndPlanIsComputedAsThePlanFileSays() {
        PlanDefinition plan = PlanFile.read(PlanFiles.resource("/plans/plan-2.json"), OptionalInt.empty()).plan()
                .orElseThrow();
        Map<String, KpiComputation> inFile = new LinkedHashMap<>();
        plan.kpis().forEach((KpiDefinition k) -> inFile.put(k.code(),
                new KpiComputation(k.computation(), k.parameters())));
        PlanCatalogue catalogue = basicPlans().findCatalogue("PLAN-2").orElseThrow();
        Map<String, KpiComputation> stored = new LinkedHashMap<>();
        catalogue.visions().stream().flatMap(v -> v.goals().stream()).flatMap(g -> g.kpis().stream())
                .forEach((Kpi k) -> stored.put(k.getCode(), k.computation()));

        assertThat(stored).containsExactlyInAnyOrderEntriesOf(inFile);
        assertThat(stored.values()).filteredOn(c -> !c.isTypedIn()).hasSize(30);
    }

    @Test
    void theParametersAreStoredInTheOrderTheComputationDocumentsThem() {
        Kpi participants = basicPlans().findKpi("PLAN-2", "G1-TRAINING-PARTICIPANTS").orElseThrow();

        assertThat(participants.computation().parametersJson())
                .isEqualTo("{\"measure\":\"PARTICIPANTS\",\"compare\":\"RATIO_TO_PREVIOUS\"}");
        assertThat(participants.computation()).hasToString(
                "training-sum {measure=PARTICIPANTS, compare=RATIO_TO_PREVIOUS}");
    }
}
