package jp.go.mhlw.kpi.domain.model.submission;

/** The reviewing officer's decision on a submitted version. */
public enum ReviewDecision {
    /** The data counts in the cycle's aggregation. */
    APPROVED("承認", "Approved"),
    /** Back to the reporter with a comment, for a new version. */
    RETURNED("差戻し", "Returned");

    private final String labelJa;
    private final String labelEn;

    ReviewDecision(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String labelJa() {
        return labelJa;
    }

    public String labelEn() {
        return labelEn;
    }
}
