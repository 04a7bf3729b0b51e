package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.tasks.AssignableTask;
import jp.go.mhlw.kpi.application.tasks.WorkflowTasks;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** The domain's port {@link WorkflowTasks} on the engine's task service: who holds a task, and to whom it is offered. */
@ApplicationScoped
public class WorkflowTasksFacade implements WorkflowTasks {

    private final Supplier<ProcessEngine> engine;

    /** For CDI's proxy only. */
    protected WorkflowTasksFacade() {
        this.engine = null;
    }

    @Inject
    public WorkflowTasksFacade(ProcessEngineBootstrap bootstrap) {
        this(bootstrap::processEngine);
    }

    WorkflowTasksFacade(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    public Optional<AssignableTask> find(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        TaskService tasks = engine.get().getTaskService();
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return Optional.ofNullable(task).map(open -> new AssignableTask(open.getId(), open.getTaskDefinitionKey(),
                open.getName(), open.getAssignee(), candidateGroups(tasks, open), organisationOf(tasks, open).orElse(null)));
    }

    /** The organisation a task offered to a whole role is done for (a maker's supply step); empty for others. */
    static Optional<String> organisationOf(TaskService tasks, Task task) {
        return SupplyCaseProcess.organisationOf(task.getTaskDefinitionKey(),
                tasks.getVariables(task.getId(), SupplyCaseProcess.ORGANISATION_VARIABLES));
    }

    private static Set<String> candidateGroups(TaskService tasks, Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
    }

    @Override
    public void claim(String taskId, String userName) {
        engine.get().getTaskService().claim(taskId, userName);
    }

    @Override
    public void unclaim(String taskId) {
        engine.get().getTaskService().setAssignee(taskId, null);
    }

    @Override
    public void setAssignee(String taskId, String userName) {
        engine.get().getTaskService().setAssignee(taskId, userName);
    }

    @Override
    public void setFollowUp(String taskId, LocalDate followUp) {
        TaskService tasks = engine.get().getTaskService();
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new IllegalStateException("There is no open task " + taskId);
        }
        task.setFollowUpDate(followUp == null ? null
                : Date.from(followUp.atStartOfDay(JapaneseFiscalYear.JAPAN_TIME).toInstant()));
        tasks.saveTask(task);
    }
}
