package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The annual follow-up of one fiscal-year cycle, as the screens see it: start it once per cycle, see where it
 * waits, complete the secretariat's steps. The business key is the cycle's key (e.g. "PLAN-2/FY2023").
 */
@ApplicationScoped
public class FollowUpProcess {

    public static final String PROCESS_KEY = "annual-follow-up";

    private final Supplier<ProcessEngine> engine;

    /** For CDI's proxy only. */
    protected FollowUpProcess() {
        this.engine = null;
    }

    @Inject
    public FollowUpProcess(ProcessEngineBootstrap bootstrap) {
        this(bootstrap::processEngine);
    }

    FollowUpProcess(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    /** Starts the cycle's process; a cycle has one process, ever (a second start is refused). */
    public String startCycle(String cycleKey) {
        requireKey(cycleKey);
        long existing = engine.get().getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(cycleKey).count();
        if (existing > 0) {
            throw new IllegalStateException("The follow-up of cycle " + cycleKey + " has already been started");
        }
        return engine.get().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, cycleKey).getId();
    }

    /** The steps the cycle waits at (element ids of the model), empty when it has ended or never started. */
    public List<String> waitingAt(String cycleKey) {
        requireKey(cycleKey);
        return tasks(cycleKey).stream().map(Task::getTaskDefinitionKey).toList();
    }

    /** Completes the cycle's open step with this id, e.g. "closeCollection". */
    public void complete(String cycleKey, String step) {
        Task task = tasks(cycleKey).stream().filter(open -> open.getTaskDefinitionKey().equals(step)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Cycle " + cycleKey + " is not waiting at " + step));
        engine.get().getTaskService().complete(task.getId());
    }

    private List<Task> tasks(String cycleKey) {
        return engine.get().getTaskService().createTaskQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(cycleKey).list();
    }

    private static void requireKey(String cycleKey) {
        if (cycleKey == null || cycleKey.isBlank()) {
            throw new IllegalArgumentException("A cycle key is required");
        }
    }
}
