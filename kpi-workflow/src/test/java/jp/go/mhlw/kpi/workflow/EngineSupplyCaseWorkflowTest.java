package jp.go.mhlw.kpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.SupplyCaseWorkflow.WaitingStep;
import jp.go.mhlw.kpi.application.SupplyDeadlines;
import jp.go.mhlw.kpi.application.SupplyStep;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The domain's port on the engine: the steps, their roles and organisations, as the service and the inboxes see them. */
@Deployment(resources = {ProcessModels.SUPPLY_DISRUPTION, ProcessModels.SUPPLY_TERMINATION})
class EngineSupplyCaseWorkflowTest {

    private static final SupplyDeadlines.Durations DEADLINES =
            new SupplyDeadlines.Durations(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(14));

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private ProcessEngine engine;
    private EngineSupplyCaseWorkflow workflow;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        workflow = new EngineSupplyCaseWorkflow(new SupplyCaseProcess(() -> engine));
    }

    @Test
    void everyUserTaskOfBothModelsIsAKnownStepOfTheRoleThatDoesIt() {
        for (String model : List.of(ProcessModels.SUPPLY_DISRUPTION, ProcessModels.SUPPLY_TERMINATION)) {
            InputStream xml = getClass().getClassLoader().getResourceAsStream(model);
            for (UserTask task : Bpmn.readModelFromStream(xml).getModelElementsByType(UserTask.class)) {
                assertThat(SupplyStep.byId(task.getId())).as(model + " " + task.getId())
                        .hasValueSatisfying(step -> assertThat(step.role().roleName()).isEqualTo(task.getCamundaCandidateGroups()));
            }
        }
    }

    @Test
    void theInboxesListTheStepsOfTheirRoleAndOrganisationWithTheCase() {
        workflow.startDisruption("SC-T-01", "MAKER-A", false, DEADLINES);
        workflow.startTermination("SC-T-02", "MAKER-B", DEADLINES);

        assertThat(workflow.waitingFor(Role.MANUFACTURER, "MAKER-A")).extracting(WaitingStep::caseNumber, WaitingStep::step)
                .containsExactly(tuple("SC-T-01", SupplyStep.FILE_ADDITIONAL_REPORT));
        assertThat(workflow.waitingFor(Role.MANUFACTURER, "MAKER-B")).isEmpty();
        assertThat(workflow.waitingFor(Role.MINISTRY_OFFICER, null)).extracting(WaitingStep::caseNumber, WaitingStep::step)
                .containsExactly(tuple("SC-T-02", SupplyStep.TRIAGE_REPORT));
        assertThat(workflow.waitingSteps("SC-T-01")).containsExactly(
                new WaitingStep("SC-T-01", SupplyStep.FILE_ADDITIONAL_REPORT, Optional.of("MAKER-A")));
    }

    @Test
    void aStockRequestIsAStepOfEachMakerAsked() {
        coordinating("SC-T-03");
        workflow.decideConsent("SC-T-03", true);
        workflow.requestAlternativeStock("SC-T-03", List.of("MAKER-B", "MAKER-C"));

        assertThat(workflow.waitingFor(Role.MANUFACTURER, "MAKER-B")).extracting(WaitingStep::caseNumber, WaitingStep::step)
                .containsExactly(tuple("SC-T-03", SupplyStep.ANSWER_STOCK_REQUEST));
        workflow.answerStockRequest("SC-T-03", "MAKER-B");
        assertThat(workflow.waitingFor(Role.MANUFACTURER, "MAKER-B")).isEmpty();
        assertThat(workflow.waitingFor(Role.MANUFACTURER, "MAKER-C")).hasSize(1);
    }

    @Test
    void consentRefusedLeavesNoStepForTheMakersOfAlternatives() {
        coordinating("SC-T-04");

        workflow.decideConsent("SC-T-04", false);

        assertThat(workflow.waitingSteps("SC-T-04")).extracting(WaitingStep::step)
                .containsExactly(SupplyStep.REQUEST_ASSOCIATION_SUPPORT);
        assertThatThrownBy(() -> workflow.requestAlternativeStock("SC-T-04", List.of("MAKER-B")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingEarlyEndsTheWholeCaseFlowBIncluded() {
        workflow.startDisruption("SC-T-05", "MAKER-A", true, DEADLINES);
        workflow.recordTriage("SC-T-05", ClinicalImpact.LARGE);
        workflow.decideFurtherAction("SC-T-05", true);
        workflow.considerResponse("SC-T-05", false);
        assertThat(workflow.waitingSteps("SC-T-05")).extracting(WaitingStep::step).containsExactly(SupplyStep.TRIAGE_REPORT);

        workflow.endEarly("SC-T-05", CloseReason.NO_ACTION_NEEDED);

        assertThat(workflow.waitingSteps("SC-T-05")).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("SC-T-05").count()).isZero();
        workflow.endEarly("SC-T-05", CloseReason.NO_ACTION_NEEDED);
    }

    private void coordinating(String caseNumber) {
        workflow.startDisruption(caseNumber, "MAKER-A", true, DEADLINES);
        workflow.recordTriage(caseNumber, ClinicalImpact.LARGE);
        workflow.decideFurtherAction(caseNumber, true);
        workflow.considerResponse(caseNumber, true);
    }
}
