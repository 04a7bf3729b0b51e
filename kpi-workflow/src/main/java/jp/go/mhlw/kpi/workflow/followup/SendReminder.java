package jp.go.mhlw.kpi.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.go.mhlw.kpi.application.followup.CollectionJobs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A scheduled reminder to the body's reporters; a failure fails the job, which the job executor retries. */
@ApplicationScoped
@Named("sendReminder")
public class SendReminder implements JavaDelegate {

    @Inject
    CollectionJobs jobs;

    @Override
    public void execute(DelegateExecution execution) {
        jobs.sendReminder(Delegates.requestId(execution));
    }
}
