package jp.go.mhlw.kpi.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.go.mhlw.kpi.application.followup.CollectionJobs;
import jp.go.mhlw.kpi.workflow.FollowUpProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A request was approved or closed: when it was the cycle's last open one, the cycle's process leaves its
 * collection step. Runs after the change committed (an asynchronous step), so it sees the other requests' states.
 */
@ApplicationScoped
@Named("requestSettled")
public class RequestSettled implements JavaDelegate {

    @Inject
    CollectionJobs jobs;

    @Inject
    FollowUpProcess process;

    @Override
    public void execute(DelegateExecution execution) {
        if (jobs.collectionComplete(Delegates.requestId(execution))) {
            process.collectionComplete(Delegates.cycleId(execution));
        }
    }
}
