package jp.go.mhlw.kpi.web.view.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import jp.go.mhlw.kpi.workflow.TaskInbox.InboxTask;
import org.junit.jupiter.api.Test;

/** A home page's "what waits for me": the counts and the most pressing tasks first. */
class WaitingTasksTest {

    private static final Date NOW = Date.from(Instant.parse("2026-06-10T03:00:00Z"));

    private static Date day(String date) {
        return Date.from(Instant.parse(date + "T00:00:00Z"));
    }

    private static InboxTask task(String id, String step, String assignee, Date created, Date due) {
        return new InboxTask(id, step, "name", assignee, created, due, null, null, null, null, null, null);
    }

    private final List<InboxTask> inbox = List.of(
            task("no-due-old", "submitReport", null, day("2026-04-01"), null),
            task("due-later", "reviewSubmission", "officer1", day("2026-05-01"), day("2026-06-30")),
            task("overdue-recently", "reviewSubmission", null, day("2026-05-02"), day("2026-06-09")),
            task("no-due-new", "triageReport", "officer2", day("2026-05-03"), null),
            task("due-soon", "chaseOverdueResponse", null, day("2026-05-04"), day("2026-06-11")),
            task("overdue-long", "escalateOverdueTriage", "officer1", day("2026-05-05"), day("2026-05-20")));

    @Test
    void theOverdueComeFirstTheLongestOverdueAtTheTopThenTheSoonestDueThenTheOldestWithoutADueDate() {
        WaitingTasks waiting = WaitingTasks.of(inbox, "officer1", NOW);

        assertThat(waiting.getFirst()).extracting(InboxTask::taskId)
                .containsExactly("overdue-long", "overdue-recently", "due-soon", "due-later", "no-due-old")
                .as("a home page lists five").hasSize(WaitingTasks.SHOWN);
    }

    @Test
    void itCountsEveryTaskTheOverdueTheUsersAndTheUnclaimed() {
        WaitingTasks waiting = WaitingTasks.of(inbox, "officer1", NOW);

        assertThat(waiting.getTotal()).isEqualTo(6);
        assertThat(waiting.getOverdue()).isEqualTo(2);
        assertThat(waiting.getMine()).as("claimed by officer1, not by a colleague").isEqualTo(2);
        assertThat(waiting.getUnclaimed()).isEqualTo(3);
    }

    @Test
    void itCountsTheTasksAtTheNamedStepsAsTheInboxParameterNamesThem() {
        WaitingTasks waiting = WaitingTasks.of(inbox, "officer1", NOW);

        assertThat(waiting.atSteps("reviewSubmission")).isEqualTo(2);
        assertThat(waiting.atSteps(HomeDashboard.PAST_DEADLINE_STEPS)).as("chasing and escalation steps").isEqualTo(2);
        assertThat(waiting.atSteps("closeCase")).isZero();
    }

    @Test
    void anEmptyInboxCountsNothing() {
        WaitingTasks waiting = WaitingTasks.of(List.of(), "officer1", NOW);

        assertThat(waiting.getTotal()).isZero();
        assertThat(waiting.getFirst()).isEmpty();
        assertThat(waiting.atSteps("reviewSubmission")).isZero();
    }
}
