package jp.go.mhlw.kpi.domain.computation;

/** Outcome of evaluating a KPI target for one cycle. */
public enum Achievement {
    MET("達成"),
    NOT_MET("未達成"),
    /** This cycle's or the reference cycle's figure is missing, so the target cannot be judged. */
    NO_DATA("データなし");

    private final String japaneseLabel;

    Achievement(String japaneseLabel) {
        this.japaneseLabel = japaneseLabel;
    }

    public String japaneseLabel() {
        return japaneseLabel;
    }
}
