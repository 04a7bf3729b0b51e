package jp.go.mhlw.kpi.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.tasks.AssignableTask;
import jp.go.mhlw.kpi.application.tasks.WorkflowTasks;

/**
 * The engine's open tasks as the assignment service sees them, refusing a claim of a task someone else holds as the
 * engine does (WorkflowTasksFacadeTest covers the real facade).
 */
public class InMemoryWorkflowTasks implements WorkflowTasks {

    public final Map<String, AssignableTask> open = new LinkedHashMap<>();

    public AssignableTask add(String id, String step, String assignee, String... candidateGroups) {
        AssignableTask task = new AssignableTask(id, step, "Step " + step, assignee, Set.of(candidateGroups));
        open.put(id, task);
        return task;
    }

    /** The follow-up dates set, by task id. */
    public final Map<String, LocalDate> followUps = new LinkedHashMap<>();

    /** A task offered to a role but done for one organisation (a maker's supply step). */
    public AssignableTask addForOrganisation(String id, String step, String organisationCode, String candidateGroup) {
        AssignableTask task = new AssignableTask(id, step, "Step " + step, null, Set.of(candidateGroup), organisationCode);
        open.put(id, task);
        return task;
    }

    public String assigneeOf(String taskId) {
        return open.get(taskId).assignee();
    }

    @Override
    public Optional<AssignableTask> find(String taskId) {
        return Optional.ofNullable(open.get(taskId));
    }

    @Override
    public void claim(String taskId, String userName) {
        AssignableTask task = open.get(taskId);
        if (task.isHeldByAnotherThan(userName)) {
            throw new IllegalStateException("Task " + taskId + " is already claimed by " + task.assignee());
        }
        assign(task, userName);
    }

    @Override
    public void unclaim(String taskId) {
        assign(open.get(taskId), null);
    }

    @Override
    public void setAssignee(String taskId, String userName) {
        assign(open.get(taskId), userName);
    }

    @Override
    public void setFollowUp(String taskId, LocalDate followUp) {
        followUps.put(taskId, followUp);
    }

    private void assign(AssignableTask task, String userName) {
        open.put(task.id(), new AssignableTask(task.id(), task.step(), task.name(), userName, task.candidateGroups(),
                task.organisationCode()));
    }
}
