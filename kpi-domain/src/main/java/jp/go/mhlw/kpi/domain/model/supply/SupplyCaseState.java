package jp.go.mhlw.kpi.domain.model.supply;

/** Where a supply case stands. {@link SupplyCase} documents the transitions. */
public enum SupplyCaseState implements Labelled {
    /** Opened by the manufacturer; only drafts so far. */
    DRAFT("下書き", "Draft"),
    /** A first report on instability or shortage is in; the additional report is awaited. */
    REPORTED("初回報告済み(追加報告待ち)", "First report filed, additional report awaited"),
    /** MHLW triages the latest report and decides whether further action is needed. */
    UNDER_TRIAGE("厚生労働省で評価中", "Under MHLW triage"),
    /** No further action: the manufacturer restores supply and re-reports if the situation changes. */
    MONITORING("経過観察中", "Monitoring"),
    /** MHLW asked the manufacturer to consider a response: continue supply or end it. */
    RESPONSE_REQUESTED("対応検討の依頼中", "Response requested"),
    /** Alternatives are being coordinated, with the industry association's support. */
    COORDINATING("代替品等の調整中", "Coordinating alternatives"),
    /** Supply will end: the simple or additional report and the 10-3 are awaited. */
    TERMINATING("供給終了の手続中", "Termination in progress"),
    /** The 10-3 is in; MHLW closes the case. */
    TERMINATION_NOTIFIED("供給終了届出済み", "Termination notified"),
    CLOSED("終結", "Closed");

    private final String labelJa;
    private final String labelEn;

    SupplyCaseState(String labelJa, String labelEn) {
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
