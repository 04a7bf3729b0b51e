package jp.go.mhlw.kpi.application.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.notification.MailQueue;
import jp.go.mhlw.kpi.application.notification.StepMail;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * Who holds a process task, and when its holder means to look at it again. A user claims and releases only the tasks
 * they see: those they hold and those of their {@link TaskGroups groups} that belong to their organisation. The
 * holder alone sets the task's follow-up date. Ministry officers and the secretariat also release a colleague's task
 * and hand a task they see to another user, who is e-mailed once the reassignment is committed. Every change is
 * recorded once in the audit trail (object type "task") in the same transaction.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER,
        Role.Names.SURVEY_REPORTER, Role.Names.MANUFACTURER, Role.Names.INDUSTRY_ASSOCIATION, Role.Names.COMMITTEE_MEMBER})
public class TaskAssignments {

    static final String OBJECT_TYPE = "task";
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    @Inject
    WorkflowTasks tasks;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    /** "Today" for follow-up dates is the day in Japan. */
    Clock clock = Clock.system(JapaneseFiscalYear.JAPAN_TIME);

    @Inject
    MailQueue mailQueue;

    public TaskAssignments() {
        // for the container
    }

    public TaskAssignments(WorkflowTasks tasks, AuditTrail auditTrail, CurrentCaller currentCaller, MailQueue mailQueue) {
        this.tasks = tasks;
        this.auditTrail = auditTrail;
        this.currentCaller = currentCaller;
        this.mailQueue = mailQueue;
    }

    /** Officers and the secretariat hand tasks to others and release a colleague's task. */
    public static boolean mayReassign(Caller caller) {
        return caller.hasRole(Role.MINISTRY_OFFICER) || caller.hasRole(Role.SECRETARIAT);
    }

    /** The caller takes a task they see that nobody else holds. */
    public void claim(String taskId) {
        Caller caller = currentCaller.require();
        AssignableTask task = visible(caller, taskId);
        if (task.isHeldByAnotherThan(caller.userName())) {
            throw new TaskAssignmentRefusedException("The task has already been claimed by " + task.assignee());
        }
        tasks.claim(task.id(), caller.userName());
        record(task, "task.claimed", Texts.text(Texts.JAPANESE, "task.audit.claimed", caller.userName()));
    }

    /** The task's holder (or an officer, or the secretariat) gives it back to its groups. */
    public void release(String taskId) {
        Caller caller = currentCaller.require();
        AssignableTask task = visible(caller, taskId);
        if (!caller.userName().equals(task.assignee()) && !mayReassign(caller)) {
            throw new TaskAssignmentRefusedException("Only its assignee can release the task");
        }
        tasks.unclaim(task.id());
        record(task, "task.released", Texts.text(Texts.JAPANESE, "task.audit.released", task.assignee()));
    }

    /** Officers and the secretariat hand a task they see to another user (by user name). */
    @RolesAllowed({Role.Names.MINISTRY_OFFICER, Role.Names.SECRETARIAT})
    public void reassign(String taskId, String userName) {
        Caller caller = currentCaller.require();
        if (!mayReassign(caller)) {
            throw new TaskAssignmentRefusedException("Only ministry officers and the secretariat reassign tasks");
        }
        if (userName == null || !USER_NAME.matcher(userName.strip()).matches()) {
            throw new TaskAssignmentRefusedException("Give the user name of the new assignee");
        }
        String assignee = userName.strip();
        AssignableTask task = visible(caller, taskId);
        tasks.setAssignee(task.id(), assignee);
        if (!assignee.equals(task.assignee())) {
            mailQueue.enqueue(StepMail.TASK_REASSIGNED, task.name(), assignee);
        }
        record(task, "task.reassigned", Texts.text(Texts.JAPANESE, "task.audit.reassigned", assignee, task.assignee()));
    }

    /**
     * The task's holder sets the day they mean to come back to it (today or later), or clears it with {@code null}.
     * The due date is the flow's and stays as it is.
     */
    public void setFollowUp(String taskId, LocalDate followUp) {
        Caller caller = currentCaller.require();
        AssignableTask task = visible(caller, taskId);
        if (!caller.userName().equals(task.assignee())) {
            throw new TaskAssignmentRefusedException("Only its assignee sets the task's follow-up date");
        }
        if (followUp != null && followUp.isBefore(LocalDate.now(clock))) {
            throw new TaskAssignmentRefusedException("A follow-up date lies today or later");
        }
        tasks.setFollowUp(task.id(), followUp);
        record(task, "task.follow-up-set", followUp == null
                ? Texts.text(Texts.JAPANESE, "task.audit.followUpCleared")
                : Texts.text(Texts.JAPANESE, "task.audit.followUpSet", followUp.toString()));
    }

    /** The task, if the caller holds it or it is offered to them ({@link AssignableTask#isVisibleTo}); refused otherwise. */
    private AssignableTask visible(Caller caller, String taskId) {
        return tasks.find(taskId == null ? "" : taskId)
                .filter(task -> task.isVisibleTo(caller))
                .orElseThrow(() -> new TaskAssignmentRefusedException("There is no task " + taskId + " for you"));
    }

    private void record(AssignableTask task, String action, String summary) {
        auditTrail.record(AuditEntry.of(action, OBJECT_TYPE, task.id(), null,
                task.name() + " (" + task.step() + "): " + summary));
    }
}
