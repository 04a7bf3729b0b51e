package jp.go.mhlw.kpi.application.notification;

/**
 * Queues a step mail to be sent after the caller's transaction commits, retried when sending fails and shown as an
 * incident when it keeps failing; kpi-workflow implements it with an asynchronous job of the process engine.
 */
public interface MailQueue {

    /**
     * @param reference the case number, the request id or the task's name, as {@link StepMail} needs it
     * @param party     the organisation code for the mails to an organisation, the user name for
     *                  {@link StepMail#TASK_REASSIGNED}; null otherwise
     */
    void enqueue(StepMail mail, String reference, String party);
}
