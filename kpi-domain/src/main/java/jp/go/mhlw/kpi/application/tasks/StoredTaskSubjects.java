package jp.go.mhlw.kpi.application.tasks;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseRepository;

/**
 * {@link TaskSubjects} from the stored cases, requests and cycles. Permitted to all because tasks are also created by
 * timers, with no user behind them; only the engine's task listener calls it, and what it finds is shown only to
 * those who see the task.
 */
@Stateless
@PermitAll
public class StoredTaskSubjects implements TaskSubjects {

    @Inject
    SupplyCaseRepository cases;

    @Inject
    ReportRequestRepository requests;

    @Inject
    FollowUpCycleRepository cycles;

    public StoredTaskSubjects() {
        // for the container
    }

    public StoredTaskSubjects(SupplyCaseRepository cases, ReportRequestRepository requests, FollowUpCycleRepository cycles) {
        this.cases = cases;
        this.requests = requests;
        this.cycles = cycles;
    }

    @Override
    @ReadOnly
    public Optional<TaskSubject> ofSupplyCase(String caseNumber) {
        return cases.find(caseNumber).map(found -> new TaskSubject(found.caseNumber(), found.product().name(),
                found.product().name(), null));
    }

    @Override
    @ReadOnly
    public Optional<TaskSubject> ofRequest(long requestId) {
        return requests.find(requestId).map(request -> {
            Organisation body = request.getOrganisation();
            return new TaskSubject(String.valueOf(requestId), body.getNameJa(), body.getNameEn(),
                    request.getCycle().getFiscalYear().fiscalYear());
        });
    }

    @Override
    @ReadOnly
    public Optional<TaskSubject> ofCycle(long cycleId) {
        return cycles.find(cycleId).map(cycle -> new TaskSubject(String.valueOf(cycleId), cycle.getPlan().getCode(),
                cycle.getPlan().getCode(), cycle.getFiscalYear().fiscalYear()));
    }
}
