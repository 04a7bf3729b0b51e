package jp.go.mhlw.kpi.workflow;

import static jp.go.mhlw.kpi.application.supply.SupplyStep.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.supply.SupplyCaseWorkflow.WaitingStep;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Flow B (termination) on its own, as for a case that begins as a termination, with the coordination it calls. */
@Deployment(resources = {ProcessModels.SUPPLY_TERMINATION, ProcessModels.COORDINATE_ALTERNATIVES})
class SupplyTerminationProcessTest {

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

    private ProcessInstance start(String caseId) {
        process.startTermination(caseId, "MAKER-A", SupplyProcesses.DEADLINES);
        return SupplyProcesses.rootInstance(engine, caseId);
    }

    /** Triage with a large or possibly large impact, then the societies and the decision. */
    private ProcessInstance consulted(String caseId, ClinicalImpact impact, boolean furtherActionNeeded) {
        ProcessInstance instance = start(caseId);
        process.recordTriage(caseId, impact);
        assertThat(instance).isWaitingAt(CONSULT_SOCIETIES.id());
        assertThat(task(instance)).hasCandidateGroup("ministry-officer");
        process.complete(caseId, CONSULT_SOCIETIES);
        process.decideFurtherAction(caseId, furtherActionNeeded);
        return instance;
    }

