package jp.go.mhlw.kpi.domain.model.supply;

/** Why MHLW closed a case. */
public enum CloseReason implements Labelled {
    RESOLVED("供給回復", "Resolved"),
    TERMINATED("供給終了", "Supply terminated"),
    NO_ACTION_NEEDED("対応不要", "No action needed");

    private final String labelJa;
    private final String labelEn;

    CloseReason(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
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
