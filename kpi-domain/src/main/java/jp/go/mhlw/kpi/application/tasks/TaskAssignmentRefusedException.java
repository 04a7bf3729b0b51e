package jp.go.mhlw.kpi.application.tasks;

import jakarta.ejb.ApplicationException;

/**
 * A claim, release or reassignment that the caller may not make now: the task is not theirs to see, a colleague
 * holds it, or the new assignee's user name is malformed. Nothing changed.
 */
@ApplicationException(rollback = true)
public class TaskAssignmentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskAssignmentRefusedException(String message) {
        super(message);
    }
}
