package jp.go.mhlw.kpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.application.supply.SupplyCaseWorkflow.WaitingStep;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The domain's port on the engine: the steps, their roles and organisations, as the service and the inboxes see them. */
@Deployment(resources = {ProcessModels.SUPPLY_DISRUPTION, ProcessModels.SUPPLY_TERMINATION,
        ProcessModels.COORDINATE_ALTERNATIVES})
class SupplyCaseProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private ProcessEngine engine;
    private SupplyCaseProcess workflow;

    @BeforeEach
    void setUp() {
        SupplyProcesses.withoutMails();
        engine = extension.getProcessEngine();
        workflow = new SupplyCaseProcess(() -> engine);
    }

    @Test
    void everyUserTaskOfTheSupplyModelsIsAKnownStepOfTheRoleThatDoesIt() {
        for (String model : List.of(ProcessModels.SUPPLY_DISRUPTION, ProcessModels.SUPPLY_TERMINATION,
                ProcessModels.COORDINATE_ALTERNATIVES)) {
            InputStream xml = getClass().getClassLoader().getResourceAsStream(model);
            for (UserTask task : Bpmn.readModelFromStream(xml).getModelElementsByType(UserTask.class)) {
                assertThat(SupplyStep.byId(task.getId())).as(model + " " + task.getId())
                        .hasValueSatisfying(step -> assertThat(step.role().roleName()).isEqualTo(task.getCamundaCandidateGroups()));
            }
        }
    }

    @Test
    void theInboxesListTheStepsOfTheirRoleAndOrganisationWithTheCase() {
        workflow.startDisruption("SC-T-01", "MAKER-A", false, SupplyProcesses.DEADLINES);
        workflow.startTermination("SC-T-02", "MAKER-B", SupplyProcesses.DEADLINES);

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
    void aListsPageReadsTheStepsOfAllItsCasesAtOnceAsEachCaseGivesThem() {
        workflow.startDisruption("SC-T-11", "MAKER-A", false, SupplyProcesses.DEADLINES);
        workflow.startTermination("SC-T-12", "MAKER-B", SupplyProcesses.DEADLINES);
        coordinating("SC-T-13");
        workflow.decideConsent("SC-T-13", true);
        workflow.requestAlternativeStock("SC-T-13", List.of("MAKER-B", "MAKER-C"));
        workflow.startDisruption("SC-T-14", "MAKER-A", false, SupplyProcesses.DEADLINES);
        List<String> page = List.of("SC-T-13", "SC-T-11", "SC-T-12", "SC-T-99");

        Map<String, List<SupplyStep>> steps = workflow.stepsAt(page);

        assertThat(steps).containsOnlyKeys(page).doesNotContainKey("SC-T-14");
        for (String caseNumber : page) {
            assertThat(steps.get(caseNumber)).as(caseNumber).containsExactlyElementsOf(
                    workflow.waitingSteps(caseNumber).stream().map(WaitingStep::step).toList());
        }
        assertThat(steps.get("SC-T-13")).contains(SupplyStep.ANSWER_STOCK_REQUEST);
        assertThat(steps.get("SC-T-99")).isEmpty();
        assertThat(workflow.stepsAt(List.of())).isEmpty();
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
        workflow.startDisruption("SC-T-05", "MAKER-A", true, SupplyProcesses.DEADLINES);
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
        workflow.startDisruption(caseNumber, "MAKER-A", true, SupplyProcesses.DEADLINES);
        workflow.recordTriage(caseNumber, ClinicalImpact.LARGE);
        workflow.decideFurtherAction(caseNumber, true);
        workflow.considerResponse(caseNumber, true);
    }
}
