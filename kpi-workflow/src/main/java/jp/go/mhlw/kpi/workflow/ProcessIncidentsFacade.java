package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.operations.Incident;
import jp.go.mhlw.kpi.application.operations.ProcessIncidents;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * The engine's open incidents in engine-free terms, and the two ways out: one more attempt at the failed job, or
 * the end of the process instance with a reason. Only failed jobs can be retried; other incidents are cancelled.
 */
@ApplicationScoped
public class ProcessIncidentsFacade implements ProcessIncidents {

    private final Supplier<ProcessEngine> engine;

    /** For CDI's proxy only. */
    protected ProcessIncidentsFacade() {
        this.engine = null;
    }

    @Inject
    public ProcessIncidentsFacade(ProcessEngineBootstrap bootstrap) {
        this(bootstrap::processEngine);
    }

    ProcessIncidentsFacade(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    public List<Incident> open() {
        List<org.camunda.bpm.engine.runtime.Incident> incidents = engine.get().getRuntimeService().createIncidentQuery()
                .orderByIncidentTimestamp().asc().list();
        Map<String, ProcessDefinition> definitions = incidents.stream().map(i -> i.getProcessDefinitionId()).distinct()
                .map(id -> engine.get().getRepositoryService().getProcessDefinition(id))
                .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
        return incidents.stream().map(incident -> view(incident, definitions.get(incident.getProcessDefinitionId()))).toList();
    }

    @Override
    public long count() {
        return engine.get().getRuntimeService().createIncidentQuery().count();
    }

    @Override
    public Optional<Incident> find(String incidentId) {
        return Optional.ofNullable(incident(incidentId))
                .map(incident -> view(incident, engine.get().getRepositoryService()
                        .getProcessDefinition(incident.getProcessDefinitionId())));
    }

    @Override
    public void retry(String incidentId) {
        org.camunda.bpm.engine.runtime.Incident incident = require(incidentId);
        if (!org.camunda.bpm.engine.runtime.Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
            throw new IllegalStateException("Incident " + incidentId + " is not a failed job and cannot be retried");
        }
        // one more attempt, now: the engine resolves the incident at once; the job executor picks the job up and a
        // new incident opens if it fails again
        engine.get().getManagementService().setJobRetries(incident.getConfiguration(), 1);
        engine.get().getManagementService().setJobDuedate(incident.getConfiguration(), null);
    }

    @Override
    public void cancel(String incidentId, String reason) {
        org.camunda.bpm.engine.runtime.Incident incident = require(incidentId);
        engine.get().getRuntimeService().deleteProcessInstance(incident.getProcessInstanceId(), reason);
    }

    private org.camunda.bpm.engine.runtime.Incident incident(String incidentId) {
        return incidentId == null || incidentId.isBlank() ? null
                : engine.get().getRuntimeService().createIncidentQuery().incidentId(incidentId).singleResult();
    }

    private org.camunda.bpm.engine.runtime.Incident require(String incidentId) {
        org.camunda.bpm.engine.runtime.Incident incident = incident(incidentId);
        if (incident == null) {
            throw new IllegalStateException("There is no open incident " + incidentId);
        }
        return incident;
    }

    private Incident view(org.camunda.bpm.engine.runtime.Incident incident, ProcessDefinition definition) {
        ProcessInstance instance = engine.get().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(incident.getProcessInstanceId()).singleResult();
        FlowElement step = engine.get().getRepositoryService().getBpmnModelInstance(definition.getId())
                .getModelElementById(incident.getActivityId());
        return new Incident(incident.getId(), definition.getKey(), definition.getName(), incident.getActivityId(),
                step == null ? incident.getActivityId() : step.getName(),
                instance == null ? null : instance.getBusinessKey(), incident.getIncidentMessage(),
                incident.getIncidentTimestamp().toInstant());
    }
}
