package jp.go.mhlw.kpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.tasks.AssignableTask;
import jp.go.mhlw.kpi.application.tasks.TaskSubject;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.workflow.TaskInbox.InboxTask;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The assignment port and the inbox on the engine, with the officers' review of an account request as the task
 * (offered to "ministry-officer"; a group within an organisation is added by hand).
 */
@Deployment(resources = ProcessModels.ACCOUNT_REQUEST)
class WorkflowTasksFacadeTest {

    private static final Caller OFFICER = new Caller("officer1", Set.of(Role.MINISTRY_OFFICER), Optional.of("MHLW-KIKI"));
    private static final Caller HUB_REPORTER = new Caller("hub1", Set.of(Role.HUB_REPORTER), Optional.of("HUB-HIROSHIMA"));
    private static final Caller MANUFACTURER = new Caller("maker1", Set.of(Role.MANUFACTURER), Optional.of("MAKER-A"));

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private ProcessEngine engine;
    private WorkflowTasksFacade tasks;
    private TaskInbox inbox;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        tasks = new WorkflowTasksFacade(() -> engine);
        inbox = new TaskInbox(() -> engine);
    }

    private String reviewTask(long requestId) {
        new AccountRequestProcess(() -> engine).requestSubmitted(requestId);
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(requestId))
                .singleResult().getId();
    }

    @Test
    void aTaskIsFoundWithItsStepNameAssigneeAndCandidateGroups() {
        String taskId = reviewTask(901);
        engine.getTaskService().addCandidateGroup(taskId, "hub-reporter:HUB-HIROSHIMA");
        engine.getTaskService().addCandidateUser(taskId, "someone");

        assertThat(tasks.find(taskId)).hasValueSatisfying(task -> {
            assertThat(task.step()).isEqualTo(AccountRequestProcess.REVIEW_STEP);
            assertThat(task.name()).isEqualTo("申請の審査 / Review the request");
            assertThat(task.assignee()).isNull();
            assertThat(task.candidateGroups()).containsExactlyInAnyOrder("ministry-officer", "hub-reporter:HUB-HIROSHIMA");
        });
        assertThat(tasks.find("no-such-task")).isEmpty();
        assertThat(tasks.find(" ")).isEmpty();
        assertThat(tasks.find(null)).isEmpty();
    }

    @Test
    void anAccountRequestsReviewIsAboutNoReportRequestThoughItsIdIsCalledRequestIdToo() {
        InMemoryEngine.subjects = new InMemoryEngine.NoSubjects() {
            @Override
            public Optional<TaskSubject> ofRequest(long requestId) {
                return Optional.of(new TaskSubject(String.valueOf(requestId), "広島大学", "Hiroshima University", 2025));
            }
        };
        try {
            String taskId = reviewTask(905);

            assertThat(engine.getTaskService().getVariablesLocal(taskId)).isEmpty();
            assertThat(inbox.tasks(OFFICER)).filteredOn(task -> task.taskId().equals(taskId)).singleElement()
                    .satisfies(task -> {
                        assertThat(task.subject()).isNull();
                        assertThat(task.requestId()).as("an account request is no report request").isNull();
                    });
        } finally {
            InMemoryEngine.subjects = new InMemoryEngine.NoSubjects();
        }
    }

    @Test
    void claimUnclaimAndReassignChangeTheAssignee() {
        String taskId = reviewTask(902);

        tasks.claim(taskId, "officer1");
        assertThat(tasks.find(taskId)).map(AssignableTask::assignee).contains("officer1");
        assertThatThrownBy(() -> tasks.claim(taskId, "officer2")).isInstanceOf(ProcessEngineException.class);

        tasks.unclaim(taskId);
        assertThat(tasks.find(taskId)).map(AssignableTask::assignee).isEmpty();

        tasks.setAssignee(taskId, "officer2");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("officer2");
    }

    @Test
    void theInboxListsTheTasksOfTheCallersGroupsAndThoseHandedToThem() {
        String review = reviewTask(903);
        String hubTask = reviewTask(904);
        engine.getTaskService().deleteCandidateGroup(hubTask, "ministry-officer");
        engine.getTaskService().addCandidateGroup(hubTask, "hub-reporter:HUB-HIROSHIMA");

        assertThat(inbox.tasks(OFFICER)).extracting(InboxTask::taskId).containsExactly(review);
        assertThat(inbox.tasks(HUB_REPORTER)).extracting(InboxTask::taskId).containsExactly(hubTask);
        assertThat(inbox.tasks(MANUFACTURER)).isEmpty();

        tasks.setAssignee(review, "maker1");
        assertThat(inbox.tasks(MANUFACTURER)).singleElement().satisfies(task -> {
            assertThat(task.taskId()).isEqualTo(review);
            assertThat(task.assignee()).isEqualTo("maker1");
        });
        assertThat(inbox.tasks(OFFICER)).as("claimed by someone else, still the group's").extracting(InboxTask::taskId)
                .containsExactly(review);
    }
}
