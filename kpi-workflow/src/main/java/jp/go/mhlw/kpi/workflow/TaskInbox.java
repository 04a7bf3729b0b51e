package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.application.tasks.TaskGroups;
import jp.go.mhlw.kpi.application.tasks.TaskSubject;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The task inbox of a logged-in user, read only: the tasks assigned to them and those of their
 * {@link TaskGroups groups}. Claims, releases and reassignments go through the application service
 * {@code TaskAssignments} and its port, {@link WorkflowTasksFacade}.
 */
@ApplicationScoped
public class TaskInbox {

    /** At most this many tasks in one inbox. */
    static final int MAX_TASKS = 500;

    /**
     * One task as the inbox lists it, with the ids it needs to link to its page (the case number of a supply step),
     * what it is about ({@code null} for a task created before subjects were recorded, or about nothing in particular)
     * and the organisation it is done for. Getters for EL.
     */
    public record InboxTask(String taskId, String step, String name, String assignee, Date created, Date due,
                            Date followUp, Long requestId, Long cycleId, String caseNumber, TaskSubject subject,
                            String organisationCode) {

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

        public String getCaseNumber() {
            return caseNumber;
        }

        public TaskSubject getSubject() {
            return subject;
        }

        public boolean isOverdue() {
            return due != null && due.before(new Date());
        }
    }

    /** The variables a row reads: ids, the subject and the organisation (one look-up per task). */
    private static final List<String> VARIABLES = Stream.of(
            List.of(FollowUpProcess.Vars.REQUEST_ID, FollowUpProcess.Vars.CYCLE_ID, SupplyCaseProcess.Vars.CASE_ID),
            TaskSubjectListener.VARIABLES, SupplyCaseProcess.ORGANISATION_VARIABLES).flatMap(List::stream).toList();

    private final Supplier<ProcessEngine> engine;

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

    /**
     * The caller's tasks and their groups' tasks (claimed by colleagues too), oldest first; a task offered to a whole
     * role but done for another organisation (another maker's supply step) is not theirs to see.
     */
    public List<InboxTask> tasks(Caller caller) {
        List<String> groups = TaskGroups.of(caller);
        var query = engine.get().getTaskService().createTaskQuery().or().taskAssignee(caller.userName());
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups).includeAssignedTasks();
        }
        Map<String, String> processKeys = new HashMap<>();
        return query.endOr().orderByTaskCreateTime().asc().listPage(0, MAX_TASKS).stream()
                .map(task -> inboxTask(task, processKeys.computeIfAbsent(task.getProcessDefinitionId(), this::processKey)))
                .filter(task -> caller.userName().equals(task.assignee()) || task.organisationCode() == null
                        || caller.organisationCode().filter(task.organisationCode()::equals).isPresent())
                .toList();
    }

    /**
     * For each of the caller's supply cases, the step of the caller's organisation due first (a maker's next report):
     * the earliest due of its open steps with a due date, soonest first.
     */
    public List<InboxTask> nextDuePerCase(Caller caller) {
        Map<String, InboxTask> first = new LinkedHashMap<>();
        tasks(caller).stream()
                .filter(task -> task.caseNumber() != null && task.due() != null && task.organisationCode() != null)
                .sorted(Comparator.comparing(InboxTask::due))
                .forEach(task -> first.putIfAbsent(task.caseNumber(), task));
        return List.copyOf(first.values());
    }

    private String processKey(String processDefinitionId) {
        return processDefinitionId == null ? ""
                : engine.get().getRepositoryService().getProcessDefinition(processDefinitionId).getKey();
    }

    /** A report request's id only from its own process: the account requests' process names its id the same way. */
    private InboxTask inboxTask(Task task, String processKey) {
        Map<String, Object> variables = engine.get().getTaskService().getVariables(task.getId(), VARIABLES);
        Long requestId = FollowUpProcess.isRequestProcess(processKey)
                ? number(variables.get(FollowUpProcess.Vars.REQUEST_ID)) : null;
        return new InboxTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                task.getCreateTime(), task.getDueDate(), task.getFollowUpDate(),
                requestId, number(variables.get(FollowUpProcess.Vars.CYCLE_ID)),
                variables.get(SupplyCaseProcess.Vars.CASE_ID) instanceof String caseNumber ? caseNumber : null,
                subject(variables), SupplyCaseProcess.organisationOf(task.getTaskDefinitionKey(), variables).orElse(null));
    }

    private static TaskSubject subject(Map<String, Object> variables) {
        if (!(variables.get(TaskSubjectListener.REFERENCE) instanceof String reference)) {
            return null;
        }
        return new TaskSubject(reference, (String) variables.get(TaskSubjectListener.NAME_JA),
                (String) variables.get(TaskSubjectListener.NAME_EN),
                variables.get(TaskSubjectListener.FISCAL_YEAR) instanceof Number year ? year.intValue() : null);
    }

    private static Long number(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }
}
