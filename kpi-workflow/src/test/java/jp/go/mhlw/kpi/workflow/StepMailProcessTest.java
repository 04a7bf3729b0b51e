package jp.go.mhlw.kpi.workflow;

import static jp.go.mhlw.kpi.application.supply.SupplyStep.FILE_ADDITIONAL_REPORT;
import static jp.go.mhlw.kpi.application.supply.SupplyStep.FILE_SIMPLE_REPORT;
import static jp.go.mhlw.kpi.application.supply.SupplyStep.FILE_TERMINATION_NOTICE;
import static jp.go.mhlw.kpi.application.supply.SupplyStep.RECORD_ASSOCIATION_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.followup.FollowUpSettings;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import jp.go.mhlw.kpi.workflow.mail.StepMailListener;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who is e-mailed on which step of the flows, with the real task listener and the step-mail model: each mail is a
 * job (so nothing is sent before the step's transaction commits), retried when sending fails and an incident when
 * it keeps failing. The sending itself is recorded as "MAIL reference party".
 */
@Deployment(resources = {ProcessModels.SUPPLY_DISRUPTION, ProcessModels.SUPPLY_TERMINATION,
        ProcessModels.COORDINATE_ALTERNATIVES, ProcessModels.ANNUAL_FOLLOW_UP, ProcessModels.REPORT_REQUEST,
        ProcessModels.STEP_MAIL})
class StepMailProcessTest {

    private static final long CYCLE = 1050;
    private static final long HIROSHIMA = 2101;

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private ProcessEngine engine;
    private SupplyCaseProcess supply;
    private final List<String> sent = new ArrayList<>();
    private boolean mailServerDown;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        supply = new SupplyCaseProcess(() -> engine);
        registerMailBeans();
    }

    private void registerMailBeans() {
        Mocks.register("followUpSettings", new FollowUpSettings(name -> Optional.empty()));
        Mocks.register("stepMail", new StepMailListener());
        Mocks.register("sendStepMail", (JavaDelegate) execution -> {
            if (mailServerDown) {
                throw new IllegalStateException("The e-mail could not be sent: connection refused");
            }
            sent.add(execution.getVariable("mail") + " " + execution.getVariable("reference") + " "
                    + execution.getVariable("party"));
        });
    }

    @AfterEach
    void tearDown() {
        FollowUpModels.reset();
    }

    /** The mails queued since the last call, sent as the job executor would send them after the commit. */
    private List<String> mailsSent() {
        ManagementService management = engine.getManagementService();
        for (Job job : mailJobs()) {
            management.executeJob(job.getId());
        }
        List<String> mails = List.copyOf(sent);
        sent.clear();
        return mails;
    }

    private List<Job> mailJobs() {
        return engine.getManagementService().createJobQuery().processDefinitionKey("step-mail").list();
    }

    @Test
    void everyStepOfFlowAThatWaitsForSomeoneMailsThemAndNobodyElse() {
        supply.startDisruption("SM-A-01", "MAKER-A", false, SupplyProcesses.DEADLINES);
        assertThat(sent).as("queued as a job, not sent in the step's transaction").isEmpty();
        assertThat(mailJobs()).hasSize(1);
        assertThat(mailsSent()).containsExactly("SUPPLY_REPORT_DUE SM-A-01 MAKER-A");

        supply.complete("SM-A-01", FILE_ADDITIONAL_REPORT);
        assertThat(mailsSent()).containsExactly("SUPPLY_REPORT_FILED SM-A-01 null");

        supply.recordTriage("SM-A-01", ClinicalImpact.LARGE);
        assertThat(mailsSent()).as("the officer's own next step").isEmpty();

        supply.decideFurtherAction("SM-A-01", true);
        assertThat(mailsSent()).containsExactly("SUPPLY_ASKED SM-A-01 MAKER-A");

        supply.considerResponse("SM-A-01", true);
        assertThat(mailsSent()).containsExactlyInAnyOrder("SUPPLY_ANSWER_RECEIVED SM-A-01 null",
                "SUPPLY_ASKED SM-A-01 MAKER-A");

        supply.decideConsent("SM-A-01", true);
        assertThat(mailsSent()).containsExactly("SUPPLY_ANSWER_RECEIVED SM-A-01 null");

        supply.requestAlternativeStock("SM-A-01", List.of("MAKER-B", "MAKER-C"));
        assertThat(mailsSent()).containsExactlyInAnyOrder("SUPPLY_STOCK_ASKED SM-A-01 MAKER-B",
                "SUPPLY_STOCK_ASKED SM-A-01 MAKER-C");

        supply.answerStockRequest("SM-A-01", "MAKER-B");
        assertThat(mailsSent()).containsExactly("SUPPLY_ANSWER_RECEIVED SM-A-01 null");

        supply.requestAssociationSupport("SM-A-01", "JFMDA");
        assertThat(mailsSent()).containsExactly("SUPPLY_SUPPORT_ASKED SM-A-01 JFMDA");

        supply.answerStockRequest("SM-A-01", "MAKER-C");
        supply.complete("SM-A-01", RECORD_ASSOCIATION_SUPPORT);
        assertThat(mailsSent()).containsExactlyInAnyOrder("SUPPLY_ANSWER_RECEIVED SM-A-01 null",
                "SUPPLY_ANSWER_RECEIVED SM-A-01 null", "SUPPLY_ASKED SM-A-01 MAKER-A");

        supply.followUpSupply("SM-A-01", false);
        assertThat(mailsSent()).containsExactly("SUPPLY_ANSWER_RECEIVED SM-A-01 null");
    }

    @Test
    void anOverdueReportMailsTheManufacturerAndTheOfficers() {
        supply.startDisruption("SM-A-02", "MAKER-A", false, SupplyProcesses.DEADLINES);
        mailsSent();

        Job overdue = engine.getManagementService().createJobQuery().activityId("additionalReportOverdue").timers()
                .processInstanceId(SupplyProcesses.rootInstance(engine, "SM-A-02").getId()).singleResult();
        engine.getManagementService().executeJob(overdue.getId());

        assertThat(mailsSent()).containsExactlyInAnyOrder("SUPPLY_OVERDUE SM-A-02 MAKER-A",
                "SUPPLY_DEADLINE_PASSED SM-A-02 null");
    }

    @Test
    void flowBMailsTheSimpleReportAndTheNoticeAsDueAndTheOfficersWhenTheyAreIn() {
        supply.startTermination("SM-B-01", "MAKER-A", SupplyProcesses.DEADLINES);
        assertThat(mailsSent()).containsExactly("SUPPLY_REPORT_FILED SM-B-01 null");

        supply.recordTriage("SM-B-01", ClinicalImpact.SMALL);
        assertThat(mailsSent()).containsExactly("SUPPLY_REPORT_DUE SM-B-01 MAKER-A");

        supply.complete("SM-B-01", FILE_SIMPLE_REPORT);
        assertThat(mailsSent()).containsExactlyInAnyOrder("SUPPLY_ANSWER_RECEIVED SM-B-01 null",
                "SUPPLY_REPORT_DUE SM-B-01 MAKER-A");

        supply.complete("SM-B-01", FILE_TERMINATION_NOTICE);
        assertThat(mailsSent()).containsExactly("SUPPLY_ANSWER_RECEIVED SM-B-01 null");
    }

    @Test
    void aMailThatCannotBeSentIsRetriedAndBecomesAnIncidentWhenItKeepsFailing() {
        supply.startDisruption("SM-A-03", "MAKER-A", false, SupplyProcesses.DEADLINES);
        mailServerDown = true;
        ManagementService management = engine.getManagementService();
        Job job = mailJobs().get(0);

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("connection refused");
        Job retried = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(retried.getRetries()).as("R5/PT10M: four more attempts").isEqualTo(4);
        assertThat(retried.getDuedate()).isNotNull();
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();

        management.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("connection refused");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(retried.getProcessInstanceId())
                .singleResult()).satisfies(incident -> assertThat(incident.getActivityId()).isEqualTo("sendStepMail"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(retried.getProcessInstanceId()).singleResult().getBusinessKey())
                .isEqualTo("SUPPLY_REPORT_DUE:SM-A-03");

        mailServerDown = false;
        management.setJobRetries(job.getId(), 1);
        assertThat(mailsSent()).containsExactly("SUPPLY_REPORT_DUE SM-A-03 MAKER-A");
    }

    @Test
    void theReporterIsMailedOnAReturnButNotOnTheFirstRequestAndTheSecretariatOnAnEscalation() {
        FollowUpModels models = new FollowUpModels(engine);
        registerMailBeans();
        models.request(HIROSHIMA, "hub-reporter:HUB-HIROSHIMA");
        models.process.startNextRequests(CYCLE, List.of(new FollowUpProcess.RequestStart(HIROSHIMA,
                "hub-reporter:HUB-HIROSHIMA")), 1);
        models.runDueJobs();
        assertThat(models.calls).containsExactly("mail " + HIROSHIMA);
        assertThat(sent).as("the request has its own mail").isEmpty();

        models.process.requestSubmitted(HIROSHIMA);
        models.process.requestReviewed(HIROSHIMA, false);
        models.runDueJobs();
        assertThat(sent).containsExactly("REQUEST_RETURNED " + HIROSHIMA + " null");
        sent.clear();

        models.clockAt(java.time.LocalDateTime.parse("2025-06-01T00:00").atZone(java.time.ZoneId.of("Asia/Tokyo"))
                .toInstant());
        models.runDueJobs();
        assertThat(sent).containsExactly("REQUEST_ESCALATED " + HIROSHIMA + " null");
    }
}