    private Job timer(ProcessInstance instance, String boundaryEvent) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(boundaryEvent).timers().singleResult();
    }

    @Test
    void aTerminationStartsWithMhlwJudgingTheClinicalImpact() {
        ProcessInstance instance = start("ST-B-01");

        assertThat(instance).isWaitingAt(TRIAGE_REPORT.id()).hasBusinessKey("ST-B-01")
                .variables().containsEntry("manufacturerOrg", "MAKER-A").containsEntry("triageDue", "P7D");
        assertThat(task(instance)).hasCandidateGroup("ministry-officer");
    }

    @Test
    void smallImpactTakesTheSimpleReportAndTheTerminationNotice() {
        ProcessInstance instance = start("ST-B-02");

        process.recordTriage("ST-B-02", ClinicalImpact.SMALL);
        assertThat(instance).isWaitingAt(FILE_SIMPLE_REPORT.id());
        assertThat(process.waitingSteps("ST-B-02")).singleElement()
                .extracting(step -> step.step().role(), WaitingStep::organisationCode)
                .containsExactly(Role.MANUFACTURER, Optional.of("MAKER-A"));

        process.complete("ST-B-02", FILE_SIMPLE_REPORT);
        assertThat(instance).isWaitingAt(FILE_TERMINATION_NOTICE.id());
        process.complete("ST-B-02", FILE_TERMINATION_NOTICE);
        assertThat(instance).isWaitingAt(CLOSE_CASE.id());
        process.closeCase("ST-B-02", CloseReason.TERMINATED);

        assertThat(instance).isEnded()
                .hasPassedInOrder(TRIAGE_REPORT.id(), FILE_SIMPLE_REPORT.id(), FILE_TERMINATION_NOTICE.id(), CLOSE_CASE.id(), "supplyTerminated")
                .hasNotPassed(CONSULT_SOCIETIES.id(), DECIDE_FURTHER_ACTION.id(), "coordinateAlternatives", FILE_ADDITIONAL_REPORT.id())
                .variables().containsEntry("clinicalImpact", "SMALL").containsEntry("closeReason", "TERMINATED");
    }

    @Test
    void largeImpactGoesThroughSocietiesCoordinationAndTheAdditionalReportToTheNotice() {
        ProcessInstance instance = consulted("ST-B-03", ClinicalImpact.LARGE, true);

        assertThat(instance).isWaitingAt("coordinateAlternatives");
        ProcessInstance coordination = SupplyProcesses.calledInstance(engine, instance);
        assertThat(coordination).hasBusinessKey("ST-B-03")
                .isWaitingAt(DECIDE_CONSENT.id(), REQUEST_ASSOCIATION_SUPPORT.id());
        process.decideConsent("ST-B-03", true);
        process.requestAlternativeStock("ST-B-03", List.of("MAKER-B"));
        process.requestAssociationSupport("ST-B-03", "JFMDA");
        assertThat(process.waitingSteps("ST-B-03")).extracting(WaitingStep::step, WaitingStep::organisationCode)
                .containsExactlyInAnyOrder(tuple(ANSWER_STOCK_REQUEST, Optional.of("MAKER-B")),
                        tuple(RECORD_ASSOCIATION_SUPPORT, Optional.of("JFMDA")));
        process.answerStockRequest("ST-B-03", "MAKER-B");
        process.complete("ST-B-03", RECORD_ASSOCIATION_SUPPORT);

        assertThat(instance).isWaitingAt(FILE_ADDITIONAL_REPORT.id());
        assertThat(task(instance)).hasCandidateGroup("manufacturer");
        process.complete("ST-B-03", FILE_ADDITIONAL_REPORT);
        process.complete("ST-B-03", FILE_TERMINATION_NOTICE);
        process.closeCase("ST-B-03", CloseReason.TERMINATED);

        assertThat(instance).isEnded()
                .hasPassedInOrder(TRIAGE_REPORT.id(), CONSULT_SOCIETIES.id(), DECIDE_FURTHER_ACTION.id(),
                        "coordinateAlternatives", FILE_ADDITIONAL_REPORT.id(), FILE_TERMINATION_NOTICE.id(),
                        CLOSE_CASE.id(), "supplyTerminated")
                .hasNotPassed(FILE_SIMPLE_REPORT.id());
        assertThat(coordination).isEnded()
                .hasPassed(ANSWER_STOCK_REQUEST.id(), RECORD_ASSOCIATION_SUPPORT.id(), "coordinationDone");
    }

    @Test
    void possiblyLargeImpactWithoutFurtherActionGoesStraightToTheAdditionalReport() {
        ProcessInstance instance = consulted("ST-B-04", ClinicalImpact.POSSIBLY_LARGE, false);

        assertThat(instance).isWaitingAt(FILE_ADDITIONAL_REPORT.id()).hasNotPassed("coordinateAlternatives");
        process.complete("ST-B-04", FILE_ADDITIONAL_REPORT);
        process.complete("ST-B-04", FILE_TERMINATION_NOTICE);
        process.closeCase("ST-B-04", CloseReason.TERMINATED);
        assertThat(instance).isEnded().hasNotPassed(DECIDE_CONSENT.id(), FILE_SIMPLE_REPORT.id());
    }

    @Test
    void consentRefusedInTheTerminationCreatesNoTaskForMakersOfAlternatives() {
        ProcessInstance instance = consulted("ST-B-05", ClinicalImpact.LARGE, true);

        ProcessInstance coordination = SupplyProcesses.calledInstance(engine, instance);
        process.decideConsent("ST-B-05", false);

        assertThat(SupplyProcesses.waitingAt(process, "ST-B-05")).containsExactly(REQUEST_ASSOCIATION_SUPPORT);
        process.requestAssociationSupport("ST-B-05", "JFMDA");
        process.complete("ST-B-05", RECORD_ASSOCIATION_SUPPORT);
        assertThat(instance).isWaitingAt(FILE_ADDITIONAL_REPORT.id());
        assertThat(coordination).isEnded().hasNotPassed(REQUEST_ALTERNATIVE_STOCK.id(), ANSWER_STOCK_REQUEST.id());
    }

    @Test
    void anOverdueClinicalImpactJudgementIsEscalated() {
        ProcessInstance instance = start("ST-B-06");
        Job overdue = timer(instance, "triageOverdue");
        assertThat(overdue.getDuedate().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60));

        engine.getManagementService().executeJob(overdue.getId());

        assertThat(instance).isWaitingAt(TRIAGE_REPORT.id(), ESCALATE_OVERDUE_TRIAGE.id());
        assertThat(task(ESCALATE_OVERDUE_TRIAGE.id(), instance)).hasCandidateGroup("ministry-officer");
        process.recordTriage("ST-B-06", ClinicalImpact.SMALL);
        assertThat(SupplyProcesses.waitingAt(process, "ST-B-06")).as("the escalation ends with the judgement").containsExactly(FILE_SIMPLE_REPORT);
    }

    @Test
    void anOverdueAdditionalReportIsChased() {
        ProcessInstance instance = consulted("ST-B-07", ClinicalImpact.LARGE, false);
        Job overdue = timer(instance, "additionalReportOverdue");
        assertThat(overdue.getDuedate().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(14)).minusSeconds(60));

        engine.getManagementService().executeJob(overdue.getId());

        assertThat(instance).isWaitingAt(FILE_ADDITIONAL_REPORT.id(), CHASE_OVERDUE_ADDITIONAL_REPORT.id());
        assertThat(task(CHASE_OVERDUE_ADDITIONAL_REPORT.id(), instance)).hasCandidateGroup("ministry-officer");
        process.complete("ST-B-07", FILE_ADDITIONAL_REPORT);
        assertThat(SupplyProcesses.waitingAt(process, "ST-B-07")).containsExactly(FILE_TERMINATION_NOTICE);
    }

    @Test
    void aTerminationCaseIsStartedOnce() {
        start("ST-B-08");

        assertThatThrownBy(() -> start("ST-B-08")).isInstanceOf(IllegalStateException.class).hasMessageContaining("ST-B-08");
    }

    @Test
    void theModelIsVersionedKeptTenYearsAndDrawn() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(SupplyCaseProcess.TERMINATION_PROCESS_KEY).latestVersion().singleResult();

        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
        assertThat(definition.getVersionTag()).isNotBlank();
        SupplyModelChecks.assertEveryElementIsDrawn(engine, definition);
        SupplyModelChecks.assertUserTasksAreForTheThreeRoles(engine, definition);
    }
}
