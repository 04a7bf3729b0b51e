package jp.go.mhlw.kpi.web.view.manufacturer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.workflow.TaskInbox;

/** The maker's home: for each of its supply cases, the report due next (the step, its due date, the case's page). */
@Named
@RequestScoped
public class NextReportsView {

    @Inject
    TaskInbox inbox;

    @Inject
    CurrentCaller currentCaller;

    private List<TaskInbox.InboxTask> reports;

    /** Only a maker's own steps; empty for everyone else. */
    public List<TaskInbox.InboxTask> getReports() {
        if (reports == null) {
            Caller caller = currentCaller.require();
            reports = caller.hasRole(Role.MANUFACTURER) ? inbox.nextDuePerCase(caller) : List.of();
        }
        return reports;
    }

    public String stepName(TaskInbox.InboxTask task) {
        return SupplyStep.byId(task.step()).map(Feedback::label).orElse(task.name());
    }

    public String product(TaskInbox.InboxTask task) {
        return task.subject() == null ? "" : task.subject().name(Feedback.isEnglish());
    }
}
