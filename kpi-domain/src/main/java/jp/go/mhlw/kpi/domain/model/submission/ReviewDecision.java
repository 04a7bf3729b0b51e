package jp.go.mhlw.kpi.domain.model.submission;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** The reviewing officer's decision on a submitted version. */
public enum ReviewDecision implements Labelled {
    /** The data counts in the cycle's aggregation. */
    APPROVED,
    /** Back to the reporter with a comment, for a new version. */
    RETURNED;

    @Override
    public String bundleKey() {
        return "reviewDecision." + name();
    }
}
