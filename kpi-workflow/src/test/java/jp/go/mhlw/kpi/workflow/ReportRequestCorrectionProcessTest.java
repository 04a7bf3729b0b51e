package jp.go.mhlw.kpi.workflow;

import static jp.go.mhlw.kpi.workflow.FollowUpProcess.Steps.REVIEW_SUBMISSION;
import static jp.go.mhlw.kpi.workflow.FollowUpProcess.Steps.SUBMIT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The correction of an approved request: the request's own process ended at the approval; reopening starts the
 * correction, which gives the reporters their task again, then the officers' review, with the return loop; once
 * approved, the cycle counts the request settled and, if it was aggregated already, aggregates again.
 */
@Deployment(resources = {ProcessModels.ANNUAL_FOLLOW_UP, ProcessModels.REPORT_REQUEST,
        ProcessModels.REPORT_REQUEST_CORRECTION})
class ReportRequestCorrectionProcessTest {

    private static final long CYCLE = 1049;
    private static final long HIROSHIMA = 2001;
    private static final String HIROSHIMA_GROUP = "hub-reporter:HUB-HIROSHIMA";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private ProcessEngine engine;
    private FollowUpModels models;
    private FollowUpProcess process;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        models = new FollowUpModels(engine);
        process = models.process;
        models.request(HIROSHIMA, HIROSHIMA_GROUP);
    }

    /** The request's own process, from its start to the approval (the models are deployed once the test runs). */
    private void approved() {
        process.startNextRequests(CYCLE, List.of(new FollowUpProcess.RequestStart(HIROSHIMA, HIROSHIMA_GROUP)), 1);
        models.runDueJobs();
        process.requestSubmitted(HIROSHIMA);
        process.requestReviewed(HIROSHIMA, true);
        models.runDueJobs();
        models.calls.clear();
        assertThat(running()).as("the request's process ends at the approval").isEmpty();
    }

    @AfterEach
    void tearDown() {
        FollowUpModels.reset();
    }

    @Test
    void aReopenedRequestGoesToItsReportersThenToTheOfficersAndEndsAtTheApproval() {
        approved();
        process.requestReopened(HIROSHIMA, CYCLE, "HUB-HIROSHIMA", "hub-reporter");

        ProcessInstance correction = running().get(0);
        assertThat(correction).isActive().isWaitingAt(SUBMIT_REPORT);
        assertThat(correction.getBusinessKey()).isEqualTo(String.valueOf(HIROSHIMA));
        assertThat(candidateGroups(task(SUBMIT_REPORT))).containsExactly(HIROSHIMA_GROUP);
        assertThat(process.requestWaitingAt(HIROSHIMA)).containsExactly(SUBMIT_REPORT);

        process.requestSubmitted(HIROSHIMA);
        assertThat(correction).isWaitingAt(REVIEW_SUBMISSION);
        assertThat(candidateGroups(task(REVIEW_SUBMISSION))).containsExactly("ministry-officer");

        process.requestReviewed(HIROSHIMA, true);
        assertThat(correction).as("the cycle's bookkeeping runs in the background").isWaitingAt("notifyRequestSettled");
        models.runDueJobs();
        assertThat(correction).isEnded().hasPassed("correctionSettled").hasNotPassed("aggregateKpis");
        assertThat(models.calls).containsExactly("settled " + HIROSHIMA);
    }

    @Test
    void aReturnedCorrectionGoesBackToTheReporterAndIsReviewedAgain() {
        approved();
        process.requestReopened(HIROSHIMA, CYCLE, "HUB-HIROSHIMA", "hub-reporter");
        process.requestSubmitted(HIROSHIMA);
        process.requestReviewed(HIROSHIMA, false);

        ProcessInstance correction = running().get(0);
        assertThat(correction).isWaitingAt(SUBMIT_REPORT);
        process.requestSubmitted(HIROSHIMA);
        assertThat(correction).isWaitingAt(REVIEW_SUBMISSION);
        process.requestReviewed(HIROSHIMA, true);
        models.runDueJobs();
        assertThat(correction).isEnded();
    }

    @Test
    void aCorrectionApprovedAfterTheCycleWasAggregatedAggregatesItAgain() {
        approved();
        models.aggregated.add(CYCLE);
        process.requestReopened(HIROSHIMA, CYCLE, "HUB-HIROSHIMA", "hub-reporter");
        process.requestSubmitted(HIROSHIMA);
        process.requestReviewed(HIROSHIMA, true);
        ProcessInstance correction = running().get(0);

        models.runDueJobs();

        assertThat(correction).isEnded().hasPassed("aggregateKpis", "correctionAggregated");
        assertThat(models.calls).containsExactly("settled " + HIROSHIMA, "aggregate " + CYCLE);
    }

    @Test
    void aRequestIsNotReopenedTwiceWhileItsCorrectionRuns() {
        approved();
        process.requestReopened(HIROSHIMA, CYCLE, "HUB-HIROSHIMA", "hub-reporter");

        assertThatThrownBy(() -> process.requestReopened(HIROSHIMA, CYCLE, "HUB-HIROSHIMA", "hub-reporter"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("still has a running process");
        assertThat(running()).hasSize(1);
    }

    private List<ProcessInstance> running() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(HIROSHIMA)).list();
    }

    private Task task(String step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(HIROSHIMA))
                .taskDefinitionKey(step).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }
}
