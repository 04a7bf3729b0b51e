package jp.go.mhlw.kpi.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.go.mhlw.kpi.application.followup.CollectionJobs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The cycle's collection is over (complete, or closed by the secretariat): the cycle goes on to review. */
@ApplicationScoped
@Named("recordCollectionEnded")
public class RecordCollectionEnded implements JavaDelegate {

    @Inject
    CollectionJobs jobs;

    @Override
    public void execute(DelegateExecution execution) {
        jobs.collectionEnded(Delegates.cycleId(execution));
    }
}
