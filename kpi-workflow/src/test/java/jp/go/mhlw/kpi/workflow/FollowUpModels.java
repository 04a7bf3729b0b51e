package jp.go.mhlw.kpi.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.followup.FollowUpSettings;
import jp.go.mhlw.kpi.domain.model.cycle.ReminderSchedule;
import jp.go.mhlw.kpi.domain.model.request.RequestSchedule;
import jp.go.mhlw.kpi.workflow.followup.CollectionSchedule;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The follow-up models' surroundings in a process test: the domain side of each delegate, recorded instead of
 * done, the requests' schedules in a map the test changes, and a clock the test moves.
 */
final class FollowUpModels {

    static final LocalDate DUE = LocalDate.of(2025, 5, 31);
    /** Opened 2025-04-10 10:00 in Japan. */
    static final Instant OPENED = Instant.parse("2025-04-10T01:00:00Z");

    final List<String> calls = new ArrayList<>();
    final Map<Long, RequestSchedule> schedules = new HashMap<>();
    final Set<Long> settled = new HashSet<>();
    final Map<Long, String> groups = new HashMap<>();
    /** The cycles aggregated already: a correction approved in them is aggregated again. */
    final Set<Long> aggregated = new HashSet<>();
    private final ProcessEngine engine;
    final FollowUpProcess process;

    FollowUpModels(ProcessEngine engine) {
        this.engine = engine;
        this.process = new FollowUpProcess(() -> engine);
        ClockUtil.setCurrentTime(java.util.Date.from(OPENED));
        Mocks.register("followUpSettings", new FollowUpSettings(name -> Optional.empty()));
        Mocks.register("collectionSchedule", new CollectionSchedule(schedules::get));
        Mocks.register("sendRequestMail", (JavaDelegate) execution -> calls.add("mail " + execution.getVariable("requestId")));
        Mocks.register("sendReminder", (JavaDelegate) execution -> calls.add("reminder " + execution.getVariable("requestId")));
        Mocks.register("requestSettled", (JavaDelegate) execution -> {
            calls.add("settled " + execution.getVariable("requestId"));
            if (settled.containsAll(groups.keySet())) {
                process.collectionComplete((Long) execution.getVariable("cycleId"));
            }
        });
        // one request per transaction, so that the models' loop over the batches runs as soon as two bodies are asked
        Mocks.register("startReportRequests", (JavaDelegate) execution -> execution.setVariable("requestsLeft",
                process.startNextRequests((Long) execution.getVariable("cycleId"), groups.entrySet().stream()
                        .map(entry -> new FollowUpProcess.RequestStart(entry.getKey(), entry.getValue())).toList(), 1)
                        .left() > 0));
        Mocks.register("recordCollectionEnded", (JavaDelegate) execution -> calls.add("collection ended " + execution.getVariable("cycleId")));
        // the step mails' listener; StepMailProcessTest puts the real one in its place
        Mocks.register("stepMail", (TaskListener) task -> { });
        Mocks.register("aggregateKpis", (JavaDelegate) execution -> calls.add("aggregate " + execution.getVariable("cycleId")));
        Mocks.register("correctionApproved", (JavaDelegate) execution -> execution.setVariable("aggregateAgain",
                aggregated.contains((Long) execution.getVariable("cycleId"))));
    }

    /** A body asked in the cycle, due on {@link #DUE}, reminded 14, 7 and 1 days before. */
    void request(long requestId, String candidateGroup) {
        groups.put(requestId, candidateGroup);
        schedules.put(requestId, new RequestSchedule(DUE, ReminderSchedule.of(14, 7, 1), 9));
    }

    void extend(long requestId, LocalDate newDue) {
        schedules.put(requestId, new RequestSchedule(newDue, schedules.get(requestId).reminders(), 9));
    }

    void clockAt(Instant now) {
        ClockUtil.setCurrentTime(java.util.Date.from(now));
    }

    /** Runs every job that is due now, and the jobs those create, as the job executor would. */
    void runDueJobs() {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep coming: a loop in the model?");
    }

    static void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }
}
