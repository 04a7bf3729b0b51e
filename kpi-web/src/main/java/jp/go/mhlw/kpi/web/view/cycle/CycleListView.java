package jp.go.mhlw.kpi.web.view.cycle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.go.mhlw.kpi.application.followup.CollectionManagement;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;

/** The follow-up cycles, newest first, each with the way to its dashboard. */
@Named
@RequestScoped
public class CycleListView {

    @Inject
    CollectionManagement management;

    private List<FollowUpCycle> cycles;

    public List<FollowUpCycle> getCycles() {
        if (cycles == null) {
            cycles = management.cycles();
        }
        return cycles;
    }
}
