package jp.go.mhlw.kpi.domain.model.supply;

/** The scale MHLW uses for the urgency and the severity of a case. */
public enum TriageLevel implements Labelled {
    HIGH("高", "High"),
    MEDIUM("中", "Medium"),
    LOW("低", "Low");

    private final String labelJa;
    private final String labelEn;

    TriageLevel(String labelJa, String labelEn) {
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
