package jp.go.mhlw.kpi.domain.model.supply;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** Where a supply case stands. {@link SupplyCase} documents the transitions. */
public enum SupplyCaseState implements Labelled {
    /** Opened by the manufacturer; only drafts so far. */
    DRAFT,
    /** A first report on instability or shortage is in; the additional report is awaited. */
    REPORTED,
    /** MHLW triages the latest report and decides whether further action is needed. */
    UNDER_TRIAGE,
    /** No further action: the manufacturer restores supply and re-reports if the situation changes. */
    MONITORING,
    /** MHLW asked the manufacturer to consider a response: continue supply or end it. */
    RESPONSE_REQUESTED,
    /** Alternatives are being coordinated, with the industry association's support. */
    COORDINATING,
    /** Supply will end: the simple or additional report and the 10-3 are awaited. */
    TERMINATING,
    /** The 10-3 is in; MHLW closes the case. */
    TERMINATION_NOTIFIED,
    CLOSED;

    @Override
    public String bundleKey() {
        return "supply.caseState." + name();
    }
}
