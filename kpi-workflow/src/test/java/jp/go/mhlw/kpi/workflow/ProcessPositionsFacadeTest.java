package jp.go.mhlw.kpi.workflow;

import static jp.go.mhlw.kpi.application.supply.SupplyStep.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.go.mhlw.kpi.application.process.ProcessPosition;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where a case's flows stand, read from the engine's history for the diagrams. */
@Deployment(resources = {ProcessModels.SUPPLY_DISRUPTION, ProcessModels.SUPPLY_TERMINATION,
        ProcessModels.COORDINATE_ALTERNATIVES})
class ProcessPositionsFacadeTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private SupplyCaseProcess process;
    private ProcessPositionsFacade positions;

    @BeforeEach
    void setUp() {
        SupplyProcesses.withoutMails();
        ProcessEngine engine = extension.getProcessEngine();
        process = new SupplyCaseProcess(() -> engine);
        positions = new ProcessPositionsFacade(() -> engine);
    }

    @Test
    void theStepACaseWaitsAtIsActiveAndTheOnesItLeftAreCompleted() {
        process.startDisruption("PP-01", "MAKER-A", false, SupplyProcesses.DEADLINES);
        assertThat(positions.ofSupplyCase("PP-01")).singleElement().satisfies(position -> {
            assertThat(position.processKey()).isEqualTo(SupplyCaseProcess.DISRUPTION_PROCESS_KEY);
            assertThat(position.active()).containsExactly(FILE_ADDITIONAL_REPORT.id());
            assertThat(position.completed()).isNotEmpty().doesNotContain(FILE_ADDITIONAL_REPORT.id());
        });

        process.complete("PP-01", FILE_ADDITIONAL_REPORT);

        ProcessPosition now = positions.ofSupplyCase("PP-01").get(0);
        assertThat(now.active()).containsExactly(TRIAGE_REPORT.id());
        assertThat(now.completed()).contains(FILE_ADDITIONAL_REPORT.id()).doesNotContain(TRIAGE_REPORT.id());
        assertThat(now.ended()).isFalse();
    }

    @Test
    void aCalledFlowIsAPositionOfItsOwnAfterTheCallingOne() {
        process.startDisruption("PP-02", "MAKER-A", false, SupplyProcesses.DEADLINES);
        process.complete("PP-02", FILE_ADDITIONAL_REPORT);
        process.recordTriage("PP-02", ClinicalImpact.LARGE);
        process.decideFurtherAction("PP-02", true);
        process.considerResponse("PP-02", false);

        List<ProcessPosition> both = positions.ofSupplyCase("PP-02");

        assertThat(both).extracting(ProcessPosition::processKey).containsExactly(
                SupplyCaseProcess.DISRUPTION_PROCESS_KEY, SupplyCaseProcess.TERMINATION_PROCESS_KEY);
        assertThat(both.get(0).active()).containsExactly("endSupply");
        assertThat(both.get(0).completed()).contains(CONSIDER_RESPONSE.id());
        assertThat(both.get(1).active()).containsExactly(TRIAGE_REPORT.id());
    }

    @Test
    void aCaseWithoutAFlowHasNoPosition() {
        assertThat(positions.ofSupplyCase("PP-NONE")).isEmpty();
        assertThat(positions.ofSupplyCase(" ")).isEmpty();
        assertThat(positions.ofRequest(987_654)).isEmpty();
        assertThat(positions.ofCycle(987_654)).isEmpty();
    }
}
