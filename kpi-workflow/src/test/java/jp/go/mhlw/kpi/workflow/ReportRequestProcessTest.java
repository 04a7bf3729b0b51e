package jp.go.mhlw.kpi.workflow;

import static jp.go.mhlw.kpi.workflow.FollowUpProcess.Steps.ESCALATE_OVERDUE_REQUEST;
import static jp.go.mhlw.kpi.workflow.FollowUpProcess.Steps.REVIEW_SUBMISSION;
import static jp.go.mhlw.kpi.workflow.FollowUpProcess.Steps.SUBMIT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.request.RequestSchedule;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One body's report request: its reporter task, reminders, escalation, review loop and the secretariat's actions. */
@Deployment(resources = {ProcessModels.ANNUAL_FOLLOW_UP, ProcessModels.REPORT_REQUEST})
class ReportRequestProcessTest {

    private static final long CYCLE = 1049;
    private static final long HIROSHIMA = 2001;
    private static final String HIROSHIMA_GROUP = "hub-reporter:HUB-HIROSHIMA";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private ProcessEngine engine;
    private FollowUpModels models;
    private FollowUpProcess process;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        models = new FollowUpModels(engine);
        process = models.process;
        models.request(HIROSHIMA, HIROSHIMA_GROUP);
    }

    @AfterEach
    void tearDown() {
        FollowUpModels.reset();
        InMemoryEngine.subjects = new InMemoryEngine.NoSubjects();
    }

    @Test
    void eachTaskOfTheRequestRecordsTheBodyTheYearAndTheRequestWhenItIsCreated() {
        InMemoryEngine.subjects = new InMemoryEngine.NoSubjects() {
            @Override
            public java.util.Optional<jp.go.mhlw.kpi.application.tasks.TaskSubject> ofRequest(long requestId) {
                return java.util.Optional.of(new jp.go.mhlw.kpi.application.tasks.TaskSubject(String.valueOf(requestId),
                        "広島大学", "Hiroshima University", 2025));
            }
        };
        started();

        assertThat(engine.getTaskService().getVariablesLocal(task(SUBMIT_REPORT).getId()))
                .containsEntry("subjectReference", String.valueOf(HIROSHIMA)).containsEntry("subjectNameJa", "広島大学")
                .containsEntry("subjectNameEn", "Hiroshima University").containsEntry("subjectFiscalYear", 2025);
        process.requestSubmitted(HIROSHIMA);
        assertThat(engine.getTaskService().getVariablesLocal(task(REVIEW_SUBMISSION).getId()))
                .containsEntry("subjectNameJa", "広島大学");
    }

    /** Started as the cycle starts it: the reporter's task opens at once, the request e-mail follows as a job. */
    private void started() {
        assertThat(process.startNextRequests(CYCLE, List.of(new FollowUpProcess.RequestStart(HIROSHIMA, HIROSHIMA_GROUP)), 1).started())
                .isEqualTo(1);
        assertThat(process.requestWaitingAt(HIROSHIMA)).containsExactly(SUBMIT_REPORT);
        assertThat(models.calls).as("the e-mail waits for its job").isEmpty();
        models.runDueJobs();
    }

    @Test
    void aMailServerThatIsDownDoesNotKeepTheBodyFromSubmitting() {
        Mocks.register("sendRequestMail", (JavaDelegate) execution -> {
            throw new IllegalStateException("SMTP: connection refused");
        });
        process.startNextRequests(CYCLE, List.of(new FollowUpProcess.RequestStart(HIROSHIMA, HIROSHIMA_GROUP)), 1);
        Job mail = engine.getManagementService().createJobQuery().processInstanceId(instanceId()).messages().singleResult();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(mail.getId()))
                .hasMessageContaining("connection refused");

        process.requestSubmitted(HIROSHIMA);

        assertThat(process.requestWaitingAt(HIROSHIMA)).containsExactly(REVIEW_SUBMISSION);
        Job retried = engine.getManagementService().createJobQuery().jobId(mail.getId()).singleResult();
        assertThat(retried.getRetries()).as("the e-mail is tried again later").isPositive();
        assertThat(retried.getDuedate()).isAfter(ClockUtil.getCurrentTime());
        assertThat(retried.getExceptionMessage()).contains("connection refused");
    }

    private Task task(String step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(HIROSHIMA))
                .taskDefinitionKey(step).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }

    private List<Job> timers() {
        return engine.getManagementService().createJobQuery().processInstanceId(instanceId()).timers()
                .orderByJobDuedate().asc().list();
    }

    private String instanceId() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(HIROSHIMA))
                .singleResult().getId();
    }

    private boolean ended() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(HIROSHIMA)).count() == 0;
    }

    private static Instant japan(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("Asia/Tokyo")).toInstant();
    }

    @Test
    void happyPathMailTaskForTheBodysReportersReviewApproval() {
        started();

        assertThat(models.calls).containsExactly("mail " + HIROSHIMA);
        Task submit = task(SUBMIT_REPORT);
        assertThat(candidateGroups(submit)).containsExactly(HIROSHIMA_GROUP);
        assertThat(submit.getDueDate()).isEqualTo(Date.from(RequestSchedule.endOf(FollowUpModels.DUE)));
        assertThat(timers()).extracting(Job::getDuedate).containsExactly(
                Date.from(japan("2025-05-17T09:00")), Date.from(japan("2025-06-01T00:00")));
        assertThat(process.startNextRequests(CYCLE, List.of(new FollowUpProcess.RequestStart(HIROSHIMA, HIROSHIMA_GROUP)), 1).started())
                .as("a retried start starts no twin").isZero();

        process.requestSubmitted(HIROSHIMA);
        assertThat(process.requestWaitingAt(HIROSHIMA)).containsExactly(REVIEW_SUBMISSION);
        assertThat(candidateGroups(task(REVIEW_SUBMISSION))).containsExactly("ministry-officer");
        assertThat(timers()).as("no reminders once submitted; escalation stays until approved").hasSize(1);

        process.requestReviewed(HIROSHIMA, true);
        models.settled.add(HIROSHIMA);
        models.runDueJobs();
        assertThat(models.calls).containsExactly("mail " + HIROSHIMA, "settled " + HIROSHIMA);
        assertThat(ended()).isTrue();
    }

    @Test
    void aReturnedSubmissionGoesBackToTheReporterAndIsReviewedAgain() {
        started();
        process.requestSubmitted(HIROSHIMA);
        process.requestReviewed(HIROSHIMA, false);

        assertThat(process.requestWaitingAt(HIROSHIMA)).containsExactly(SUBMIT_REPORT);
        assertThat(candidateGroups(task(SUBMIT_REPORT))).containsExactly(HIROSHIMA_GROUP);
        assertThat(timers()).as("reminders re-armed for the resubmission").hasSize(2);

        process.requestSubmitted(HIROSHIMA);
        assertThat(process.requestWaitingAt(HIROSHIMA)).containsExactly(REVIEW_SUBMISSION);
        process.requestReviewed(HIROSHIMA, true);
        models.runDueJobs();
        assertThat(ended()).isTrue();
    }

    @Test
    void remindersGoOutOnTheirDaysAndTheSecretariatIsAskedOnceOverdue() {
        started();

        models.clockAt(japan("2025-05-17T09:00"));
        models.runDueJobs();
        assertThat(models.calls).containsExactly("mail " + HIROSHIMA, "reminder " + HIROSHIMA);
        assertThat(timers()).extracting(Job::getDuedate).first().isEqualTo(Date.from(japan("2025-05-24T09:00")));

        // the job executor was down for a week: one reminder for the missed days, then the next one
        models.clockAt(japan("2025-05-30T10:00"));
        models.runDueJobs();
        assertThat(models.calls).filteredOn(call -> call.startsWith("reminder")).hasSize(2);
        assertThat(timers()).hasSize(1);

        models.clockAt(japan("2025-06-01T00:00"));
        models.runDueJobs();
        Task escalation = task(ESCALATE_OVERDUE_REQUEST);
        assertThat(candidateGroups(escalation)).containsExactly("secretariat");
        assertThat(process.requestWaitingAt(HIROSHIMA)).as("the reporter can still submit")
                .containsExactlyInAnyOrder(SUBMIT_REPORT, ESCALATE_OVERDUE_REQUEST);
    }

    @Test
    void anExtensionMovesTheDueDateRemindersAndEscalation() {
        started();
        models.clockAt(japan("2025-05-20T12:00"));
        models.runDueJobs();
        LocalDate extended = LocalDate.of(2025, 6, 14);
        models.extend(HIROSHIMA, extended);

        process.requestDueChanged(HIROSHIMA, RequestSchedule.endOf(extended));

        assertThat(task(SUBMIT_REPORT).getDueDate()).isEqualTo(Date.from(RequestSchedule.endOf(extended)));
        assertThat(timers()).extracting(Job::getDuedate).containsExactly(
                Date.from(japan("2025-05-31T09:00")), Date.from(japan("2025-06-15T00:00")));
        models.clockAt(japan("2025-06-01T00:00"));
        models.runDueJobs();
        assertThat(task(ESCALATE_OVERDUE_REQUEST)).as("not overdue any more on the old date").isNull();
    }

    @Test
    void anExtensionAfterTheDeadlineAnswersTheEscalationRemindsBeforeTheNewOneAndEscalatesAgainAfterIt() {
        started();
        models.clockAt(japan("2025-06-01T00:00"));
        models.runDueJobs();
        assertThat(task(ESCALATE_OVERDUE_REQUEST)).isNotNull();
        LocalDate extended = LocalDate.of(2025, 6, 30);
        models.extend(HIROSHIMA, extended);

        process.requestDueChanged(HIROSHIMA, RequestSchedule.endOf(extended));

        assertThat(task(ESCALATE_OVERDUE_REQUEST)).isNull();
        assertThat(process.requestWaitingAt(HIROSHIMA)).containsExactly(SUBMIT_REPORT);
        assertThat(timers()).as("reminders again before the new date, and the escalation after it")
                .extracting(Job::getDuedate).containsExactly(Date.from(japan("2025-06-16T09:00")),
                        Date.from(japan("2025-07-01T00:00")));
        models.clockAt(japan("2025-06-16T09:00"));
        models.runDueJobs();
        assertThat(models.calls).last().isEqualTo("reminder " + HIROSHIMA);

        // the new date passes too: the secretariat is asked again
        models.clockAt(japan("2025-07-01T00:00"));
        models.runDueJobs();
        assertThat(process.requestWaitingAt(HIROSHIMA)).containsExactlyInAnyOrder(SUBMIT_REPORT, ESCALATE_OVERDUE_REQUEST);
    }

    @Test
    void theSecretariatHandlingTheEscalationWithoutAnExtensionEndsIt() {
        started();
        models.clockAt(japan("2025-06-01T00:00"));
        models.runDueJobs();

        engine.getTaskService().complete(task(ESCALATE_OVERDUE_REQUEST).getId());

        assertThat(process.requestWaitingAt(HIROSHIMA)).containsExactly(SUBMIT_REPORT);
        assertThat(timers()).as("no escalation is armed again for a date already passed").isEmpty();
    }

    @Test
    void theSecretariatClosesTheRequestWithTheBodyMissing() {
        started();
        models.clockAt(japan("2025-06-01T00:00"));
        models.runDueJobs();
        assertThat(task(ESCALATE_OVERDUE_REQUEST)).isNotNull();

        process.requestClosed(HIROSHIMA);
        models.runDueJobs();

        assertThat(ended()).as("escalation and reporter task end with it").isTrue();
        assertThat(models.calls).last().isEqualTo("settled " + HIROSHIMA);
    }

    @Test
    void aResentRequestMailsAgainAndTheReporterKeepsTheTask() {
        started();
        String taskId = task(SUBMIT_REPORT).getId();

        process.requestResent(HIROSHIMA);
        models.runDueJobs();

        assertThat(models.calls).containsExactly("mail " + HIROSHIMA, "mail " + HIROSHIMA);
        assertThat(task(SUBMIT_REPORT).getId()).isEqualTo(taskId);
    }

    @Test
    void aStepTheRequestIsNotAtIsRefusedNamingWhereItIs() {
        started();
        assertThatThrownBy(() -> process.requestReviewed(HIROSHIMA, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not waiting at reviewSubmission")
                .hasMessageContaining("[submitReport]");
    }
}
