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
import jp.go.mhlw.kpi.application.supply.SupplyDeadlines;
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

/** Flow A (instability, shortage), deployed with flow B and the coordination as the application deploys them. */
@Deployment(resources = {ProcessModels.SUPPLY_DISRUPTION, ProcessModels.SUPPLY_TERMINATION,
        ProcessModels.COORDINATE_ALTERNATIVES})
class SupplyDisruptionProcessTest {

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

    private ProcessInstance start(String caseId, boolean additionalReportFiled) {
        process.startDisruption(caseId, "MAKER-A", additionalReportFiled, SupplyProcesses.DEADLINES);
        return SupplyProcesses.rootInstance(engine, caseId);
    }

    /** From the first report to MHLW's request for a response. */
    private ProcessInstance responseRequested(String caseId) {
        ProcessInstance instance = start(caseId, false);
        process.complete(caseId, FILE_ADDITIONAL_REPORT);
        process.recordTriage(caseId, ClinicalImpact.LARGE);
        process.decideFurtherAction(caseId, true);
        assertThat(instance).isWaitingAt(CONSIDER_RESPONSE.id());
        return instance;
    }

    private Job timer(ProcessInstance instance, String boundaryEvent) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(boundaryEvent).timers().singleResult();
    }

    @Test
    void aFirstReportWaitsForTheManufacturersAdditionalReport() {
        ProcessInstance instance = start("SD-A-01", false);

        assertThat(instance).isWaitingAt(FILE_ADDITIONAL_REPORT.id()).hasBusinessKey("SD-A-01")
                .variables().containsEntry("caseId", "SD-A-01").containsEntry("manufacturerOrg", "MAKER-A")
                .containsEntry("additionalReportDue", "P14D").containsEntry("triageDue", "P7D").containsEntry("responseDue", "P30D");
        assertThat(task(instance)).hasCandidateGroup("manufacturer");
        assertThat(process.waitingSteps("SD-A-01")).singleElement().satisfies(step -> {
            assertThat(step.step()).isEqualTo(FILE_ADDITIONAL_REPORT);
            assertThat(step.step().role()).isEqualTo(Role.MANUFACTURER);
            assertThat(step.organisationCode()).contains("MAKER-A");
        });
    }

    @Test
    void aCaseThatStartsWithTheAdditionalReportGoesStraightToTriage() {
        ProcessInstance instance = start("SD-A-02", true);

        assertThat(instance).isWaitingAt(TRIAGE_REPORT.id()).hasNotPassed(FILE_ADDITIONAL_REPORT.id());
        assertThat(task(instance)).hasCandidateGroup("ministry-officer");
        assertThat(process.waitingSteps("SD-A-02")).singleElement()
                .extracting(WaitingStep::organisationCode).isEqualTo(Optional.empty());
    }

    @Test
    void noFurtherActionLeadsToFollowUpAndAReReportGoesBackToTriage() {
        ProcessInstance instance = start("SD-A-03", false);
        process.complete("SD-A-03", FILE_ADDITIONAL_REPORT);
        process.recordTriage("SD-A-03", ClinicalImpact.SMALL);
        process.decideFurtherAction("SD-A-03", false);

        assertThat(instance).isWaitingAt(FOLLOW_UP_SUPPLY.id()).hasNotPassed(CONSIDER_RESPONSE.id());
        assertThat(task(instance)).hasCandidateGroup("manufacturer");

        process.followUpSupply("SD-A-03", true);
        assertThat(instance).isWaitingAt(TRIAGE_REPORT.id());

        process.recordTriage("SD-A-03", ClinicalImpact.SMALL);
        process.decideFurtherAction("SD-A-03", false);
        process.followUpSupply("SD-A-03", false);
        assertThat(instance).isWaitingAt(CLOSE_CASE.id());
        assertThat(task(instance)).hasCandidateGroup("ministry-officer");

        process.closeCase("SD-A-03", CloseReason.RESOLVED);
        assertThat(instance).isEnded()
                .hasPassedInOrder(FILE_ADDITIONAL_REPORT.id(), TRIAGE_REPORT.id(), DECIDE_FURTHER_ACTION.id(), FOLLOW_UP_SUPPLY.id(),
                        TRIAGE_REPORT.id(), DECIDE_FURTHER_ACTION.id(), FOLLOW_UP_SUPPLY.id(), CLOSE_CASE.id(), "caseClosed")
                .variables().containsEntry("closeReason", "RESOLVED").containsEntry("clinicalImpact", "SMALL");
    }

    @Test
    void actionNeededAndSupplyContinuesCoordinatesAlternativesWithTheAssociation() {
        ProcessInstance instance = responseRequested("SD-A-04");
        assertThat(task(instance)).hasCandidateGroup("manufacturer");

        process.considerResponse("SD-A-04", true);
        assertThat(instance).isWaitingAt("coordinateAlternatives");
        ProcessInstance coordination = SupplyProcesses.calledInstance(engine, instance);
        assertThat(coordination).hasProcessDefinitionKey(SupplyCaseProcess.COORDINATION_PROCESS_KEY)
                .isWaitingAt(DECIDE_CONSENT.id(), REQUEST_ASSOCIATION_SUPPORT.id());

        process.decideConsent("SD-A-04", true);
        process.requestAlternativeStock("SD-A-04", List.of("MAKER-B", "MAKER-C"));
        assertThat(process.waitingSteps("SD-A-04")).filteredOn(step -> step.step().equals(ANSWER_STOCK_REQUEST))
                .extracting(step -> step.step().role(), WaitingStep::organisationCode)
                .containsExactlyInAnyOrder(tuple(Role.MANUFACTURER, Optional.of("MAKER-B")),
                        tuple(Role.MANUFACTURER, Optional.of("MAKER-C")));
        assertThat(coordination).as("the list of makers is not stored").variables()
                .doesNotContainKey("alternativeMakerOrgs");

        process.requestAssociationSupport("SD-A-04", "JFMDA");
        assertThat(process.waitingSteps("SD-A-04")).filteredOn(step -> step.step().equals(RECORD_ASSOCIATION_SUPPORT))
                .singleElement().satisfies(step -> {
                    assertThat(step.step().role()).isEqualTo(Role.INDUSTRY_ASSOCIATION);
                    assertThat(step.organisationCode()).contains("JFMDA");
                });

        process.answerStockRequest("SD-A-04", "MAKER-C");
        assertThatThrownBy(() -> process.answerStockRequest("SD-A-04", "MAKER-C"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no stock answer from MAKER-C");
        process.answerStockRequest("SD-A-04", "MAKER-B");
        process.complete("SD-A-04", RECORD_ASSOCIATION_SUPPORT);

        assertThat(coordination).isEnded()
                .hasPassed(REQUEST_ALTERNATIVE_STOCK.id(), ANSWER_STOCK_REQUEST.id(), "coordinationDone");
        assertThat(instance).isWaitingAt(FOLLOW_UP_SUPPLY.id()).hasPassed("coordinateAlternatives")
                .variables().containsEntry("consentToContactAlternativeMakers", true)
                .containsEntry("associationOrg", "JFMDA");
        process.followUpSupply("SD-A-04", false);
        process.closeCase("SD-A-04", CloseReason.RESOLVED);
        assertThat(instance).isEnded().hasPassed("caseClosed").hasNotPassed("endSupply");
    }

    @Test
    void consentRefusedCreatesNoTaskForMakersOfAlternatives() {
        ProcessInstance instance = responseRequested("SD-A-05");
        process.considerResponse("SD-A-05", true);

        process.decideConsent("SD-A-05", false);

        ProcessInstance coordination = SupplyProcesses.calledInstance(engine, instance);
        assertThat(coordination).isWaitingAt(REQUEST_ASSOCIATION_SUPPORT.id())
                .isNotWaitingAt(REQUEST_ALTERNATIVE_STOCK.id(), ANSWER_STOCK_REQUEST.id());
        assertThat(SupplyProcesses.waitingAt(process, "SD-A-05")).containsExactly(REQUEST_ASSOCIATION_SUPPORT);

        process.requestAssociationSupport("SD-A-05", "JFMDA");
        process.complete("SD-A-05", RECORD_ASSOCIATION_SUPPORT);
        assertThat(coordination).isEnded().hasNotPassed(REQUEST_ALTERNATIVE_STOCK.id(), ANSWER_STOCK_REQUEST.id());
        assertThat(instance).isWaitingAt(FOLLOW_UP_SUPPLY.id())
                .variables().containsEntry("consentToContactAlternativeMakers", false);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey("SD-A-05")
                .taskDefinitionKey(ANSWER_STOCK_REQUEST.id()).count()).isZero();
    }

    @Test
    void actionNeededAndSupplyEndsRunsTheTerminationFlowForTheSameCase() {
        ProcessInstance instance = responseRequested("SD-A-06");

        process.considerResponse("SD-A-06", false);

        assertThat(instance).isActive().isWaitingAt("endSupply");
        ProcessInstance termination = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId()).singleResult();
        assertThat(termination).hasProcessDefinitionKey(SupplyCaseProcess.TERMINATION_PROCESS_KEY)
                .hasBusinessKey("SD-A-06").isWaitingAt(TRIAGE_REPORT.id())
                .variables().containsEntry("caseId", "SD-A-06").containsEntry("manufacturerOrg", "MAKER-A")
                .containsEntry("triageDue", "P7D").containsEntry("additionalReportDue", "P14D")
                .as("decisions of flow A stay in flow A").doesNotContainKeys("furtherActionNeeded", "clinicalImpact", "continueSupply");
        assertThat(SupplyProcesses.waitingAt(process, "SD-A-06")).as("found by case id").containsExactly(TRIAGE_REPORT);

        process.recordTriage("SD-A-06", ClinicalImpact.SMALL);
        process.complete("SD-A-06", FILE_SIMPLE_REPORT);
        process.complete("SD-A-06", FILE_TERMINATION_NOTICE);
        process.closeCase("SD-A-06", CloseReason.TERMINATED);

        assertThat(termination).isEnded();
        assertThat(instance).isEnded().hasPassed("endSupply", "caseTerminated").hasNotPassed(FOLLOW_UP_SUPPLY.id(), "caseClosed");
    }

    @Test
    void anOverdueAdditionalReportGivesTheOfficerAChasingTaskThatEndsWithTheReport() {
        Instant started = Instant.now();
        ProcessInstance instance = start("SD-A-07", false);
        Job overdue = timer(instance, "additionalReportOverdue");
        assertThat(overdue.getDuedate().toInstant()).isBetween(started.plus(Duration.ofDays(14)).minusSeconds(5),
                Instant.now().plus(Duration.ofDays(14)).plusSeconds(5));

        engine.getManagementService().executeJob(overdue.getId());

        assertThat(instance).isWaitingAt(FILE_ADDITIONAL_REPORT.id(), CHASE_OVERDUE_ADDITIONAL_REPORT.id());
        assertThat(process.waitingSteps("SD-A-07")).filteredOn(step -> step.step().equals(CHASE_OVERDUE_ADDITIONAL_REPORT))
                .singleElement().satisfies(step -> {
                    assertThat(step.step().role()).isEqualTo(Role.MINISTRY_OFFICER);
                    assertThat(step.organisationCode()).isEmpty();
                });

        process.complete("SD-A-07", FILE_ADDITIONAL_REPORT);
        assertThat(SupplyProcesses.waitingAt(process, "SD-A-07")).as("the chasing task ends with the report").containsExactly(TRIAGE_REPORT);
    }

    @Test
    void aChasingTaskDoneBeforeTheReportLeavesTheReportOpen() {
        ProcessInstance instance = start("SD-A-08", false);
        engine.getManagementService().executeJob(timer(instance, "additionalReportOverdue").getId());

        process.complete("SD-A-08", CHASE_OVERDUE_ADDITIONAL_REPORT);

        assertThat(instance).isWaitingAt(FILE_ADDITIONAL_REPORT.id()).hasPassed("additionalReportChased");
        assertThat(timer(instance, "additionalReportOverdue")).as("the reminder fires once").isNull();
    }

    @Test
    void anOverdueTriageIsEscalatedWithinTheMinistry() {
        ProcessInstance instance = start("SD-A-09", true);
        Job overdue = timer(instance, "triageOverdue");
        assertThat(overdue.getDuedate().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60));

        engine.getManagementService().executeJob(overdue.getId());

        assertThat(instance).isWaitingAt(TRIAGE_REPORT.id(), ESCALATE_OVERDUE_TRIAGE.id());
        assertThat(task(ESCALATE_OVERDUE_TRIAGE.id(), instance)).hasCandidateGroup("ministry-officer");
        process.complete("SD-A-09", ESCALATE_OVERDUE_TRIAGE);
        process.recordTriage("SD-A-09", ClinicalImpact.POSSIBLY_LARGE);
        assertThat(instance).isWaitingAt(DECIDE_FURTHER_ACTION.id());
    }

    @Test
    void anOverdueResponseIsChasedAndTheChaseEndsWithTheAnswer() {
        ProcessInstance instance = responseRequested("SD-A-10");
        Job overdue = timer(instance, "responseOverdue");
        assertThat(overdue.getDuedate().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(30)).minusSeconds(60));

        engine.getManagementService().executeJob(overdue.getId());

        assertThat(instance).isWaitingAt(CONSIDER_RESPONSE.id(), CHASE_OVERDUE_RESPONSE.id());
        assertThat(task(CHASE_OVERDUE_RESPONSE.id(), instance)).hasCandidateGroup("ministry-officer");
        process.considerResponse("SD-A-10", true);
        assertThat(SupplyProcesses.waitingAt(process, "SD-A-10")).containsExactlyInAnyOrder(DECIDE_CONSENT, REQUEST_ASSOCIATION_SUPPORT);
    }

    @Test
    void deadlinesAreTheCallersSettings() {
        process.startDisruption("SD-A-11", "MAKER-A", false,
                new SupplyDeadlines.Durations(Duration.ofHours(36), Duration.ofDays(3), Duration.ofDays(10)));
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("SD-A-11").singleResult();

        assertThat(instance).variables().containsEntry("additionalReportDue", "PT36H");
        assertThat(timer(instance, "additionalReportOverdue").getDuedate().toInstant())
                .isBefore(Instant.now().plus(Duration.ofHours(36)).plusSeconds(5));
        assertThatThrownBy(() -> new SupplyDeadlines.Durations(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("additionalReport");
    }

    @Test
    void aCaseIsStartedOnceInEitherFlow() {
        start("SD-A-12", true);

        assertThatThrownBy(() -> start("SD-A-12", false)).isInstanceOf(IllegalStateException.class).hasMessageContaining("SD-A-12");
        assertThatThrownBy(() -> process.startTermination("SD-A-12", "MAKER-A", SupplyProcesses.DEADLINES))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> process.startDisruption(" ", "MAKER-A", false, SupplyProcesses.DEADLINES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> process.startDisruption("SD-A-13", null, false, SupplyProcesses.DEADLINES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepsWithADecisionAreCompletedWithTheirDecisionOnly() {
        start("SD-A-14", true);

        assertThatThrownBy(() -> process.complete("SD-A-14", TRIAGE_REPORT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use recordTriage");
        assertThatThrownBy(() -> process.decideFurtherAction("SD-A-14", true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not waiting at decideFurtherAction");
        process.recordTriage("SD-A-14", ClinicalImpact.LARGE);
        process.decideFurtherAction("SD-A-14", true);
        process.considerResponse("SD-A-14", true);
        process.decideConsent("SD-A-14", true);
        assertThatThrownBy(() -> process.requestAlternativeStock("SD-A-14", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> process.requestAlternativeStock("SD-A-14", List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theModelIsVersionedKeptTenYearsAndDrawn() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(SupplyCaseProcess.DISRUPTION_PROCESS_KEY).latestVersion().singleResult();

        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
        assertThat(definition.getVersionTag()).isNotBlank();
        SupplyModelChecks.assertEveryElementIsDrawn(engine, definition);
        SupplyModelChecks.assertUserTasksAreForTheThreeRoles(engine, definition);
    }
}
