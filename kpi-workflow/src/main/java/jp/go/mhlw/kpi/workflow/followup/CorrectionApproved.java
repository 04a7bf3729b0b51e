package jp.go.mhlw.kpi.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.go.mhlw.kpi.application.followup.CollectionJobs;
import jp.go.mhlw.kpi.workflow.FollowUpProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A correction of an approved request was approved: routes the correction process to aggregate the cycle again when
 * the cycle had been aggregated already (variable {@code aggregateAgain}).
 */
@ApplicationScoped
@Named("correctionApproved")
public class CorrectionApproved implements JavaDelegate {

    @Inject
    CollectionJobs jobs;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(FollowUpProcess.Vars.AGGREGATE_AGAIN,
                jobs.aggregatesAgainAfterCorrection(Delegates.requestId(execution)));
    }
}
