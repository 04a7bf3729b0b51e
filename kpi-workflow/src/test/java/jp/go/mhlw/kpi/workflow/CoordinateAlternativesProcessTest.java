package jp.go.mhlw.kpi.workflow;

import static jp.go.mhlw.kpi.application.supply.SupplyStep.CONSULT_SOCIETIES;
import static jp.go.mhlw.kpi.application.supply.SupplyStep.DECIDE_CONSENT;
import static jp.go.mhlw.kpi.application.supply.SupplyStep.RECORD_ASSOCIATION_SUPPORT;
import static jp.go.mhlw.kpi.application.supply.SupplyStep.REQUEST_ASSOCIATION_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Optional;
import jp.go.mhlw.kpi.application.supply.SupplyCaseWorkflow.WaitingStep;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The coordination both supply flows call: one model, run under the case, handing its decisions back. */
@Deployment(resources = {ProcessModels.SUPPLY_DISRUPTION, ProcessModels.SUPPLY_TERMINATION,
        ProcessModels.COORDINATE_ALTERNATIVES})
class CoordinateAlternativesProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private ProcessEngine engine;
    private SupplyCaseProcess process;

    @BeforeEach
    void setUp() {
        SupplyProcesses.withoutMails();
        engine = extension.getProcessEngine();
        process = new SupplyCaseProcess(() -> engine);
    }

    /** Flow A up to the coordination, the manufacturer continuing supply. */
    private ProcessInstance coordinatingInFlowA(String caseNumber) {
        process.startDisruption(caseNumber, "MAKER-A", true, SupplyProcesses.DEADLINES);
        process.recordTriage(caseNumber, ClinicalImpact.LARGE);
        process.decideFurtherAction(caseNumber, true);
        process.considerResponse(caseNumber, true);
        return SupplyProcesses.rootInstance(engine, caseNumber);
    }

    /** Flow B up to the coordination, MHLW deciding on further action. */
    private ProcessInstance coordinatingInFlowB(String caseNumber) {
        process.startTermination(caseNumber, "MAKER-B", SupplyProcesses.DEADLINES);
        process.recordTriage(caseNumber, ClinicalImpact.LARGE);
        process.complete(caseNumber, CONSULT_SOCIETIES);
        process.decideFurtherAction(caseNumber, true);
        return SupplyProcesses.rootInstance(engine, caseNumber);
    }

    @Test
    void theCoordinationRunsUnderTheCaseWithItsIdsOnly() {
        ProcessInstance flow = coordinatingInFlowA("CA-01");

        ProcessInstance coordination = SupplyProcesses.calledInstance(engine, flow);

        assertThat(coordination).hasProcessDefinitionKey(SupplyCaseProcess.COORDINATION_PROCESS_KEY)
                .hasBusinessKey("CA-01")
                .isWaitingAt(DECIDE_CONSENT.id(), REQUEST_ASSOCIATION_SUPPORT.id())
                .variables().containsEntry("caseId", "CA-01").containsEntry("manufacturerOrg", "MAKER-A")
                .as("the flow's decisions and deadlines stay in the flow")
                .doesNotContainKeys("clinicalImpact", "furtherActionNeeded", "continueSupply", "triageDue", "responseDue");
        assertThat(process.waitingFor(Role.MANUFACTURER, "MAKER-A"))
                .extracting(WaitingStep::caseNumber, WaitingStep::step, WaitingStep::organisationCode)
                .containsExactly(tuple("CA-01", DECIDE_CONSENT, Optional.of("MAKER-A")));
        assertThat(process.waitingFor(Role.MANUFACTURER, "MAKER-B")).isEmpty();
    }

    @Test
    void bothFlowsCallTheModelDeployedWithThem() {
        ProcessInstance fromA = SupplyProcesses.calledInstance(engine, coordinatingInFlowA("CA-02"));
        ProcessInstance fromB = SupplyProcesses.calledInstance(engine, coordinatingInFlowB("CA-03"));

        assertThat(fromA.getProcessDefinitionId()).isEqualTo(fromB.getProcessDefinitionId());
        assertThat(process.waitingSteps("CA-03")).extracting(WaitingStep::step, WaitingStep::organisationCode)
                .containsExactlyInAnyOrder(tuple(DECIDE_CONSENT, Optional.of("MAKER-B")),
                        tuple(REQUEST_ASSOCIATION_SUPPORT, Optional.empty()));
    }

    @Test
    void theConsentAndTheAssociationAskedGoBackToTheFlow() {
        ProcessInstance flow = coordinatingInFlowB("CA-04");
        ProcessInstance coordination = SupplyProcesses.calledInstance(engine, flow);

        process.decideConsent("CA-04", false);
        process.requestAssociationSupport("CA-04", "JFMDA");
        process.complete("CA-04", RECORD_ASSOCIATION_SUPPORT);

        assertThat(coordination).isEnded().hasPassed("coordinationDone");
        assertThat(flow).hasPassed("coordinateAlternatives").variables()
                .containsEntry("consentToContactAlternativeMakers", false).containsEntry("associationOrg", "JFMDA");
    }

    @Test
    void closingTheCaseEarlyEndsTheCoordinationWithIt() {
        ProcessInstance flow = coordinatingInFlowA("CA-05");
        ProcessInstance coordination = SupplyProcesses.calledInstance(engine, flow);

        process.endEarly("CA-05", CloseReason.NO_ACTION_NEEDED);

        assertThat(coordination).isEnded();
        assertThat(process.waitingSteps("CA-05")).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("CA-05").count())
                .isZero();
    }

    @Test
    void theModelIsVersionedKeptTenYearsAndDrawn() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(SupplyCaseProcess.COORDINATION_PROCESS_KEY).latestVersion().singleResult();

        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
        assertThat(definition.getVersionTag()).isNotBlank();
        SupplyModelChecks.assertEveryElementIsDrawn(engine, definition);
        SupplyModelChecks.assertUserTasksAreForTheThreeRoles(engine, definition);
    }
}
