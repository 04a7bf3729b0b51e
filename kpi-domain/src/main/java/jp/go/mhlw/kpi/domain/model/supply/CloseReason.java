package jp.go.mhlw.kpi.domain.model.supply;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** Why MHLW closed a case. */
public enum CloseReason implements Labelled {
    RESOLVED,
    TERMINATED,
    NO_ACTION_NEEDED;

    @Override
    public String bundleKey() {
        return "supply.closeReason." + name();
    }
}
