package jp.go.mhlw.kpi.application.supply;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** What an entry of a case's timeline records: a decision or contribution on the case after its reports. */
public enum TimelineEvent implements Labelled {
    TRIAGED,
    SOCIETIES_CONSULTED,
    FURTHER_ACTION_DECIDED,
    SUPPLY_CONTINUED,
    TERMINATION_DECIDED,
    CONSENT_DECIDED,
    STOCK_REQUESTED,
    STOCK_ANSWERED,
    ASSOCIATION_SUPPORT_REQUESTED,
    ASSOCIATION_SUPPORT_RECORDED,
    PUBLISHED,
    PUBLICATION_WITHDRAWN,
    CLOSED;

    @Override
    public String bundleKey() {
        return "supply.timeline.event." + name();
    }
}
