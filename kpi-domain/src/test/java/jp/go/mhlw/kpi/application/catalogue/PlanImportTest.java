package jp.go.mhlw.kpi.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanFile;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing a plan file into the migrated catalogue (H2), each test rolled back. */
class PlanImportTest extends JpaTestSupport {

    private RecordingAuditTrail audit;
    private PlanImport service;

    @BeforeEach
    void wire() {
        audit = new RecordingAuditTrail();
        service = new PlanImport(basicPlans(), organisations(), audit);
    }

    @Test
    void aNewPlanIsStoredWithItsVisionsGoalsAndKpisEachWithItsComputationAndRecordedOnce() throws IOException {
        PlanDefinition plan = read("/plans/plan-3-sample.json");
        assertThat(service.preview(plan).newPlan()).isTrue();

        service.importNewPlan(plan);
        flushAndClear();

        PlanCatalogue stored = basicPlans().findCatalogue("PLAN-3-SAMPLE").orElseThrow();
        List<Kpi> kpis = stored.visions().stream().flatMap(v -> v.goals().stream())
                .flatMap(g -> g.kpis().stream()).toList();
        assertThat(kpis).extracting(Kpi::getCode).containsExactlyElementsOf(plan.kpis().map(k -> k.code()).toList());
        assertThat(basicPlans().findKpi("PLAN-3-SAMPLE", "P3-TRAINEES").orElseThrow().computation())
                .hasToString("training-sum {measure=PARTICIPANTS, compare=RATIO_TO_PREVIOUS}");
        assertThat(basicPlans().findKpi("PLAN-3-SAMPLE", "P3-SAMD-APPROVALS").orElseThrow().computation().isTypedIn())
                .isTrue();
        // previewed again, it changes nothing
        assertThat(service.preview(plan).isUnchanged()).isTrue();
        assertThat(audit.actions()).containsExactly("catalogue.planImported");
        assertThat(audit.entries.get(0).objectId()).isEqualTo("PLAN-3-SAMPLE");
        assertThat(audit.entries.get(0).after()).contains("\"kpis\":" + kpis.size());
    }

    @Test
    void aStoredPlanIsNotChangedAndAnUnknownOrganisationIsRefusedTogether() throws IOException {
        String plan2 = resource("/plans/plan-2.json").replace("\"organisation\": \"MHLW-KIKI\"",
                "\"organisation\": \"MHLW-NOWHERE\"");
        PlanDefinition plan = PlanFile.read(plan2, OptionalInt.empty()).plan().orElseThrow();

        assertThatThrownBy(() -> service.importNewPlan(plan)).isInstanceOfSatisfying(EntryRejectedException.class,
                refused -> assertThat(refused.getProblems()).extracting(Problem::key)
                        .contains("planImport.planStored", "planImport.unknownOrganisation"));
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void onlyAdministratorsImportPlans() {
        assertThat(PlanImport.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Role.Names.ADMIN);
    }

    private static PlanDefinition read(String path) throws IOException {
        PlanFile.Reading reading = PlanFile.read(resource(path), OptionalInt.empty());
        assertThat(reading.errors()).isEmpty();
        return reading.plan().orElseThrow();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PlanImportTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
