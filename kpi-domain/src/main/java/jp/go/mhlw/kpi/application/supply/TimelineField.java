package jp.go.mhlw.kpi.application.supply;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** A value shown with a timeline entry: what was decided, answered or done. */
public enum TimelineField implements Labelled {
    IMPACT,
    URGENCY,
    SEVERITY,
    NOTE,
    FURTHER_ACTION,
    REASONS,
    SOCIETIES,
    OUTCOME,
    CONSENT,
    MAKER,
    STOCK_ON_HAND,
    MONTHLY_CAPACITY,
    ANSWER_NOTE,
    SHARED_WITH_REPORTER,
    ANSWER_WITHHELD,
    ASSOCIATION,
    SUPPORT,
    MAKER_SHOWN,
    CLOSE_REASON;

    @Override
    public String bundleKey() {
        return "supply.timeline.field." + name();
    }
}
