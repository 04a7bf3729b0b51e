package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import jp.go.mhlw.kpi.application.AuditTrail;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The task inbox of a logged-in user: the tasks assigned to them and those of their groups, a group being a role
 * ("ministry-officer") or a role within the user's organisation ("hub-reporter:HUB-HIROSHIMA"). A user sees, claims
 * and releases only those; ministry officers and the secretariat may hand a task they see to someone else. Every
 * change is recorded in the audit trail in the same transaction.
 */
@ApplicationScoped
public class TaskInbox {

    /** At most this many tasks in one inbox. */
    static final int MAX_TASKS = 500;

    /** One task as the inbox lists it, with the ids it needs to link to its page. Getters for EL. */
    public record InboxTask(String taskId, String step, String name, String assignee, Date created, Date due,
                            Date followUp, Long requestId, Long cycleId) {

        public String getTaskId() {
            return taskId;
        }

        public String getStep() {
            return step;
        }

        public String getName() {
            return name;
        }

        public String getAssignee() {
            return assignee;
        }

        public Date getCreated() {
            return created;
        }

        public Date getDue() {
            return due;
        }

        public Date getFollowUp() {
            return followUp;
        }

        public Long getRequestId() {
            return requestId;
        }

        public Long getCycleId() {
            return cycleId;
        }

        public boolean isOverdue() {
            return due != null && due.before(new Date());
        }
    }

    private final Supplier<ProcessEngine> engine;

    @Inject
    AuditTrail auditTrail;

    /** For CDI's proxy only. */
    protected TaskInbox() {
        this.engine = null;
    }

    @Inject
    public TaskInbox(ProcessEngineBootstrap bootstrap) {
        this(bootstrap::processEngine);
    }

    TaskInbox(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    /** The caller's groups: each role, and each role within the caller's organisation. */
    public static List<String> groups(Caller caller) {
        List<String> groups = new ArrayList<>();
        for (Role role : caller.roles()) {
            groups.add(role.roleName());
            caller.organisationCode().ifPresent(org -> groups.add(FollowUpProcess.candidateGroup(role.roleName(), org)));
        }
        return groups;
    }

    /** The caller's tasks and their groups' tasks (claimed by colleagues too), oldest first. */
    public List<InboxTask> tasks(Caller caller) {
        List<String> groups = groups(caller);
        var query = engine.get().getTaskService().createTaskQuery().or().taskAssignee(caller.userName());
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups).includeAssignedTasks();
        }
        return query.endOr().orderByTaskCreateTime().asc().listPage(0, MAX_TASKS).stream().map(this::inboxTask).toList();
    }

    @Transactional
    public void claim(Caller caller, String taskId) {
        Task task = visible(caller, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.userName())) {
            throw new IllegalStateException("The task has already been claimed by " + task.getAssignee());
        }
        engine.get().getTaskService().claim(taskId, caller.userName());
        record(task, "task.claimed", "タスクを担当: " + caller.userName());
    }

    @Transactional
    public void release(Caller caller, String taskId) {
        Task task = visible(caller, taskId);
        if (!caller.userName().equals(task.getAssignee()) && !mayReassign(caller)) {
            throw new IllegalStateException("Only its assignee can release the task");
        }
        engine.get().getTaskService().setAssignee(taskId, null);
        record(task, "task.released", "タスクの担当を解除（" + task.getAssignee() + "）");
    }

    /** Officers and the secretariat hand a task they see to another user (by user name). */
    @Transactional
    public void reassign(Caller caller, String taskId, String userName) {
        if (!mayReassign(caller)) {
            throw new IllegalStateException("Only ministry officers and the secretariat reassign tasks");
        }
        if (userName == null || !userName.strip().matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new IllegalArgumentException("Give the user name of the new assignee");
        }
        Task task = visible(caller, taskId);
        engine.get().getTaskService().setAssignee(taskId, userName.strip());
        record(task, "task.reassigned", "タスクを " + userName.strip() + " に割当（前: " + task.getAssignee() + "）");
    }

    public static boolean mayReassign(Caller caller) {
        return caller.hasRole(Role.MINISTRY_OFFICER) || caller.hasRole(Role.SECRETARIAT);
    }

    private Task visible(Caller caller, String taskId) {
        Objects.requireNonNull(taskId, "taskId");
        List<String> groups = groups(caller);
        var query = engine.get().getTaskService().createTaskQuery().taskId(taskId).or().taskAssignee(caller.userName());
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups).includeAssignedTasks();
        }
        Task task = query.endOr().singleResult();
        if (task == null) {
            throw new IllegalArgumentException("There is no task " + taskId + " for you");
        }
        return task;
    }

    private void record(Task task, String action, String summary) {
        auditTrail.record(AuditEntry.of(action, "task", task.getId(), null,
                task.getName() + " (" + task.getTaskDefinitionKey() + "): " + summary));
    }

    private InboxTask inboxTask(Task task) {
        Map<String, Object> ids = engine.get().getTaskService().getVariables(task.getId(),
                List.of(FollowUpProcess.Vars.REQUEST_ID, FollowUpProcess.Vars.CYCLE_ID));
        return new InboxTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                task.getCreateTime(), task.getDueDate(), task.getFollowUpDate(), number(ids.get(FollowUpProcess.Vars.REQUEST_ID)),
                number(ids.get(FollowUpProcess.Vars.CYCLE_ID)));
    }

    private static Long number(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }
}
