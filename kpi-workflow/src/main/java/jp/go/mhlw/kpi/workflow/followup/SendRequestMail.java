package jp.go.mhlw.kpi.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.go.mhlw.kpi.application.followup.CollectionJobs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** E-mails the request to the body's reporters; a failure fails the job, which the job executor retries. */
@ApplicationScoped
@Named("sendRequestMail")
public class SendRequestMail implements JavaDelegate {

    @Inject
    CollectionJobs jobs;

    @Override
    public void execute(DelegateExecution execution) {
        jobs.sendRequestMail(Delegates.requestId(execution));
    }
}
