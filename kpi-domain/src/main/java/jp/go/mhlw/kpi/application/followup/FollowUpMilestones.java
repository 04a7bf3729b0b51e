package jp.go.mhlw.kpi.application.followup;

/**
 * The secretariat's milestones after collection, as the committee-review and publication side reports them to the
 * cycle's process. The implementation (kpi-workflow) moves the cycle's process along in the caller's transaction.
 * Callers check roles first: this port does not authorise.
 */
public interface FollowUpMilestones {

    /** The draft report is ready and goes to the committee for review. */
    void draftReportReady(long cycleId);

    /** The committee's review is recorded (meeting date, decisions, proposed targets). */
    void committeeReviewRecorded(long cycleId);

    /** The secretariat approved publication: the cycle's report is public. */
    void publicationApproved(long cycleId);

    /** A published report needs a correction: review re-opens, and a new version will be published. */
    void correctionOpened(long cycleId, String reason);
}
