package jp.go.mhlw.kpi.workflow.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.function.Supplier;
import jp.go.mhlw.kpi.application.notification.MailQueue;
import jp.go.mhlw.kpi.application.notification.StepMail;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The domain's {@link MailQueue} on the engine: each mail is an instance of {@value #PROCESS_KEY}, whose one step
 * is an asynchronous job. Started in the caller's transaction, the job exists only once that commits; the job
 * executor sends the mail, retries it on failure ({@code kpi.followup.mail-retry-cycle}) and leaves an incident
 * when the retries run out, as it does for the request mail. The business key names the mail and what it is about,
 * so that the incident says which mail failed; it is never a case number or request id alone, which the flows'
 * queries read as theirs.
 */
@ApplicationScoped
public class StepMailProcess implements MailQueue {

    public static final String PROCESS_KEY = "step-mail";
    static final String MAIL = "mail";
    static final String REFERENCE = "reference";
    static final String PARTY = "party";
    private static final int MAX_BUSINESS_KEY = 255;

    private final Supplier<ProcessEngine> engine;

    /** For CDI's proxy only. */
    protected StepMailProcess() {
        this.engine = null;
    }

    @Inject
    public StepMailProcess(ProcessEngineBootstrap bootstrap) {
        this(bootstrap::processEngine);
    }

    StepMailProcess(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    public void enqueue(StepMail mail, String reference, String party) {
        start(engine.get().getRuntimeService(), mail, reference, party);
    }

    /** Queues the mail with the runtime service at hand (a listener's, inside the engine's own transaction). */
    static void start(RuntimeService runtime, StepMail mail, String reference, String party) {
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(reference, "reference");
        String businessKey = mail.name() + ":" + reference;
        runtime.startProcessInstanceByKey(PROCESS_KEY,
                businessKey.length() > MAX_BUSINESS_KEY ? businessKey.substring(0, MAX_BUSINESS_KEY) : businessKey,
                Variables.createVariables().putValue(MAIL, mail.name()).putValue(REFERENCE, reference)
                        .putValue(PARTY, party));
    }
}
