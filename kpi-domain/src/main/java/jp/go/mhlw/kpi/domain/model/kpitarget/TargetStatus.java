package jp.go.mhlw.kpi.domain.model.kpitarget;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** Where a target stands: the committee proposes it, may adopt it, and may withdraw it. */
public enum TargetStatus implements Labelled {
    /** Proposed by the committee (e.g. as a candidate for the next plan's KPIs); evaluated for information. */
    PROPOSED,
    /** Adopted: the cycles it covers are judged against it. */
    ADOPTED,
    /** Withdrawn or superseded: no longer evaluated. */
    WITHDRAWN;

    @Override
    public String bundleKey() {
        return "target.status." + name();
    }

    public boolean isEvaluated() {
        return this != WITHDRAWN;
    }
}
