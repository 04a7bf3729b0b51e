package jp.go.mhlw.kpi.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.go.mhlw.kpi.workflow.WorkflowStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the process engine runs with its models deployed; reports open incidents for the operators. */
@Readiness
@Liveness
@ApplicationScoped
public class ProcessEngineReadiness implements HealthCheck {

    @Inject
    WorkflowStatus workflow;

    @Override
    public HealthCheckResponse call() {
        try {
            WorkflowStatus.Snapshot snapshot = workflow.snapshot();
            return HealthCheckResponse.named("process-engine")
                    .status(!snapshot.deployedProcessKeys().isEmpty())
                    .withData("engine", snapshot.engineName())
                    .withData("processes", String.join(",", snapshot.deployedProcessKeys()))
                    .withData("openIncidents", snapshot.openIncidents())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("process-engine").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
