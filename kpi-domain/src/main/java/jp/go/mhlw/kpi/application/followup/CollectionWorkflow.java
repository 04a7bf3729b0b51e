package jp.go.mhlw.kpi.application.followup;

import java.time.Instant;

/**
 * The processes of a cycle's collection, as the domain drives them: the cycle's own process and one process per
 * report request. kpi-workflow implements it; every call joins the caller's transaction, so a domain change and
 * the process step it causes commit or roll back together. The domain never talks to the engine otherwise.
 */
public interface CollectionWorkflow {

    /** The collection opened: start the cycle's process, which starts one process per request in the background. */
    void collectionOpened(long cycleId);

    /** The reporter submitted: the reporter's task ends and the officer's review begins. */
    void requestSubmitted(long requestId);

    /** The officer approved (the request's process ends) or returned it (the reporter's task comes back). */
    void requestReviewed(long requestId, boolean approved);

    /** The secretariat moved the request's due date: its reminder and escalation timers are set again from it. */
    void requestDueChanged(long requestId, Instant dueAt);

    /** The secretariat asked the body again: the request e-mail goes out once more. */
    void requestResent(long requestId);

    /** The secretariat closed the request with the body missing: its process ends. */
    void requestClosed(long requestId);

    /**
     * The secretariat reopened an approved request for a correction: the request's process has ended at the approval,
     * so a correction process starts (business key the request id) with the reporters' task, then the review as usual.
     */
    void requestReopened(long requestId, long cycleId, String organisationCode, String reporterRole);

    /** The secretariat closed the collection with the requests still open closed: the cycle goes on to aggregation. */
    void collectionClosed(long cycleId);
}
