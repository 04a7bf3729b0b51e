package jp.go.mhlw.kpi.workflow.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.go.mhlw.kpi.application.notification.StepMail;
import jp.go.mhlw.kpi.application.notification.StepMailJobs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Sends the queued step mail; a failure fails the job, which the job executor retries. */
@ApplicationScoped
@Named("sendStepMail")
public class SendStepMail implements JavaDelegate {

    @Inject
    StepMailJobs jobs;

    @Override
    public void execute(DelegateExecution execution) {
        jobs.send(StepMail.valueOf((String) execution.getVariable(StepMailProcess.MAIL)),
                (String) execution.getVariable(StepMailProcess.REFERENCE),
                (String) execution.getVariable(StepMailProcess.PARTY));
    }
}
