package jp.go.mhlw.kpi.application.tasks;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The process engine's open user tasks, for {@link TaskAssignments} (kpi-workflow implements it). The port neither
 * authorises nor audits; every call joins the caller's transaction.
 */
public interface WorkflowTasks {

    /** The open task with its assignee and candidate groups; empty when there is no such task (any more). */
    Optional<AssignableTask> find(String taskId);

    /** The user takes the task; refused by the engine when another user holds it. */
    void claim(String taskId, String userName);

    /** Nobody holds the task any more: it is back with its candidate groups. */
    void unclaim(String taskId);

    /** This user holds the task from now on, whoever held it before. */
    void setAssignee(String taskId, String userName);

    /** The day the task's holder means to look at it again (its start in Japan); {@code null} clears it. */
    void setFollowUp(String taskId, LocalDate followUp);
}
