package jp.go.mhlw.kpi.domain.model.supply;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** The clinical impact of a disruption, as the manufacturer assesses it and as MHLW judges it. */
public enum ClinicalImpact implements Labelled {
    SMALL,
    LARGE,
    POSSIBLY_LARGE;

    /** Large and possibly large are handled alike: both lead to consultation and coordination. */
    public boolean isLargeOrPossiblyLarge() {
        return this != SMALL;
    }

    @Override
    public String bundleKey() {
        return "supply.clinicalImpact." + name();
    }
}
