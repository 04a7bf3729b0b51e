package jp.go.mhlw.kpi.domain.model.accountrequest;

/** Where a manufacturer's account request stands. */
public enum AccountRequestStatus {
    /** Waiting for a ministry officer's decision. */
    PENDING,
    /** Approved; the organisation and the account are being created (a failure shows as an incident). */
    APPROVED,
    /** Approved, and the organisation and the user's account exist. */
    ACCOUNT_CREATED,
    /** Rejected with a reason. */
    REJECTED
}
