package jp.go.mhlw.kpi.domain.model.supply;

/** The clinical impact of a disruption, as the manufacturer assesses it and as MHLW judges it. */
public enum ClinicalImpact implements Labelled {
    SMALL("小さい", "Small"),
    LARGE("大きい", "Large"),
    POSSIBLY_LARGE("大きい可能性がある", "Possibly large");

    private final String labelJa;
    private final String labelEn;

    ClinicalImpact(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /** Large and possibly large are handled alike: both lead to consultation and coordination. */
    public boolean isLargeOrPossiblyLarge() {
        return this != SMALL;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
