package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/** What the health checks and the administrators need to know about the process engine, in engine-free types. */
@ApplicationScoped
public class WorkflowStatus {

    /** A snapshot of the engine: the latest deployed process keys and the open incidents. */
    public record Snapshot(String engineName, List<String> deployedProcessKeys, long openIncidents) {
    }

    @Inject
    ProcessEngineBootstrap bootstrap;

    public Snapshot snapshot() {
        ProcessEngine engine = bootstrap.processEngine();
        List<String> keys = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey)
                .sorted()
                .toList();
        long incidents = engine.getRuntimeService().createIncidentQuery().count();
        return new Snapshot(engine.getName(), keys, incidents);
    }
}
