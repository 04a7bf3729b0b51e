package jp.go.mhlw.kpi.application.submission;

import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.followup.ReportRequestService;
import jp.go.mhlw.kpi.application.followup.ReportRequests;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.submission.ReviewDecision;
import jp.go.mhlw.kpi.domain.model.submission.Submission;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionStateException;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * What {@link SubmissionService} and {@link BulkReviews} do alike, inside the caller's transaction: an officer's
 * decision on the version waiting for review, storing a submission, and the one audit record of each action. Not a
 * service of its own: each service builds it from the ports the container gave it.
 */
final class SubmissionSteps {

    private final SubmissionRepository submissions;
    private final ReportRequests requests;
    private final AuditTrail auditTrail;
    private final CurrentCaller currentCaller;
    private final Clock clock;

    SubmissionSteps(SubmissionRepository submissions, ReportRequests requests, AuditTrail auditTrail,
            CurrentCaller currentCaller, Clock clock) {
        this.submissions = submissions;
        this.requests = requests;
        this.auditTrail = auditTrail;
        this.currentCaller = currentCaller;
        this.clock = clock;
    }

    /**
     * Decides on the version waiting for review, as the officer saw it (its number), and records the decision once;
     * a decision taken in bulk says so in its record.
     */
    SubmissionVersion review(long requestId, int versionNumber, ReviewDecision decision, String comment,
            boolean bulk) {
        if (comment != null && comment.length() > SubmissionService.MAX_COMMENT) {
            throw new SubmissionException.NotAllowed("submission.commentTooLong", SubmissionService.MAX_COMMENT);
        }
        ReportRequestInfo request = requests.find(requestId).orElseThrow(() -> new SubmissionException.NotFound(requestId));
        Submission submission = submissions.findByRequest(requestId)
                .orElseThrow(() -> new SubmissionException.NotAllowed("submission.nothingSubmitted"));
        SubmissionVersion waiting = submission.latestVersion().filter(SubmissionVersion::isAwaitingReview)
                .orElseThrow(() -> new SubmissionException.NotAllowed("submission.noVersionAwaitingReview"));
        if (waiting.number() != versionNumber) {
            // the officer looked at another version than the one now waiting: decide on what was seen only
            throw new SubmissionException.NotAllowed("submission.otherVersionAwaitingReview", versionNumber,
                    waiting.number());
        }
        Caller caller = currentCaller.require();
        if (waiting.submittedBy().equals(caller.userName())) {
            throw new SubmissionException.NotAllowed("submission.ownReport");
        }
        SubmissionVersion reviewed = state(() -> submission.review(decision, comment, caller.userName(), now()));
        store(submission);
        boolean approved = decision == ReviewDecision.APPROVED;
        String reviewComment = reviewed.review().orElseThrow().comment();
        RequestState moved = changedMeanwhile(() -> approved ? requests.approved(requestId)
                : requests.returned(requestId, reviewComment));
        String said = summary("submission.audit.reviewed", versionNumber, decision, kindLabel(request.kind()))
                + (reviewComment == null ? "" : summary("submission.audit.reviewComment", reviewComment))
                + (bulk ? summary("submission.audit.bulk") : "");
        if (approved) {
            record("submission.approved", request, said, moved);
        } else {
            record("submission.returned", request, said, moved);
        }
        return reviewed;
    }

    /**
     * The one record of a reporter's or an officer's action: what happened to the submission, and the request's move
     * (the port does not record it) as the before and after states, named in the summary too.
     */
    void record(String action, ReportRequestInfo request, String summary, RequestState moved) {
        String move = request.state() == moved ? "" : summary("submission.audit.requestMoved", request.state().name(),
                moved.name());
        auditTrail.record(new AuditEntry(action, SubmissionService.OBJECT_TYPE, String.valueOf(request.requestId()),
                request.organisationCode(), abbreviate(move + summary), ReportRequestService.stateJson(request.state()),
                ReportRequestService.stateJson(moved)));
    }

    void store(Submission submission) {
        changedMeanwhile(() -> {
            submissions.store(submission);
            return null;
        });
    }

    /** Times are kept to the microsecond, as both databases store them. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The submission, or the request's step in its flow, changed meanwhile by someone else (a double send, two officers). */
    static <T> T changedMeanwhile(Supplier<T> change) {
        try {
            return change.get();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new SubmissionException.NotAllowed("submission.changedMeanwhile");
        }
    }

    static <T> T state(Supplier<T> change) {
        try {
            return change.get();
        } catch (SubmissionStateException refused) {
            throw new SubmissionException.NotAllowed(refused.problem());
        }
    }

    static void state(Runnable change) {
        state(() -> {
            change.run();
            return null;
        });
    }

    static String kindLabel(SubmissionKind kind) {
        return Texts.text(Texts.JAPANESE, "submission.kind." + kind.name());
    }

    /** The audit trail is kept in Japanese. */
    static String summary(String key, Object... arguments) {
        return Texts.text(Texts.JAPANESE, key, arguments);
    }

    private static String abbreviate(String summary) {
        return summary.length() <= 1000 ? summary : summary.substring(0, 999) + "…";
    }
}
