package jp.go.mhlw.kpi.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.go.mhlw.kpi.application.followup.KpiAggregation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Computes the cycle's KPIs once collection is over, and again after a correction. Without an aggregation in the
 * application the job fails and becomes an incident the cycle waits at, rather than skipping the step.
 */
@ApplicationScoped
@Named("aggregateKpis")
public class AggregateKpis implements JavaDelegate {

    @Inject
    Instance<KpiAggregation> aggregation;

    @Override
    public void execute(DelegateExecution execution) {
        if (!aggregation.isResolvable()) {
            throw new IllegalStateException("No KPI aggregation is deployed: cycle " + Delegates.cycleId(execution)
                    + " cannot be aggregated");
        }
        aggregation.get().aggregate(Delegates.cycleId(execution));
    }
}
