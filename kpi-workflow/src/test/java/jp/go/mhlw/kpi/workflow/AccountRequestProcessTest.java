package jp.go.mhlw.kpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.application.operations.Incident;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of account-request: approval, rejection, a failing account creation as an incident, retry and cancel. */
@Deployment(resources = ProcessModels.ACCOUNT_REQUEST)
class AccountRequestProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private ProcessEngine engine;
    private AccountRequestProcess process;
    private ProcessIncidentsFacade incidents;
    /** The request ids the service task was run for; it fails while {@link #failure} is set. */
    private final List<Long> created = new ArrayList<>();
    private RuntimeException failure;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        process = new AccountRequestProcess(() -> engine);
        incidents = new ProcessIncidentsFacade(() -> engine);
        JavaDelegate delegate = execution -> {
            if (failure != null) {
                throw failure;
            }
            created.add(((Number) execution.getVariable("requestId")).longValue());
        };
        Mocks.register("createManufacturerAccount", delegate);
    }

    @AfterEach
    void removeDelegate() {
        Mocks.reset();
    }

    private ProcessInstance start(long requestId) {
        process.requestSubmitted(requestId);
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AccountRequestProcess.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(requestId)).singleResult();
    }

    private Job job(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** Runs the job until it has no retries left, as the job executor would. */
    private void failUntilIncident(ProcessInstance instance) {
        for (int attempt = 0; attempt < 3; attempt++) {
            String jobId = job(instance).getId();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).hasMessageContaining("taken");
        }
    }

    @Test
    void aRequestWaitsForAMinistryOfficer() {
        ProcessInstance instance = start(1001);

        assertThat(instance).isWaitingAt(AccountRequestProcess.REVIEW_STEP).hasBusinessKey("1001")
                .variables().containsEntry("requestId", 1001L);
        assertThat(task(instance)).hasCandidateGroup("ministry-officer");
    }

    @Test
    void anApprovalCreatesTheAccountInTheBackgroundAfterTheDecisionCommitted() {
        ProcessInstance instance = start(1002);

        process.requestDecided(1002, true);

        assertThat(instance).isWaitingAt(AccountRequestProcess.CREATE_ACCOUNT_STEP);
        assertThat(created).as("not inside the officer's transaction").isEmpty();
        engine.getManagementService().executeJob(job(instance).getId());
        assertThat(created).containsExactly(1002L);
        assertThat(instance).isEnded().hasPassedInOrder(AccountRequestProcess.REVIEW_STEP, "isApproved",
                AccountRequestProcess.CREATE_ACCOUNT_STEP, "accountCreated");
    }

    @Test
    void aRejectionEndsTheRequestWithoutAnAccount() {
        ProcessInstance instance = start(1003);

        process.requestDecided(1003, false);

        assertThat(instance).isEnded().hasPassed("requestRejected").hasNotPassed(AccountRequestProcess.CREATE_ACCOUNT_STEP);
        assertThat(created).isEmpty();
        assertThatThrownBy(() -> process.requestDecided(1003, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not waiting");
    }

    @Test
    void aFailedCreationBecomesAnIncidentAndARetryAfterTheFixCompletesTheRequest() {
        ProcessInstance instance = start(1004);
        process.requestDecided(1004, true);
        failure = new IllegalStateException("The user name maker-1004 is already taken.");

        failUntilIncident(instance);

        assertThat(instance).isWaitingAt(AccountRequestProcess.CREATE_ACCOUNT_STEP);
        Incident incident = incidents.open().stream().filter(i -> "1004".equals(i.businessKey())).findFirst().orElseThrow();
        assertThat(incident.processKey()).isEqualTo("account-request");
        assertThat(incident.step()).isEqualTo(AccountRequestProcess.CREATE_ACCOUNT_STEP);
        assertThat(incident.stepName()).contains("Create the organisation and the account");
        assertThat(incident.message()).contains("maker-1004 is already taken");
        assertThat(incident.since()).isNotNull();
        assertThat(incidents.find(incident.id())).contains(incident);
        assertThat(incidents.count()).as("the administrator's home counts what the incident list shows")
                .isEqualTo(incidents.open().size()).isPositive();

        failure = null;
        incidents.retry(incident.id());
        assertThat(incidents.find(incident.id())).as("resolved by the retry").isEmpty();
        Job retried = job(instance);
        assertThat(retried.getRetries()).isEqualTo(1);
        engine.getManagementService().executeJob(retried.getId());

        assertThat(instance).isEnded().hasPassed("accountCreated");
        assertThat(created).containsExactly(1004L);
        assertThat(incidents.find(incident.id())).isEmpty();
    }

    @Test
    void aCancelledIncidentEndsTheInstanceWithTheReason() {
        ProcessInstance instance = start(1005);
        process.requestDecided(1005, true);
        failure = new IllegalStateException("The user name maker-1005 is already taken.");
        failUntilIncident(instance);
        Incident incident = incidents.open().stream().filter(i -> "1005".equals(i.businessKey())).findFirst().orElseThrow();

        incidents.cancel(incident.id(), "The company withdrew its request");

        assertThat(instance).isEnded();
        HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(history.getDeleteReason()).isEqualTo("The company withdrew its request");
        assertThat(incidents.find(incident.id())).isEmpty();
        assertThat(created).isEmpty();
    }

    @Test
    void aRequestIsReviewedOnce() {
        start(1006);

        assertThatThrownBy(() -> start(1006)).isInstanceOf(IllegalStateException.class).hasMessageContaining("1006");
    }

    @Test
    void theModelIsVersionedKeptTenYearsAndDrawn() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(AccountRequestProcess.PROCESS_KEY).latestVersion().singleResult();

        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
        assertThat(definition.getVersionTag()).isNotBlank();
        SupplyModelChecks.assertEveryElementIsDrawn(engine, definition);
    }
}
