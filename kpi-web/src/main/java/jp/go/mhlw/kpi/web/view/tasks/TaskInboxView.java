package jp.go.mhlw.kpi.web.view.tasks;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.workflow.FollowUpProcess;
import jp.go.mhlw.kpi.workflow.TaskInbox;

/**
 * The task inbox of every logged-in user: their tasks and their groups' (role, and role within their organisation),
 * with claim, release and, for officers and the secretariat, reassignment; each task links to the page it is done on.
 */
@Named
@ViewScoped
public class TaskInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaskInbox inbox;

    @Inject
    transient CurrentCaller currentCaller;

    private List<TaskInbox.InboxTask> tasks;
    private List<TaskInbox.InboxTask> filtered;
    private String reassignTo;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        tasks = inbox.tasks(caller());
    }

    private Caller caller() {
        return currentCaller.require();
    }

    public void claim(String taskId) {
        act(() -> inbox.claim(caller(), taskId), "tasks.claimed");
    }

    public void release(String taskId) {
        act(() -> inbox.release(caller(), taskId), "tasks.released");
    }

    public void reassign(String taskId) {
        act(() -> inbox.reassign(caller(), taskId, reassignTo), "tasks.reassigned");
        reassignTo = null;
    }

    private void act(Runnable action, String doneKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            action.run();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(doneKey), null));
        } catch (RuntimeException refused) {
            // e.g. claimed by a colleague a moment ago; the list is shown as it now is
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("tasks.refused"), null));
        }
        reload();
    }

    /** The page the task is done on. */
    public String link(TaskInbox.InboxTask task) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + switch (task.step()) {
            case FollowUpProcess.Steps.SUBMIT_REPORT -> "/report/form.xhtml?request=" + task.requestId();
            case FollowUpProcess.Steps.REVIEW_SUBMISSION -> "/review/submission.xhtml?request=" + task.requestId();
            case FollowUpProcess.Steps.ESCALATE_OVERDUE_REQUEST -> "/cycle/dashboard.xhtml?cycle=" + task.cycleId();
            default -> task.cycleId() == null ? "/tasks/index.xhtml" : "/cycle/dashboard.xhtml?cycle=" + task.cycleId();
        };
    }

    public String stepName(TaskInbox.InboxTask task) {
        ResourceBundle bundle = bundle();
        String key = "cycle.step." + task.step();
        return bundle.containsKey(key) ? bundle.getString(key) : task.name();
    }

    public boolean isMine(TaskInbox.InboxTask task) {
        return caller().userName().equals(task.assignee());
    }

    public boolean isMayReassign() {
        return TaskInbox.mayReassign(caller());
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }

    private static String text(String key, Object... arguments) {
        String pattern = bundle().getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    public List<TaskInbox.InboxTask> getTasks() {
        return tasks;
    }

    public List<TaskInbox.InboxTask> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<TaskInbox.InboxTask> filtered) {
        this.filtered = filtered;
    }

    public String getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(String reassignTo) {
        this.reassignTo = reassignTo;
    }
}
