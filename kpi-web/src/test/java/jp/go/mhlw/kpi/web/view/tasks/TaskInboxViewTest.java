package jp.go.mhlw.kpi.web.view.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import jp.go.mhlw.kpi.application.tasks.TaskSubject;
import jp.go.mhlw.kpi.workflow.TaskInbox.InboxTask;
import org.junit.jupiter.api.Test;

/** Where each task of the list leads. */
class TaskInboxViewTest {

    private static InboxTask task(String step, Long requestId, Long cycleId, String caseNumber) {
        return new InboxTask("t1", step, "name", null, new Date(), null, null, requestId, cycleId, caseNumber,
                caseNumber == null ? null : new TaskSubject(caseNumber, "製品", "製品", null), null);
    }

    @Test
    void aSupplyStepLeadsToItsCase() {
        assertThat(TaskInboxView.pageOf(task("fileAdditionalReport", null, null, "SC-2026-000012")))
                .isEqualTo("/supply/case.xhtml?case=SC-2026-000012");
        assertThat(TaskInboxView.pageOf(task("triageReport", null, null, "SC-2026-000013")))
                .isEqualTo("/supply/case.xhtml?case=SC-2026-000013");
        assertThat(TaskInboxView.pageOf(task("answerStockRequest", null, null, "SC 1&2")))
                .as("the case number goes into the query encoded").isEqualTo("/supply/case.xhtml?case=SC+1%262");
    }

    @Test
    void aFollowUpStepLeadsToItsRequestOrCycleAndAnAccountRequestsReviewToTheAccountRequests() {
        assertThat(TaskInboxView.pageOf(task("submitReport", 41L, 7L, null))).isEqualTo("/report/form.xhtml?request=41");
        assertThat(TaskInboxView.pageOf(task("reviewSubmission", 41L, 7L, null)))
                .isEqualTo("/review/submission.xhtml?request=41");
        assertThat(TaskInboxView.pageOf(task("closeCollection", null, 7L, null))).isEqualTo("/cycle/dashboard.xhtml?cycle=7");
        assertThat(TaskInboxView.pageOf(task("reviewAccountRequest", null, null, null)))
                .isEqualTo("/officer/account-requests.xhtml");
        assertThat(TaskInboxView.pageOf(task("someOtherStep", null, null, null))).isEqualTo("/tasks/index.xhtml");
    }

    private static InboxTask withId(String taskId, String assignee) {
        return new InboxTask(taskId, "reviewSubmission", "name", assignee, new Date(), null, null, 41L, 7L, null, null,
                null);
    }

    @Test
    void theExportTakesTheTasksTheFilterLeavesAsTheyNowStand() {
        List<InboxTask> loaded = List.of(withId("a", null), withId("b", "officer1"), withId("c", null));
        assertThat(TaskInboxView.shown(loaded, null)).as("no filter: every task").isEqualTo(loaded);
        // the filter left c and a; a was claimed since, b was done meanwhile
        List<InboxTask> reloaded = List.of(withId("a", "officer1"), withId("c", null));
        assertThat(TaskInboxView.shown(reloaded, List.of(withId("c", null), withId("a", null), withId("b", null))))
                .extracting(InboxTask::taskId, InboxTask::assignee)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", null),
                        org.assertj.core.groups.Tuple.tuple("a", "officer1"));
    }

    private static InboxTask held(String taskId, String step, String assignee, Date due) {
        return new InboxTask(taskId, step, "name", assignee, new Date(0), due, null, 41L, 7L, null, null, null);
    }

    @Test
    void aHomePagesCountOpensTheInboxNarrowedToTheSameTasks() {
        Date now = new Date(1_000_000L);
        List<InboxTask> tasks = List.of(held("overdue", "reviewSubmission", null, new Date(999_999L)),
                held("mine", "reviewSubmission", "officer1", new Date(1_000_001L)),
                held("chase", "chaseOverdueResponse", "officer2", null));

        assertThat(TaskInboxView.narrowed(tasks, "overdue", null, "officer1", now)).extracting(InboxTask::taskId)
                .containsExactly("overdue");
        assertThat(TaskInboxView.narrowed(tasks, "mine", "", "officer1", now)).extracting(InboxTask::taskId)
                .containsExactly("mine");
        assertThat(TaskInboxView.narrowed(tasks, "unclaimed", null, "officer1", now)).extracting(InboxTask::taskId)
                .containsExactly("overdue");
        assertThat(TaskInboxView.narrowed(tasks, null, "reviewSubmission", "officer1", now)).extracting(InboxTask::taskId)
                .containsExactly("overdue", "mine");
        assertThat(TaskInboxView.narrowed(tasks, null, "chaseOverdueResponse, escalateOverdueTriage", "officer1", now))
                .extracting(InboxTask::taskId).containsExactly("chase");
        assertThat(TaskInboxView.narrowed(tasks, "overdue", "chaseOverdueResponse", "officer1", now))
                .as("both at once").isEmpty();
        assertThat(TaskInboxView.narrowed(tasks, "nonsense", null, "officer1", now)).as("an unknown part shows all")
                .hasSize(3);
    }
}
