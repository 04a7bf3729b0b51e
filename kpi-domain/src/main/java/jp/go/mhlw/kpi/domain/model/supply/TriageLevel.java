package jp.go.mhlw.kpi.domain.model.supply;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** The scale MHLW uses for the urgency and the severity of a case. */
public enum TriageLevel implements Labelled {
    HIGH,
    MEDIUM,
    LOW;

    @Override
    public String bundleKey() {
        return "supply.triageLevel." + name();
    }
}
