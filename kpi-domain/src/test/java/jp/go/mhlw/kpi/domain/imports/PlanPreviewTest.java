package jp.go.mhlw.kpi.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import jp.go.mhlw.kpi.domain.imports.PlanPreview.Change;
import jp.go.mhlw.kpi.domain.imports.PlanPreview.Kind;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.Test;

/** What importing a plan file would do, against the migrated catalogue (H2). */
class PlanPreviewTest extends JpaTestSupport {

    private static final String PLAN_2 = PlanFiles.resource("/plans/plan-2.json");

    @Test
    void theStored2ndPlansOwnFileChangesNothing() {
        PlanPreview preview = preview(PLAN_2);

        assertThat(preview.newPlan()).isFalse();
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.isUnchanged()).isTrue();
        assertThat(preview.unknownOrganisations()).isEmpty();
    }

    @Test
    void aPlanNotStoredYetIsNewAsAWholeAndItsOrganisationsAreLookedUp() {
        PlanPreview preview = preview(PlanFiles.resource("/plans/plan-3-sample.json"));

        assertThat(preview.newPlan()).isTrue();
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.unknownOrganisations()).isEmpty();
        PlanPreview withoutAmed = PlanPreview.of(read(PlanFiles.resource("/plans/plan-3-sample.json")),
                basicPlans().findCatalogue("PLAN-3-SAMPLE"), code -> !code.equals("AMED"));
        assertThat(withoutAmed.unknownOrganisations()).containsExactly(Map.entry("P3-THEME-STAGE-UP", "AMED"));
    }

    @Test
    void aRenamedKpiIsOneRemovedAndOneAddedAndAChangedComputationIsNamed() {
        String changed = PLAN_2.replace("\"code\": \"G1-TRAINING-HUBS\"", "\"code\": \"G1-TRAINING-HUB-COUNT\"")
                .replace("\"measure\": \"COURSES\",\n                  \"compare\": \"NONE\"",
                        "\"measure\": \"COURSES\",\n                  \"compare\": \"RATIO_TO_PREVIOUS\"")
                .replace("\"en\": \"2nd Basic Plan on Medical Devices\"", "\"en\": \"The 2nd Basic Plan\"");

        PlanPreview preview = preview(changed);

        assertThat(preview.newPlan()).isFalse();
        assertThat(preview.changes()).containsExactlyInAnyOrder(
                new Change(Kind.CHANGED, "plan", List.of("name")),
                new Change(Kind.CHANGED, "kpi G1-TRAINING-COURSES", List.of("computation")),
                new Change(Kind.ADDED, "kpi G1-TRAINING-HUB-COUNT", List.of()),
                new Change(Kind.REMOVED, "kpi G1-TRAINING-HUBS", List.of()));
    }

    private PlanPreview preview(String text) {
        PlanDefinition plan = read(text);
        return PlanPreview.of(plan, basicPlans().findCatalogue(plan.code()),
                code -> organisations().findByCode(code).isPresent());
    }

    private static PlanDefinition read(String text) {
        PlanFile.Reading reading = PlanFile.read(text, OptionalInt.empty());
        assertThat(reading.errors()).isEmpty();
        return reading.plan().orElseThrow();
    }
}
