package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.go.mhlw.kpi.application.process.ProcessPosition;
import jp.go.mhlw.kpi.application.process.ProcessPositions;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.NativeHistoricActivityInstanceQuery;

/**
 * The domain's port {@link ProcessPositions} on the engine's history (level AUDIT keeps every activity instance):
 * two queries per page, whatever the number of runs, as {@link SupplyCaseProcess#stepsAt} reads a list's steps: the
 * runs with the business key (a cycle's or request's id, a case's number), then the activity instances of them all.
 * A sub-process or multi-instance body is no step of its own: its box would hide the steps inside it.
 */
@ApplicationScoped
public class ProcessPositionsFacade implements ProcessPositions {

    private static final Set<String> SCOPES = Set.of(ActivityTypes.SUB_PROCESS, ActivityTypes.MULTI_INSTANCE_BODY,
            ActivityTypes.TRANSACTION);

    private final Supplier<ProcessEngine> engine;

    /** For CDI's proxy only. */
    protected ProcessPositionsFacade() {
        this.engine = null;
    }

    @Inject
    public ProcessPositionsFacade(ProcessEngineBootstrap bootstrap) {
        this(bootstrap::processEngine);
    }

    ProcessPositionsFacade(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    public Optional<ProcessPosition> ofCycle(long cycleId) {
        return positions(String.valueOf(cycleId), FollowUpProcess.PROCESS_KEY).stream().findFirst();
    }

    @Override
    public Optional<ProcessPosition> ofRequest(long requestId) {
        return positions(String.valueOf(requestId), FollowUpProcess.REQUEST_PROCESS_KEY).stream().findFirst();
    }

    @Override
    public List<ProcessPosition> ofSupplyCase(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return List.of();
        }
        return positions(caseNumber, SupplyCaseProcess.DISRUPTION_PROCESS_KEY, SupplyCaseProcess.TERMINATION_PROCESS_KEY,
                SupplyCaseProcess.COORDINATION_PROCESS_KEY);
    }

    private List<ProcessPosition> positions(String businessKey, String... processKeys) {
        List<HistoricProcessInstance> runs = engine.get().getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(processKeys).processInstanceBusinessKey(businessKey)
                .orderByProcessInstanceStartTime().asc().list();
        if (runs.isEmpty()) {
            return List.of();
        }
        Map<String, String> modelOfRun = new LinkedHashMap<>();
        Map<String, Steps> byModel = new LinkedHashMap<>();
        for (HistoricProcessInstance run : runs) {
            modelOfRun.put(run.getId(), run.getProcessDefinitionKey());
            byModel.computeIfAbsent(run.getProcessDefinitionKey(), key -> new Steps());
        }
        List<HistoricActivityInstance> activities = activitiesOf(List.copyOf(modelOfRun.keySet()));
        for (HistoricActivityInstance activity : activities) {
            Steps steps = byModel.get(modelOfRun.get(activity.getProcessInstanceId()));
            if (steps == null || SCOPES.contains(activity.getActivityType())) {
                continue;
            }
            if (activity.getEndTime() == null) {
                steps.active.add(activity.getActivityId());
            } else if (!activity.isCanceled()) {
                steps.completed.add(activity.getActivityId());
            }
        }
        List<ProcessPosition> positions = new ArrayList<>();
        byModel.forEach((key, steps) -> {
            steps.completed.removeAll(steps.active);
            positions.add(new ProcessPosition(key, List.copyOf(steps.active), List.copyOf(steps.completed)));
        });
        return positions;
    }

    /**
     * The activity instances of these runs in one query, in the order they began. The query API filters by one run
     * only, so it is written as the engine's native query over its own table (named by the engine).
     */
    private List<HistoricActivityInstance> activitiesOf(List<String> runIds) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < runIds.size(); i++) {
            in.append(i == 0 ? "" : ", ").append("#{run").append(i).append('}');
        }
        String table = engine.get().getManagementService().getTableName(HistoricActivityInstance.class);
        NativeHistoricActivityInstanceQuery query = engine.get().getHistoryService()
                .createNativeHistoricActivityInstanceQuery()
                .sql("SELECT * FROM " + table + " WHERE PROC_INST_ID_ IN (" + in + ") ORDER BY START_TIME_, SEQUENCE_COUNTER_");
        for (int i = 0; i < runIds.size(); i++) {
            query.parameter("run" + i, runIds.get(i));
        }
        return query.list();
    }

    private static final class Steps {
        final Set<String> active = new LinkedHashSet<>();
        final Set<String> completed = new LinkedHashSet<>();
    }
}
