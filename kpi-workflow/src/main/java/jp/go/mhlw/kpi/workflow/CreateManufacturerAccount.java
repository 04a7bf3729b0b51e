package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.go.mhlw.kpi.application.accountrequest.AccountRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service task of account-request: creates the approved request's organisation and account. */
@Named("createManufacturerAccount")
@ApplicationScoped
public class CreateManufacturerAccount implements JavaDelegate {

    @Inject
    AccountRequests accountRequests;

    @Override
    public void execute(DelegateExecution execution) {
        accountRequests.createAccount(((Number) execution.getVariable(AccountRequestProcess.REQUEST_ID)).longValue());
    }
}
