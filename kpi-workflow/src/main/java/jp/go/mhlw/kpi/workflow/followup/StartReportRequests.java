package jp.go.mhlw.kpi.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.go.mhlw.kpi.application.followup.CollectionJobs;
import jp.go.mhlw.kpi.workflow.FollowUpProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The cycle's first step: one report-request process per open request, each going on in its own jobs. It starts a
 * batch per transaction and sets {@code requestsLeft}, on which the model runs the step again as a new job.
 */
@ApplicationScoped
@Named("startReportRequests")
public class StartReportRequests implements JavaDelegate {

    @Inject
    CollectionJobs jobs;

    @Inject
    FollowUpProcess process;

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = Delegates.cycleId(execution);
        FollowUpProcess.RequestStarts starts = process.startNextRequests(cycleId, jobs.openRequests(cycleId).stream()
                .map(open -> new FollowUpProcess.RequestStart(open.requestId(),
                        FollowUpProcess.candidateGroup(open.reporterRole(), open.organisationCode())))
                .toList(), FollowUpProcess.REQUEST_STARTS_PER_TRANSACTION);
        execution.setVariable(FollowUpProcess.Vars.REQUESTS_LEFT, starts.left() > 0);
    }
}
