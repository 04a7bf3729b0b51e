package jp.go.mhlw.kpi.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanFile;
import jp.go.mhlw.kpi.domain.imports.PlanPreview;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetStatus;
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
        service = CatalogueWiring.planImport(basicPlans(), cycles(), kpiTargets(), organisations(), audit);
    }

    @Test
    void aNewPlanIsStoredWithItsVisionsGoalsAndKpisEachWithItsComputationAndRecordedOnce() throws IOException {
        PlanDefinition plan = read("/plans/plan-3-sample.json");
        assertThat(service.preview(plan).newPlan()).isTrue();

        service.importPlan(plan);
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
        assertThat(audit.entries.get(0).after()).contains("\"kpis\":" + kpis.size(), "\"targets\":2");
    }

    @Test
    void theTargetsOfTheFileAreAdoptedWithThePlanInBothLanguages() throws IOException {
        service.importPlan(read("/plans/plan-3-sample.json"));
        flushAndClear();

        List<KpiTarget> targets = kpiTargets().findByPlan("PLAN-3-SAMPLE");
        assertThat(targets).hasSize(2).allSatisfy(target -> {
            assertThat(target.getStatus()).isEqualTo(TargetStatus.ADOPTED);
            assertThat(target.proposedIn()).isEmpty();
            assertThat(target.getSource()).isEqualTo("plan file PLAN-3-SAMPLE version 1");
            assertThat(target.getRecordedBy()).isEqualTo("admin1");
        });
        KpiTarget ai = targets.stream().filter(t -> t.getKpi().getCode().equals("P3-TRAINEES")).findFirst()
                .orElseThrow();
        assertThat(ai.getBreakdown()).isEqualTo("AI");
        assertThat(ai.getParameter()).isEqualByComparingTo("1.2");
        assertThat(ai.getEffectiveFrom().fiscalYear()).isEqualTo(2028);
        assertThat(ai.getWordingJa()).isEqualTo("AI人材の受講者数を前年度の1.2倍以上にする");
        assertThat(ai.wordingEn()).contains("AI trainees at least 1.2 times last year's");
        // a plan that names none it replaces leaves the 2nd plan open-ended
        assertThat(basicPlans().findByCode("PLAN-2").orElseThrow().validTo()).isEmpty();
    }

    @Test
    void aPlanThatReplacesAnotherEndsItsValidityTheDayBeforeItBegins() throws IOException {
        service.importPlan(read(sample().replace("\"version\": 1,", "\"version\": 1, \"replaces\": \"PLAN-2\",")));
        flushAndClear();

        assertThat(basicPlans().findByCode("PLAN-2").orElseThrow().validTo()).contains(LocalDate.of(2027, 5, 27));
        assertThat(audit.entries.get(0).summary()).contains("ended {PLAN-2=2027-05-27}");
    }

    @Test
    void aPlanCannotReplaceOneThatFollowsUpAYearAfterItsEnd() throws IOException {
        PlanDefinition early = read(sample().replace("\"version\": 1,", "\"version\": 1, \"replaces\": \"PLAN-2\",")
                .replace("\"from\": \"2027-05-28\"", "\"from\": \"2023-01-01\""));

        assertThat(service.preview(early).refusals()).extracting(Problem::key)
                .contains("planImport.replacedFollowedUpLater");
        assertThatThrownBy(() -> service.importPlan(early)).isInstanceOf(EntryRejectedException.class);
        assertThat(basicPlans().findByCode("PLAN-2").orElseThrow().validTo()).isEmpty();
    }

    @Test
    void aLaterVersionReplacesTheCatalogueOfAPlanNoCycleFollowsUp() throws IOException {
        service.importPlan(read("/plans/plan-3-sample.json"));
        flushAndClear();
        PlanDefinition version2 = read(sample().replace("\"version\": 1,", "\"version\": 2,")
                .replace("人材育成研修の受講者数\"", "人材育成研修の受講者数（改定）\""));

        assertThat(service.preview(version2).refusals()).isEmpty();
        assertThat(service.preview(version2).changes()).extracting(PlanPreview.Change::item)
                .containsExactly("kpi P3-TRAINEES");
        service.importPlan(version2);
        flushAndClear();

        assertThat(basicPlans().findByCode("PLAN-3-SAMPLE").orElseThrow().getFileVersion()).isEqualTo(2);
        assertThat(basicPlans().findKpi("PLAN-3-SAMPLE", "P3-TRAINEES").orElseThrow().getNameJa())
                .isEqualTo("人材育成研修の受講者数（改定）");
        assertThat(kpiTargets().findByPlan("PLAN-3-SAMPLE")).hasSize(2)
                .allSatisfy(t -> assertThat(t.getSource()).endsWith("version 2"));
        assertThat(audit.actions()).containsExactly("catalogue.planImported", "catalogue.planRevised");
        // the same version again is refused
        assertThat(service.preview(version2).refusals()).extracting(Problem::key)
                .containsExactly("planImport.versionNotLater");
    }

    @Test
    void aPlanFollowedUpIsNotChangedAndAnUnknownOrganisationIsRefusedTogether() throws IOException {
        String plan2 = resource("/plans/plan-2.json").replace("\"organisation\": \"MHLW-KIKI\"",
                "\"organisation\": \"MHLW-NOWHERE\"").replace("\"version\": 1,", "\"version\": 2,");
        PlanDefinition plan = PlanFile.read(plan2, OptionalInt.empty()).plan().orElseThrow();

        assertThatThrownBy(() -> service.importPlan(plan)).isInstanceOfSatisfying(EntryRejectedException.class,
                refused -> assertThat(refused.getProblems()).extracting(Problem::key)
                        .contains("planImport.planFollowedUp", "planImport.unknownOrganisation"));
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void onlyAdministratorsImportPlans() {
        assertThat(PlanImport.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Role.Names.ADMIN);
    }

    private static PlanDefinition readFile(String path) throws IOException {
        PlanFile.Reading reading = PlanFile.read(resource(path), OptionalInt.empty());
        assertThat(reading.errors()).isEmpty();
        return reading.plan().orElseThrow();
    }

    private static String sample() throws IOException {
        return resource("/plans/plan-3-sample.json");
    }

    private static PlanDefinition read(String pathOrText) throws IOException {
        return pathOrText.startsWith("/") ? readFile(pathOrText) : readText(pathOrText);
    }

    private static PlanDefinition readText(String text) {
        PlanFile.Reading reading = PlanFile.read(text, OptionalInt.empty());
        assertThat(reading.errors()).isEmpty();
        return reading.plan().orElseThrow();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PlanImportTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
