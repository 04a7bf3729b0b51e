package jp.go.mhlw.kpi.workflow;

import static jp.go.mhlw.kpi.workflow.SupplyCaseProcess.Steps.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.workflow.SupplyCaseProcess.WaitingStep;
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

/** Flow B (termination) on its own, as for a case that begins as a termination. */
@Deployment(resources = ProcessModels.SUPPLY_TERMINATION)
class SupplyTerminationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private ProcessEngine engine;
    private SupplyCaseProcess process;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        process = new SupplyCaseProcess(() -> engine);
    }

    private ProcessInstance start(String caseId) {
        String id = process.startTerminationCase(caseId, "MAKER-A", SupplyDisruptionProcessTest.DEADLINES);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** Triage with a large or possibly large impact, then the societies and the decision. */
    private ProcessInstance consulted(String caseId, ClinicalImpact impact, boolean furtherActionNeeded) {
        ProcessInstance instance = start(caseId);
        process.recordTriage(caseId, impact);
        assertThat(instance).isWaitingAt(CONSULT_SOCIETIES);
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

        assertThat(instance).isWaitingAt(TRIAGE_REPORT).hasBusinessKey("ST-B-01")
                .variables().containsEntry("manufacturerOrg", "MAKER-A").containsEntry("triageDue", "P7D");
        assertThat(task(instance)).hasCandidateGroup("ministry-officer");
    }

    @Test
    void smallImpactTakesTheSimpleReportAndTheTerminationNotice() {
        ProcessInstance instance = start("ST-B-02");

        process.recordTriage("ST-B-02", ClinicalImpact.SMALL);
        assertThat(instance).isWaitingAt(FILE_SIMPLE_REPORT);
        assertThat(process.waitingSteps("ST-B-02")).singleElement()
                .extracting(WaitingStep::candidateGroup, WaitingStep::organisationCode)
                .containsExactly("manufacturer", Optional.of("MAKER-A"));

        process.complete("ST-B-02", FILE_SIMPLE_REPORT);
        assertThat(instance).isWaitingAt(FILE_TERMINATION_NOTICE);
        process.complete("ST-B-02", FILE_TERMINATION_NOTICE);
        assertThat(instance).isWaitingAt(CLOSE_CASE);
        process.closeCase("ST-B-02", CloseReason.TERMINATED);

        assertThat(instance).isEnded()
                .hasPassedInOrder(TRIAGE_REPORT, FILE_SIMPLE_REPORT, FILE_TERMINATION_NOTICE, CLOSE_CASE, "supplyTerminated")
                .hasNotPassed(CONSULT_SOCIETIES, DECIDE_FURTHER_ACTION, "coordinateAlternatives", FILE_ADDITIONAL_REPORT)
                .variables().containsEntry("clinicalImpact", "SMALL").containsEntry("closeReason", "TERMINATED");
    }

    @Test
    void largeImpactGoesThroughSocietiesCoordinationAndTheAdditionalReportToTheNotice() {
        ProcessInstance instance = consulted("ST-B-03", ClinicalImpact.LARGE, true);

        assertThat(instance).isWaitingAt(DECIDE_CONSENT, REQUEST_ASSOCIATION_SUPPORT);
        process.decideConsent("ST-B-03", true);
        process.requestAlternativeStock("ST-B-03", List.of("MAKER-B"));
        process.requestAssociationSupport("ST-B-03", "JFMDA");
        assertThat(process.waitingSteps("ST-B-03")).extracting(WaitingStep::step, WaitingStep::organisationCode)
                .containsExactlyInAnyOrder(tuple(ANSWER_STOCK_REQUEST, Optional.of("MAKER-B")),
                        tuple(RECORD_ASSOCIATION_SUPPORT, Optional.of("JFMDA")));
        process.answerStockRequest("ST-B-03", "MAKER-B");
        process.complete("ST-B-03", RECORD_ASSOCIATION_SUPPORT);

        assertThat(instance).isWaitingAt(FILE_ADDITIONAL_REPORT);
        assertThat(task(instance)).hasCandidateGroup("manufacturer");
        process.complete("ST-B-03", FILE_ADDITIONAL_REPORT);
        process.complete("ST-B-03", FILE_TERMINATION_NOTICE);
        process.closeCase("ST-B-03", CloseReason.TERMINATED);

        assertThat(instance).isEnded()
                .hasPassedInOrder(TRIAGE_REPORT, CONSULT_SOCIETIES, DECIDE_FURTHER_ACTION, "coordinationDone",
                        FILE_ADDITIONAL_REPORT, FILE_TERMINATION_NOTICE, CLOSE_CASE, "supplyTerminated")
                .hasPassed(ANSWER_STOCK_REQUEST, RECORD_ASSOCIATION_SUPPORT)
                .hasNotPassed(FILE_SIMPLE_REPORT);
    }

    @Test
    void possiblyLargeImpactWithoutFurtherActionGoesStraightToTheAdditionalReport() {
        ProcessInstance instance = consulted("ST-B-04", ClinicalImpact.POSSIBLY_LARGE, false);

        assertThat(instance).isWaitingAt(FILE_ADDITIONAL_REPORT).hasNotPassed("coordinateAlternatives");
        process.complete("ST-B-04", FILE_ADDITIONAL_REPORT);
        process.complete("ST-B-04", FILE_TERMINATION_NOTICE);
        process.closeCase("ST-B-04", CloseReason.TERMINATED);
        assertThat(instance).isEnded().hasNotPassed(DECIDE_CONSENT, FILE_SIMPLE_REPORT);
    }

    @Test
    void consentRefusedInTheTerminationCreatesNoTaskForMakersOfAlternatives() {
        ProcessInstance instance = consulted("ST-B-05", ClinicalImpact.LARGE, true);

        process.decideConsent("ST-B-05", false);

        assertThat(process.waitingAt("ST-B-05")).containsExactly(REQUEST_ASSOCIATION_SUPPORT);
        process.requestAssociationSupport("ST-B-05", "JFMDA");
        process.complete("ST-B-05", RECORD_ASSOCIATION_SUPPORT);
        assertThat(instance).isWaitingAt(FILE_ADDITIONAL_REPORT).hasNotPassed(REQUEST_ALTERNATIVE_STOCK, ANSWER_STOCK_REQUEST);
    }

    @Test
    void anOverdueClinicalImpactJudgementIsEscalated() {
        ProcessInstance instance = start("ST-B-06");
        Job overdue = timer(instance, "triageOverdue");
        assertThat(overdue.getDuedate().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60));

        engine.getManagementService().executeJob(overdue.getId());

        assertThat(instance).isWaitingAt(TRIAGE_REPORT, ESCALATE_OVERDUE_TRIAGE);
        assertThat(task(ESCALATE_OVERDUE_TRIAGE, instance)).hasCandidateGroup("ministry-officer");
        process.recordTriage("ST-B-06", ClinicalImpact.SMALL);
        assertThat(process.waitingAt("ST-B-06")).as("the escalation ends with the judgement").containsExactly(FILE_SIMPLE_REPORT);
    }

    @Test
    void anOverdueAdditionalReportIsChased() {
        ProcessInstance instance = consulted("ST-B-07", ClinicalImpact.LARGE, false);
        Job overdue = timer(instance, "additionalReportOverdue");
        assertThat(overdue.getDuedate().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(14)).minusSeconds(60));

        engine.getManagementService().executeJob(overdue.getId());

        assertThat(instance).isWaitingAt(FILE_ADDITIONAL_REPORT, CHASE_OVERDUE_ADDITIONAL_REPORT);
        assertThat(task(CHASE_OVERDUE_ADDITIONAL_REPORT, instance)).hasCandidateGroup("ministry-officer");
        process.complete("ST-B-07", FILE_ADDITIONAL_REPORT);
        assertThat(process.waitingAt("ST-B-07")).containsExactly(FILE_TERMINATION_NOTICE);
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
