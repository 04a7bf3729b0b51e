package jp.go.mhlw.kpi.application.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.request.RequestListing;
import jp.go.mhlw.kpi.domain.model.request.RequestSchedule;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.submission.BulkReview;
import jp.go.mhlw.kpi.domain.model.submission.Submission;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionStateException;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * The secretariat's view of and hand on a cycle's collection: the cycles, a cycle's dashboard, and the bulk actions
 * (remind the overdue bodies, extend deadlines, close requests or the whole collection with bodies missing). Each
 * change is recorded once per request in the audit trail and passed to the request's process in the same
 * transaction. Ministry officers may look.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class CollectionManagement {

    /** The most bodies {@link #bodies} reads at once (the dashboard shows 50 a page). */
    public static final int MAX_PAGE_SIZE = 200;

    /** At most this many days past the cycle's original deadline: a typo guard, not policy. */
    static final int MAX_EXTENSION_DAYS = 365;

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    ReportRequestRepository requests;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CollectionWorkflow workflow;

    @Inject
    SubmissionRepository submissions;

    @Inject
    CurrentCaller currentCaller;

    Clock clock = Clock.systemUTC();

    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER})
    public List<FollowUpCycle> cycles() {
        return cycles.findAll();
    }

    /**
     * The cycle's dashboard data: its figures, counted by the database (the bodies are read a page at a time with
     * {@link #bodies}).
     */
    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER})
    public CycleOverview overview(long cycleId) {
        FollowUpCycle cycle = cycle(cycleId);
        LocalDate today = today();
        return new CycleOverview(cycleId, cycle.key(), cycle.getDisplayName(), cycle.getStatus(),
                cycle.collectionDue().orElse(null), cycle.reminderSchedule().text(), today,
                requests.tally(cycleId, today), cycle.surveyDates(), cycle.areSurveyDatesChangeable());
    }

    /**
     * One page of the cycle's bodies that the listing takes, in its order (filtered, sorted and paged by the database):
     * from {@code first} (0 for the first), at most {@code max} ({@link #MAX_PAGE_SIZE}).
     */
    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER})
    public List<CycleOverview.Row> bodies(long cycleId, RequestListing listing, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to " + MAX_PAGE_SIZE + " bodies");
        }
        LocalDate today = today();
        return requests.list(cycleId, listing, today, first, max).stream().map(request -> row(request, today)).toList();
    }

    /** How many of the cycle's bodies the listing takes ({@link #bodies} pages through them). */
    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER})
    public long countBodies(long cycleId, RequestListing listing) {
        return requests.count(cycleId, listing, today());
    }

    /** One body of the cycle by its request; empty when the request is not the cycle's. */
    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER})
    public Optional<CycleOverview.Row> body(long cycleId, long requestId) {
        LocalDate today = today();
        return requests.find(requestId).filter(request -> request.getCycle().getId() == cycleId)
                .map(request -> row(request, today));
    }

    private static CycleOverview.Row row(ReportRequest request, LocalDate today) {
        return new CycleOverview.Row(request.getId(), request.getOrganisationCode(),
                request.getOrganisation().getNameJa(), request.getOrganisation().getNameEn(), request.getKind().name(),
                request.getState(), request.getDue(), request.isOverdue(today), request.wasSubmittedOnTime(),
                request.getRemindersSent(), request.lastComment().orElse(null));
    }

    /** E-mails every overdue body of the cycle again; returns how many were reminded. */
    public int remindOverdue(long cycleId) {
        cycle(cycleId);
        LocalDate today = today();
        RequestListing overdue = RequestListing.ALL.overdueOnly(true);
        int reminded = 0;
        for (ReportRequest request : requests.list(cycleId, overdue, today, 0, Integer.MAX_VALUE)) {
            record(request, "report-request.resend-ordered", japanese("followup.audit.remindOrdered"), null);
            workflow.requestResent(request.getId());
            reminded++;
        }
        return reminded;
    }

    /**
     * Reminds the bodies of the chosen requests that still have something to do (not started, draft or returned):
     * their request e-mail goes out again, one audit record each. The others are left out and listed.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER})
    public BulkReview.Plan remindSelected(long cycleId, Collection<Long> requestIds) {
        cycle(cycleId);
        List<BulkReview.Candidate> candidates = new ArrayList<>();
        for (Long id : requestIds == null ? List.<Long>of() : requestIds) {
            candidates.add(requests.find(id).map(request -> new BulkReview.Candidate(id, request.getCycle().getId(),
                    request.getOrganisationCode(), request.getState(), Optional.empty()))
                    .orElseGet(() -> new BulkReview.Candidate(id, -1, "#" + id, RequestState.CLOSED, Optional.empty())));
        }
        BulkReview.Plan plan = BulkReview.reminding(cycleId, candidates);
        for (BulkReview.Taken taken : plan.taken()) {
            record(load(taken.requestId()), "report-request.resend-ordered", japanese("followup.audit.remindChosen"),
                    null);
            workflow.requestResent(taken.requestId());
        }
        return plan;
    }

    /** Sends one request's e-mail again (e.g. a reporter joined later). */
    public void resend(long requestId) {
        ReportRequest request = load(requestId);
        if (isSettledOrCorrecting(request)) {
            throw new EntryRejectedException("Re-sending the request", List.of(Problem.at("request",
                    "followup.request.settled", request.getOrganisation().getNameJa(),
                    request.getOrganisation().getNameEn())));
        }
        record(request, "report-request.resend-ordered", japanese("followup.audit.resendOrdered"), null);
        workflow.requestResent(requestId);
    }

    /**
     * Gives these requests until {@code newDue}: their tasks' due dates, reminders and escalation move with it.
     *
     * @throws EntryRejectedException when the date is missing, not after today or a request's current due date, or a
     *                                request is settled; nothing changes then
     */
    public void extendDeadline(long cycleId, Collection<Long> requestIds, LocalDate newDue) {
        FollowUpCycle cycle = cycle(cycleId);
        List<Problem> problems = new ArrayList<>();
        List<ReportRequest> chosen = chosen(cycleId, requestIds, problems);
        if (newDue == null) {
            problems.add(Problem.at("newDue", "followup.newDue.required"));
        } else if (!newDue.isAfter(today())) {
            problems.add(Problem.at("newDue", "followup.newDue.notAfterToday", newDue.toString()));
        } else if (cycle.collectionDue().map(due -> newDue.isAfter(due.plusDays(MAX_EXTENSION_DAYS))).orElse(false)) {
            problems.add(Problem.at("newDue", "followup.newDue.tooLate", newDue.toString()));
        } else {
            for (ReportRequest request : chosen) {
                if (isSettledOrCorrecting(request)) {
                    problems.add(Problem.at("requests", "followup.request.settled",
                            request.getOrganisation().getNameJa(), request.getOrganisation().getNameEn()));
                } else if (!newDue.isAfter(request.getDue())) {
                    problems.add(Problem.at("newDue", "followup.newDue.notLater", request.getOrganisation().getNameJa(),
                            request.getOrganisation().getNameEn(), String.valueOf(request.getDue())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("Extending the deadline", problems);
        }
        for (ReportRequest request : chosen) {
            LocalDate before = request.getDue();
            request.extendDue(newDue);
            auditTrail.record(new AuditEntry("report-request.due-extended", ReportRequestService.OBJECT_TYPE,
                    String.valueOf(request.getId()), request.getOrganisationCode(),
                    japanese("followup.audit.dueExtended", cycle.getDisplayName(), request.getOrganisationCode(),
                            String.valueOf(before), newDue.toString()),
                    AuditJson.object().with("due", before).toString(), AuditJson.object().with("due", newDue).toString()));
            workflow.requestDueChanged(request.getId(), RequestSchedule.endOf(newDue));
        }
    }

    /** Stops waiting for one body: its request is closed and it counts as missing. */
    public void closeRequest(long requestId, String reason) {
        ReportRequest request = load(requestId);
        close(request, reason);
    }

    /**
     * Reopens an approved request for a correction, with the reason the reporter reads: the request and its submission
     * go back to the reporter, a correction process gives the reporter the task again and then the officer's review.
     * The approved version stays stored and counts until the corrected one is approved. One audit record names the
     * reason and the version reopened.
     *
     * @throws EntryRejectedException when the reason is missing or too long, or the request is not approved; nothing
     *                                changes then
     */
    public ReportRequestInfo reopenForCorrection(long requestId, String reason) {
        // locked: of two reopenings at once, the second waits and finds the request reopened
        ReportRequest request = requests.findForUpdate(requestId)
                .orElseThrow(() -> new ReportRequestNotFoundException(requestId));
        if (reason == null || reason.isBlank() || reason.strip().length() > ReportRequest.MAX_COMMENT) {
            throw new EntryRejectedException("Reopening the request", List.of(Problem.at("reason",
                    "followup.reopen.reason.required")));
        }
        Submission submission = submissions.findByRequest(requestId).orElse(null);
        if (request.getState() != RequestState.APPROVED || submission == null) {
            throw new EntryRejectedException("Reopening the request", List.of(Problem.at("request",
                    "followup.reopen.notApproved", request.getOrganisation().getNameJa(),
                    request.getOrganisation().getNameEn(), request.getState().name())));
        }
        RequestState before = request.getState();
        int approvedNumber = submission.approvedVersion().map(SubmissionVersion::number).orElse(0);
        try {
            submission.reopenForCorrection(reason, currentCaller.require().userName(), now());
        } catch (SubmissionStateException refused) {
            throw new EntryRejectedException("Reopening the request", List.of(refused.problem()));
        }
        request.reopenForCorrection(reason, now());
        submissions.store(submission);
        record(request, "report-request.reopened", japanese("followup.audit.requestReopened",
                String.valueOf(approvedNumber), abbreviate(request.lastComment().orElse(""))), before);
        workflow.requestReopened(request.getId(), request.getCycle().getId(), request.getOrganisationCode(),
                request.getReporterRole().roleName());
        return request.info();
    }

    /**
     * Closes the cycle's collection: every open request is closed (those bodies count as missing) and the cycle goes
     * on to aggregation. Returns the missing bodies' codes.
     */
    public List<String> closeCollection(long cycleId, String reason) {
        FollowUpCycle cycle = cycle(cycleId);
        if (cycle.getStatus() != CycleStatus.COLLECTING) {
            throw new EntryRejectedException("Closing the collection", List.of(Problem.at("cycle",
                    "followup.collection.notCollecting", cycle.getDisplayName())));
        }
        List<String> missing = new ArrayList<>();
        // the open requests only: a request reopened for a correction keeps its approved data, its correction goes on
        RequestListing open = RequestListing.ALL.inStates(ReportRequest.OPEN_STATES);
        for (ReportRequest request : requests.list(cycleId, open, today(), 0, Integer.MAX_VALUE)) {
            close(request, reason);
            missing.add(request.getOrganisationCode());
        }
        auditTrail.record(AuditEntry.of("follow-up-cycle.collection-closed", CycleOpening.CYCLE_OBJECT_TYPE,
                String.valueOf(cycleId), null, japanese("followup.audit.collectionClosed", cycle.getDisplayName(),
                        String.valueOf(missing.size()),
                        missing.isEmpty() ? "" : ": " + abbreviate(String.join(", ", missing)))));
        workflow.collectionClosed(cycleId);
        return missing;
    }

    private void close(ReportRequest request, String reason) {
        if (isSettledOrCorrecting(request)) {
            throw new EntryRejectedException("Closing the request", List.of(Problem.at("request",
                    "followup.request.settled", request.getOrganisation().getNameJa(),
                    request.getOrganisation().getNameEn())));
        }
        RequestState before = request.getState();
        try {
            request.close(reason, now());
        } catch (IllegalArgumentException noReason) {
            throw new EntryRejectedException("Closing the request", List.of(Problem.at("reason",
                    "followup.close.reason.required", String.valueOf(noReason.getMessage()))));
        }
        record(request, "report-request.closed",
                japanese("followup.audit.requestClosed", abbreviate(request.lastComment().orElse(""))), before);
        workflow.requestClosed(request.getId());
    }

    /** Approved or closed, or reopened for a correction (its approved data counts; the correction is its own process). */
    private static boolean isSettledOrCorrecting(ReportRequest request) {
        return request.getState().isSettled() || request.getState() == RequestState.REOPENED;
    }

    private List<ReportRequest> chosen(long cycleId, Collection<Long> requestIds, List<Problem> problems) {
        List<ReportRequest> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(requestIds == null ? List.<Long>of() : requestIds)) {
            requests.find(id).filter(request -> request.getCycle().getId() == cycleId).ifPresentOrElse(chosen::add,
                    () -> problems.add(Problem.at("requests", "followup.request.notInCycle", String.valueOf(id))));
        }
        if (chosen.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.at("requests", "followup.requests.required"));
        }
        return chosen;
    }

    private void record(ReportRequest request, String action, String summary, RequestState before) {
        auditTrail.record(new AuditEntry(action, ReportRequestService.OBJECT_TYPE, String.valueOf(request.getId()),
                request.getOrganisationCode(), request.getCycle().getDisplayName() + " " + request.getOrganisationCode() + ": " + summary,
                before == null ? null : ReportRequestService.stateJson(before),
                before == null ? null : ReportRequestService.stateJson(request.getState())));
    }

    /** Audit summaries are kept in Japanese, as the secretariat reads them. */
    private static String japanese(String key, Object... arguments) {
        return Texts.text(Texts.JAPANESE, key, arguments);
    }

    private FollowUpCycle cycle(long cycleId) {
        return cycles.find(cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
    }

    private ReportRequest load(long requestId) {
        return requests.find(requestId).orElseThrow(() -> new ReportRequestNotFoundException(requestId));
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return now().atZone(JapaneseFiscalYear.JAPAN_TIME).toLocalDate();
    }

    private static String abbreviate(String text) {
        return ReportRequestService.abbreviate(text);
    }
}
