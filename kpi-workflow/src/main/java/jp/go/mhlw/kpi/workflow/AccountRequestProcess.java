package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import jp.go.mhlw.kpi.application.accountrequest.AccountRequestReview;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The review of a manufacturer's account request ({@value #PROCESS_KEY}); the business key is the request id.
 * Runs in the caller's transaction: the request's state and the process move together.
 */
@ApplicationScoped
public class AccountRequestProcess implements AccountRequestReview {

    public static final String PROCESS_KEY = "account-request";
    public static final String REVIEW_STEP = "reviewAccountRequest";
    public static final String CREATE_ACCOUNT_STEP = "createManufacturerAccount";

    static final String REQUEST_ID = "requestId";
    static final String APPROVED = "approved";

    private final Supplier<ProcessEngine> engine;

    /** For CDI's proxy only. */
    protected AccountRequestProcess() {
        this.engine = null;
    }

    @Inject
    public AccountRequestProcess(ProcessEngineBootstrap bootstrap) {
        this(bootstrap::processEngine);
    }

    AccountRequestProcess(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    public void requestSubmitted(long requestId) {
        String key = String.valueOf(requestId);
        if (engine.get().getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(key).count() > 0) {
            throw new IllegalStateException("The review of account request " + requestId + " has already been started");
        }
        engine.get().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, key,
                Variables.createVariables().putValue(REQUEST_ID, requestId));
    }

    @Override
    public void requestDecided(long requestId, boolean approved) {
        Task review = reviewTasks(requestId).stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "Account request " + requestId + " is not waiting for a decision"));
        engine.get().getTaskService().complete(review.getId(), Variables.createVariables().putValue(APPROVED, approved));
    }

    /** The open review task of the request (none once decided). */
    List<Task> reviewTasks(long requestId) {
        return engine.get().getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(requestId)).taskDefinitionKey(REVIEW_STEP).list();
    }
}
