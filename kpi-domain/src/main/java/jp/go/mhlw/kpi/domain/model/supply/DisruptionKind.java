package jp.go.mhlw.kpi.domain.model.supply;

/** What is happening to supply. Instability and shortage follow flow A, termination flow B. */
public enum DisruptionKind implements Labelled {
    INSTABILITY("供給不安", "Supply instability"),
    SHORTAGE("欠品", "Shortage"),
    TERMINATION("供給終了", "Supply termination");

    private final String labelJa;
    private final String labelEn;

    DisruptionKind(String labelJa, String labelEn) {
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
