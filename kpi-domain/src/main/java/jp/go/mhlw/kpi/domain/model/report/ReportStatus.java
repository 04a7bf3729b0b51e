package jp.go.mhlw.kpi.domain.model.report;

/** Where a cycle's report stands between the secretariat's draft and the public. */
public enum ReportStatus {
    /** The draft went to the committee: members comment, the secretariat records the meeting. */
    IN_REVIEW,
    /** The meeting, its decisions and proposed targets are recorded; publication awaits the secretariat's approval. */
    REVIEW_RECORDED,
    /** A version is public. */
    PUBLISHED,
    /** A published version needs a correction: the secretariat prepares the draft again. */
    CORRECTION
}
