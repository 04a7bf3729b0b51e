package jp.go.mhlw.kpi.workflow.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import jp.go.mhlw.kpi.application.notification.StepMail;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The task listener of the user tasks that wait for someone: when a step opens (or an answer is done), queues the
 * mails {@link StepMail}'s table lists for it. It reads the ids from the process (case, request, the organisation
 * the mail is for) and sends nothing itself: the mail is a job that runs after the step's transaction commits.
 */
@ApplicationScoped
@Named("stepMail")
public class StepMailListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String event = task.getEventName();
        if (event == null) {
            // the engine names no event when the task's execution is gone: another transaction completed this step
            // meanwhile, and the engine refuses this one as a concurrent change when it writes (the caller's 409)
            return;
        }
        String step = task.getTaskDefinitionKey();
        List<StepMail> mails = switch (event) {
            case EVENTNAME_CREATE -> StepMail.onStepOpened(step);
            case EVENTNAME_COMPLETE -> StepMail.onStepDone(step);
            default -> List.of();
        };
        for (StepMail mail : mails) {
            // the reporter's step opens first with the request, which has its own mail; again only after a return
            if (mail == StepMail.REQUEST_RETURNED && !Boolean.FALSE.equals(task.getVariable("approved"))) {
                continue;
            }
            String reference = mail.isSupply() ? (String) task.getVariable("caseId")
                    : String.valueOf(task.getVariable("requestId"));
            String party = switch (mail.audience()) {
                case CASE_MANUFACTURER -> (String) task.getVariable("manufacturerOrg");
                case ALTERNATIVE_MAKER -> (String) task.getVariable("alternativeMakerOrg");
                case ASSOCIATION -> (String) task.getVariable("associationOrg");
                default -> null;
            };
            StepMailProcess.start(task.getProcessEngineServices().getRuntimeService(), mail, reference, party);
        }
    }
}
