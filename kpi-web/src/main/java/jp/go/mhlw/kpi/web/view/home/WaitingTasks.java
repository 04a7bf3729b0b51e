package jp.go.mhlw.kpi.web.view.home;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.go.mhlw.kpi.web.view.tasks.TaskInboxView;
import jp.go.mhlw.kpi.workflow.TaskInbox.InboxTask;

/**
 * What waits for a user, as a home page shows it: how many tasks the inbox holds (all, overdue, claimed by the user,
 * claimed by nobody), how many at each step, and the most pressing few. Getters for EL.
 *
 * @param first the most pressing tasks: the overdue first (the longest overdue at the top), then those due soonest,
 *              then those without a due date, oldest first
 */
public record WaitingTasks(int total, int overdue, int mine, int unclaimed, Map<String, Integer> perStep,
                           List<InboxTask> first) {

    /** How many tasks a home page lists. */
    public static final int SHOWN = 5;

    /** Overdue before the rest, then by due date (none last), then by creation. */
    static Comparator<InboxTask> mostPressingFirst(Date now) {
        return Comparator.comparing((InboxTask task) -> !TaskInboxView.Show.OVERDUE.holds(task, "", now))
                .thenComparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InboxTask::created, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The summary of an inbox (the list the inbox page shows) for this user at this moment. */
    static WaitingTasks of(List<InboxTask> tasks, String userName, Date now) {
        Map<String, Integer> perStep = new LinkedHashMap<>();
        tasks.forEach(task -> perStep.merge(task.step(), 1, Integer::sum));
        return new WaitingTasks(tasks.size(), count(tasks, TaskInboxView.Show.OVERDUE, userName, now),
                count(tasks, TaskInboxView.Show.MINE, userName, now), count(tasks, TaskInboxView.Show.UNCLAIMED, userName, now),
                Map.copyOf(perStep), tasks.stream().sorted(mostPressingFirst(now)).limit(SHOWN).toList());
    }

    private static int count(List<InboxTask> tasks, TaskInboxView.Show part, String userName, Date now) {
        return (int) tasks.stream().filter(task -> part.holds(task, userName, now)).count();
    }

    /** How many tasks wait at these steps (comma-separated step ids, as the inbox's "step" parameter takes them). */
    public int atSteps(String steps) {
        return Arrays.stream(steps.split(",")).map(String::trim).map(perStep::get).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }

    public int getTotal() {
        return total;
    }

    public int getOverdue() {
        return overdue;
    }

    public int getMine() {
        return mine;
    }

    public int getUnclaimed() {
        return unclaimed;
    }

    public List<InboxTask> getFirst() {
        return first;
    }
}
