package jp.go.mhlw.kpi.domain.computation;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** Outcome of evaluating a KPI target for one cycle. */
public enum Achievement implements Labelled {
    MET,
    NOT_MET,
    /** This cycle's or the reference cycle's figure is missing, so the target cannot be judged. */
    NO_DATA;

    @Override
    public String bundleKey() {
        return "achievement." + name();
    }
}
