package jp.go.mhlw.kpi.domain.model.kpitarget;

/** Where a target stands: the committee proposes it, may adopt it, and may withdraw it. */
public enum TargetStatus {
    /** Proposed by the committee (e.g. as a candidate for the next plan's KPIs); evaluated for information. */
    PROPOSED("提案"),
    /** Adopted: the cycles it covers are judged against it. */
    ADOPTED("採用"),
    /** Withdrawn or superseded: no longer evaluated. */
    WITHDRAWN("取下げ");

    private final String japaneseLabel;

    TargetStatus(String japaneseLabel) {
        this.japaneseLabel = japaneseLabel;
    }

    public String japaneseLabel() {
        return japaneseLabel;
    }

    public boolean isEvaluated() {
        return this != WITHDRAWN;
    }
}
