package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.followup.CollectionWorkflow;
import jp.go.mhlw.kpi.application.followup.FollowUpMilestones;
import jp.go.mhlw.kpi.application.tasks.TaskGroups;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The annual follow-up of a cycle ({@value #PROCESS_KEY}, business key the cycle id) and its report requests
 * ({@value #REQUEST_PROCESS_KEY}, one instance per body, business key the request id), behind the domain's ports:
 * {@link CollectionWorkflow} (opening, submissions, reviews, the secretariat's actions) and
 * {@link FollowUpMilestones} (draft report, committee review, publication, correction). Every call joins the
 * caller's transaction. It routes; it does not authorise: the domain services check role and organisation first.
 */
@ApplicationScoped
public class FollowUpProcess implements CollectionWorkflow, FollowUpMilestones {

    public static final String PROCESS_KEY = "annual-follow-up";
    public static final String REQUEST_PROCESS_KEY = "report-request";
    /**
     * The correction of an approved request (business key the request id), with the same step ids as
     * {@value #REQUEST_PROCESS_KEY}: the reporter's task, then the review.
     */
    public static final String CORRECTION_PROCESS_KEY = "report-request-correction";

    /** True for the processes whose tasks belong to a report request (its variable {@code requestId}). */
    public static boolean isRequestProcess(String processKey) {
        return REQUEST_PROCESS_KEY.equals(processKey) || CORRECTION_PROCESS_KEY.equals(processKey);
    }

    /** The step ids: element ids of the user tasks. */
    public static final class Steps {
        public static final String CLOSE_COLLECTION = "closeCollection";
        public static final String PREPARE_DRAFT_REPORT = "prepareDraftReport";
        public static final String REVIEW_DRAFT_REPORT = "reviewDraftReport";
        public static final String APPROVE_PUBLICATION = "approvePublication";
        public static final String SUBMIT_REPORT = "submitReport";
        public static final String REVIEW_SUBMISSION = "reviewSubmission";
        public static final String ESCALATE_OVERDUE_REQUEST = "escalateOverdueRequest";

        private Steps() {
        }
    }

    /** The process variables: ids and the review decision. */
    public static final class Vars {
        public static final String CYCLE_ID = "cycleId";
        public static final String REQUEST_ID = "requestId";
        public static final String CANDIDATE_GROUP = "candidateGroup";
        public static final String APPROVED = "approved";
        public static final String AGGREGATE_AGAIN = "aggregateAgain";
        /** Set by the cycle's first step: some requests still have no process, so the step runs again. */
        public static final String REQUESTS_LEFT = "requestsLeft";

        private Vars() {
        }
    }

    static final class Messages {
        static final String COLLECTION_COMPLETE = "reportCollectionComplete";
        static final String CORRECTION = "correctFollowUpReport";
        static final String RESEND_REQUEST = "resendReportRequest";
        static final String CLOSE_REQUEST = "closeReportRequest";

        private Messages() {
        }
    }

    /** Elements of the report-request model the facade addresses when a due date moves. */
    private static final String WITH_REPORTER = "withReporter";
    private static final String REMINDER_GATEWAY = "reminderLeft";
    private static final String REMINDER_TIMER = "reminderDue";

    /** A request whose process is to start, and the candidate group of its reporters ("hub-reporter:HUB-HIROSHIMA"). */
    public record RequestStart(long requestId, String candidateGroup) {
    }

    private final Supplier<ProcessEngine> engine;

    /** For CDI's proxy only. */
    protected FollowUpProcess() {
        this.engine = null;
    }

    @Inject
    public FollowUpProcess(ProcessEngineBootstrap bootstrap) {
        this(bootstrap::processEngine);
    }

    FollowUpProcess(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    /**
     * How many request processes one transaction starts. The engine sorts what a transaction writes before its commit
     * at a cost that grows with the square of it: 2,000 starts in one transaction took two minutes, most of them in
     * that sort; batches of 100 keep each commit small.
     */
    public static final int REQUEST_STARTS_PER_TRANSACTION = 100;

    /** "hub-reporter:HUB-HIROSHIMA": the candidate group of a body's reporters. */
    public static String candidateGroup(String roleName, String organisationCode) {
        return TaskGroups.withinOrganisation(roleName, organisationCode);
    }

    // ---- the cycle -----------------------------------------------------------------------------------------

    /** Starts the cycle's process; a cycle has one process, ever (a second start is refused). */
    @Override
    public void collectionOpened(long cycleId) {
        String key = String.valueOf(cycleId);
        long existing = engine.get().getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(key).count();
        if (existing > 0) {
            throw new IllegalStateException("The follow-up of cycle " + cycleId + " has already been started");
        }
        engine.get().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, key,
                Variables.createVariables().putValue(Vars.CYCLE_ID, cycleId));
    }

    /**
     * Starts a report-request process for at most {@code atMost} of the requests that have none yet (so a retried job
     * starts no twins). Each start opens the reporter's step with its timers; the request e-mail is a job of its own
     * beside it. The cycle's step calls this once per transaction until none is left ({@link
     * #REQUEST_STARTS_PER_TRANSACTION}).
     */
    public RequestStarts startNextRequests(long cycleId, List<RequestStart> requests, int atMost) {
        Set<String> started = engine.get().getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(REQUEST_PROCESS_KEY).variableValueEquals(Vars.CYCLE_ID, cycleId).list().stream()
                .map(instance -> instance.getBusinessKey()).collect(Collectors.toSet());
        List<RequestStart> toStart = requests.stream()
                .filter(request -> !started.contains(String.valueOf(request.requestId()))).toList();
        List<RequestStart> now = toStart.subList(0, Math.min(atMost, toStart.size()));
        for (RequestStart request : now) {
            engine.get().getRuntimeService().startProcessInstanceByKey(REQUEST_PROCESS_KEY,
                    String.valueOf(request.requestId()), Variables.createVariables()
                            .putValue(Vars.REQUEST_ID, request.requestId())
                            .putValue(Vars.CYCLE_ID, cycleId)
                            .putValue(Vars.CANDIDATE_GROUP, request.candidateGroup()));
        }
        return new RequestStarts(now.size(), toStart.size() - now.size());
    }

    /** What one call of {@link #startNextRequests} did: processes started, and requests still without one. */
    public record RequestStarts(int started, int left) {
    }

    @Override
    public void collectionClosed(long cycleId) {
        complete(cycleTask(cycleId, Steps.CLOSE_COLLECTION));
    }

    /** Every request is settled: the cycle leaves its collection step (nothing when it already has). */
    public void collectionComplete(long cycleId) {
        engine.get().getRuntimeService().createMessageCorrelation(Messages.COLLECTION_COMPLETE)
                .processInstanceBusinessKey(String.valueOf(cycleId)).correlateAllWithResult();
    }

    @Override
    public void draftReportReady(long cycleId) {
        if (hasProcess(cycleId)) {
            complete(cycleTask(cycleId, Steps.PREPARE_DRAFT_REPORT));
        }
    }

    @Override
    public void committeeReviewRecorded(long cycleId) {
        if (hasProcess(cycleId)) {
            complete(cycleTask(cycleId, Steps.REVIEW_DRAFT_REPORT));
        }
    }

    @Override
    public void publicationApproved(long cycleId) {
        if (hasProcess(cycleId)) {
            complete(cycleTask(cycleId, Steps.APPROVE_PUBLICATION));
        }
    }

    /**
     * True when the cycle was collected through this application. A cycle entered as history (its figures adopted
     * from print, e.g. R4 and R5) has no process: its committee review and publication are the report's alone.
     */
    private boolean hasProcess(long cycleId) {
        return engine.get().getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(cycleId)).count() > 0;
    }

    /** Re-opens review after publication: the KPIs are aggregated again and the report goes through review anew. */
    @Override
    public void correctionOpened(long cycleId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A correction needs a reason");
        }
        if (!hasProcess(cycleId)) {
            return;
        }
        boolean published = !engine.get().getRuntimeService().createExecutionQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(String.valueOf(cycleId))
                .messageEventSubscriptionName(Messages.CORRECTION).list().isEmpty();
        if (!published) {
            throw new IllegalStateException("The report of cycle " + cycleId + " is not published: there is nothing to correct");
        }
        engine.get().getRuntimeService().createMessageCorrelation(Messages.CORRECTION)
                .processInstanceBusinessKey(String.valueOf(cycleId)).correlate();
    }

    // ---- the requests --------------------------------------------------------------------------------------

    @Override
    public void requestSubmitted(long requestId) {
        complete(requestTask(requestId, Steps.SUBMIT_REPORT));
    }

    @Override
    public void requestReviewed(long requestId, boolean approved) {
        Task review = requestTask(requestId, Steps.REVIEW_SUBMISSION);
        ConcurrentSteps.run(() -> engine.get().getTaskService().complete(review.getId(),
                Variables.createVariables().putValue(Vars.APPROVED, approved)));
    }

    /** The reporter's task is due at the new date, and the request's timers (reminders, escalation) are set again. */
    @Override
    public void requestDueChanged(long requestId, Instant dueAt) {
        ProcessInstance instance = requestInstance(requestId);
        if (instance == null) {
            return; // not started yet: it reads the new date when it starts
        }
        engine.get().getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list()
                .forEach(timer -> engine.get().getManagementService().recalculateJobDuedate(timer.getId(), false));
        restartReminders(instance.getId());
        engine.get().getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Steps.SUBMIT_REPORT).list().forEach(task -> {
                    task.setDueDate(Date.from(dueAt));
                    engine.get().getTaskService().saveTask(task);
                });
        // no longer overdue: the secretariat's escalation is answered by the extension
        engine.get().getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Steps.ESCALATE_OVERDUE_REQUEST).list()
                .forEach(task -> engine.get().getTaskService().complete(task.getId()));
    }

    /**
     * The reminder loop of a reporter who is past all reminders of the old date has ended: with a later date it starts
     * again in the reporter's scope, and its gateway decides whether any reminder is left.
     */
    private void restartReminders(String instanceId) {
        boolean reminderPending = engine.get().getManagementService().createJobQuery().processInstanceId(instanceId)
                .activityId(REMINDER_TIMER).count() > 0;
        if (reminderPending) {
            return;
        }
        ActivityInstance tree = engine.get().getRuntimeService().getActivityInstance(instanceId);
        for (ActivityInstance withReporter : tree.getActivityInstances(WITH_REPORTER)) {
            engine.get().getRuntimeService().createProcessInstanceModification(instanceId)
                    .startBeforeActivity(REMINDER_GATEWAY, withReporter.getId()).execute();
        }
    }

    /**
     * Starts the request's correction: its own process ended at the approval. One correction runs at a time (the
     * domain refuses to reopen a request that is not approved); a second start while one runs is refused.
     */
    @Override
    public void requestReopened(long requestId, long cycleId, String organisationCode, String reporterRole) {
        String key = String.valueOf(requestId);
        if (engine.get().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKeyIn(REQUEST_PROCESS_KEY, CORRECTION_PROCESS_KEY).processInstanceBusinessKey(key)
                .count() > 0) {
            throw new IllegalStateException("Report request " + requestId + " still has a running process: it cannot"
                    + " be reopened for correction now");
        }
        engine.get().getRuntimeService().startProcessInstanceByKey(CORRECTION_PROCESS_KEY, key,
                Variables.createVariables()
                        .putValue(Vars.REQUEST_ID, requestId)
                        .putValue(Vars.CYCLE_ID, cycleId)
                        .putValue(Vars.CANDIDATE_GROUP, candidateGroup(reporterRole, organisationCode)));
    }

    @Override
    public void requestResent(long requestId) {
        correlateToRequest(requestId, Messages.RESEND_REQUEST);
    }

    @Override
    public void requestClosed(long requestId) {
        correlateToRequest(requestId, Messages.CLOSE_REQUEST);
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The user-task steps the cycle waits at, empty when its process has ended or never started. */
    public List<String> waitingAt(long cycleId) {
        return cycleTasks(cycleId).stream().map(Task::getTaskDefinitionKey).toList();
    }

    /** Every activity the cycle's process is in now (tasks, timers, waiting events), for the diagram. */
    public List<String> activeSteps(long cycleId) {
        ProcessInstance instance = engine.get().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(String.valueOf(cycleId)).singleResult();
        return instance == null ? List.of() : engine.get().getRuntimeService().getActiveActivityIds(instance.getId());
    }

    /** The steps the request's process waits at (user tasks), empty when it has ended or not started. */
    public List<String> requestWaitingAt(long requestId) {
        return engine.get().getTaskService().createTaskQuery()
                .processDefinitionKeyIn(REQUEST_PROCESS_KEY, CORRECTION_PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(requestId)).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    /** Failed jobs (e.g. e-mails that could not be sent after every retry) of the cycle's request processes. */
    public long incidents(long cycleId) {
        List<String> instances = engine.get().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKeyIn(REQUEST_PROCESS_KEY, CORRECTION_PROCESS_KEY)
                .variableValueEquals(Vars.CYCLE_ID, cycleId).list().stream()
                .map(ProcessInstance::getId).toList();
        return instances.stream().mapToLong(id -> engine.get().getRuntimeService().createIncidentQuery()
                .processInstanceId(id).count()).sum();
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private void correlateToRequest(long requestId, String message) {
        ProcessInstance instance = requestInstance(requestId);
        if (instance == null) {
            return; // not started yet (it reads the request's state when it starts) or already ended
        }
        ConcurrentSteps.run(() -> engine.get().getRuntimeService().createMessageCorrelation(message)
                .processInstanceId(instance.getId()).correlate());
    }

    private ProcessInstance requestInstance(long requestId) {
        return engine.get().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(REQUEST_PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(requestId)).active().singleResult();
    }

    private Task requestTask(long requestId, String step) {
        return engine.get().getTaskService().createTaskQuery()
                .processDefinitionKeyIn(REQUEST_PROCESS_KEY, CORRECTION_PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(requestId)).taskDefinitionKey(step).list().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The process of report request " + requestId
                        + " is not waiting at " + step + " (it waits at " + requestWaitingAt(requestId) + ")"));
    }

    private Task cycleTask(long cycleId, String step) {
        List<Task> open = cycleTasks(cycleId);
        return open.stream().filter(task -> task.getTaskDefinitionKey().equals(step)).findFirst()
                .orElseThrow(() -> open.isEmpty()
                        // a background step (ending collection, the aggregation) is still running: the user may retry
                        ? new EntryRejectedException("Completing " + step + " of cycle " + cycleId, List.of(Problem.at(
                                "status", "followup.stillAggregating")))
                        : new IllegalStateException("The follow-up of cycle " + cycleId + " is not waiting at " + step
                                + " (it waits at " + waitingAt(cycleId) + ")"));
    }

    private List<Task> cycleTasks(long cycleId) {
        return engine.get().getTaskService().createTaskQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(String.valueOf(cycleId)).list();
    }

    private void complete(Task task) {
        ConcurrentSteps.run(() -> engine.get().getTaskService().complete(task.getId()));
    }
}
