package jp.go.mhlw.kpi.application.accountrequest;

/**
 * The review of account requests as a process (kpi-workflow implements it): each request becomes a task of the
 * ministry officers, and an approval goes on to create the organisation and the account in the background
 * ({@link AccountRequests#createAccount}). Calls join the caller's transaction; this port does not authorise.
 */
public interface AccountRequestReview {

    /** The request waits for an officer's decision. */
    void requestSubmitted(long requestId);

    /** The officer decided; an approval continues with the creation of the organisation and the account. */
    void requestDecided(long requestId, boolean approved);
}
