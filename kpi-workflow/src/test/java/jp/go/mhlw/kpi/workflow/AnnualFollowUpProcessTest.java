package jp.go.mhlw.kpi.workflow;

import static jp.go.mhlw.kpi.workflow.FollowUpProcess.Steps.APPROVE_PUBLICATION;
import static jp.go.mhlw.kpi.workflow.FollowUpProcess.Steps.CLOSE_COLLECTION;
import static jp.go.mhlw.kpi.workflow.FollowUpProcess.Steps.PREPARE_DRAFT_REPORT;
import static jp.go.mhlw.kpi.workflow.FollowUpProcess.Steps.REVIEW_DRAFT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cycle's process with its report requests, from opening to publication and a correction. */
@Deployment(resources = {ProcessModels.ANNUAL_FOLLOW_UP, ProcessModels.REPORT_REQUEST})
class AnnualFollowUpProcessTest {

    private static final long CYCLE = 1099;
    private static final long HIROSHIMA = 3001;
    private static final long HOKKAIDO = 3002;

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
        models.request(HIROSHIMA, "hub-reporter:HUB-HIROSHIMA");
        models.request(HOKKAIDO, "hub-reporter:HUB-HOKKAIDO");
    }

    @AfterEach
    void tearDown() {
        FollowUpModels.reset();
    }

    private void opened() {
        process.collectionOpened(CYCLE);
        models.runDueJobs();
    }

    private long requestInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(FollowUpProcess.REQUEST_PROCESS_KEY).variableValueEquals("cycleId", CYCLE).count();
    }

    private void approve(long requestId) {
        process.requestSubmitted(requestId);
        process.requestReviewed(requestId, true);
        models.settled.add(requestId);
        models.runDueJobs();
    }

    @Test
    void everyModelIsDeployedWithAHistoryTimeToLive() {
        for (String key : new String[] {FollowUpProcess.PROCESS_KEY, FollowUpProcess.REQUEST_PROCESS_KEY}) {
            ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult();
            assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
            // the cycle's model starts the requests in batches since 1.1; the request's model has the step mails' task
            // listeners since 1.1, its e-mail beside the reporter's step since 1.2
            assertThat(definition.getVersionTag()).isEqualTo(key.equals(FollowUpProcess.PROCESS_KEY) ? "1.1" : "1.2");
        }
    }

    @Test
    void openingStartsOneRequestProcessPerBodyInTheBackground() {
        process.collectionOpened(CYCLE);
        assertThat(requestInstances()).as("opening only stores the cycle's instance").isZero();

        models.runDueJobs();

        assertThat(requestInstances()).isEqualTo(2);
        assertThat(process.waitingAt(CYCLE)).containsExactly(CLOSE_COLLECTION);
        assertThat(models.calls).containsExactlyInAnyOrder("mail " + HIROSHIMA, "mail " + HOKKAIDO);
        assertThatThrownBy(() -> process.collectionOpened(CYCLE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already been started");
    }

    @Test
    void theRequestsAreStartedABatchPerJobUntilNoneIsLeft() {
        process.collectionOpened(CYCLE);

        engine.getManagementService().executeJob(startRequestsJob().getId());
        assertThat(requestInstances()).as("the first batch: one body in these models").isEqualTo(1);
        assertThat(process.activeSteps(CYCLE)).as("the next batch waits for a job of its own")
                .containsExactly("startReportRequests");
        Job mail = engine.getManagementService().createJobQuery().activityId("sendRequestMail").singleResult();
        assertThat(startRequestsJob().getPriority()).as("acquired before the first batch's e-mails")
                .isGreaterThan(mail.getPriority());

        engine.getManagementService().executeJob(startRequestsJob().getId());
        assertThat(requestInstances()).isEqualTo(2);
        assertThat(process.waitingAt(CYCLE)).containsExactly(CLOSE_COLLECTION);
    }

    private Job startRequestsJob() {
        return engine.getManagementService().createJobQuery().activityId("startReportRequests").singleResult();
    }

    @Test
    void whenEveryBodyIsApprovedTheKpisAreAggregatedAndTheMilestonesLeadToPublication() {
        opened();
        approve(HIROSHIMA);
        assertThat(process.waitingAt(CYCLE)).as("one body still open").containsExactly(CLOSE_COLLECTION);

        approve(HOKKAIDO);

        assertThat(models.calls).containsSubsequence("collection ended " + CYCLE, "aggregate " + CYCLE);
        assertThat(process.waitingAt(CYCLE)).containsExactly(PREPARE_DRAFT_REPORT);
        process.draftReportReady(CYCLE);
        assertThat(process.waitingAt(CYCLE)).containsExactly(REVIEW_DRAFT_REPORT);
        process.committeeReviewRecorded(CYCLE);
        assertThat(process.waitingAt(CYCLE)).containsExactly(APPROVE_PUBLICATION);
        process.publicationApproved(CYCLE);
        assertThat(process.waitingAt(CYCLE)).isEmpty();
        assertThat(process.activeSteps(CYCLE)).as("waiting for a correction or the end of its window")
                .containsExactly("afterPublication");
    }

    @Test
    void theSecretariatClosesTheCollectionWithABodyMissing() {
        opened();
        approve(HIROSHIMA);

        process.requestClosed(HOKKAIDO);
        process.collectionClosed(CYCLE);
        models.runDueJobs();

        assertThat(requestInstances()).isZero();
        assertThat(models.calls).containsSubsequence("settled " + HOKKAIDO, "aggregate " + CYCLE);
        assertThat(models.calls).filteredOn(("aggregate " + CYCLE)::equals).as("aggregated once").hasSize(1);
        assertThat(process.waitingAt(CYCLE)).containsExactly(PREPARE_DRAFT_REPORT);
    }

    @Test
    void aCorrectionAfterPublicationReopensReviewAndLeadsToANewPublication() {
        published();

        process.correctionOpened(CYCLE, "AMEDの課題数の訂正");
        models.runDueJobs();

        assertThat(models.calls).filteredOn(("aggregate " + CYCLE)::equals).as("aggregated again").hasSize(2);
        assertThat(process.waitingAt(CYCLE)).containsExactly(PREPARE_DRAFT_REPORT);
        process.draftReportReady(CYCLE);
        process.committeeReviewRecorded(CYCLE);
        process.publicationApproved(CYCLE);
        assertThat(process.activeSteps(CYCLE)).containsExactly("afterPublication");
    }

    @Test
    void theCycleEndsWhenTheCorrectionWindowIsOver() {
        published();

        models.clockAt(FollowUpModels.OPENED.plus(366, ChronoUnit.DAYS));
        models.runDueJobs();

        assertThat(process.activeSteps(CYCLE)).isEmpty();
        assertThatThrownBy(() -> process.correctionOpened(CYCLE, "too late")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not published");
    }

    @Test
    void milestonesOutOfOrderAreRefused() {
        opened();
        assertThatThrownBy(() -> process.publicationApproved(CYCLE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not waiting at approvePublication").hasMessageContaining("[closeCollection]");
        assertThatThrownBy(() -> process.correctionOpened(CYCLE, "x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> process.correctionOpened(CYCLE, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDraftWhileTheKpisAreStillBeingAggregatedIsRefusedWithAMessageAndCanBeRetried() {
        opened();
        approve(HIROSHIMA);
        process.requestSubmitted(HOKKAIDO);
        process.requestReviewed(HOKKAIDO, true);
        models.settled.add(HOKKAIDO);
        // the background jobs one at a time, until the cycle has left collection: its end and the aggregation queued
        while (!process.waitingAt(CYCLE).isEmpty()) {
            Job next = engine.getManagementService().createJobQuery().executable().list().get(0);
            engine.getManagementService().executeJob(next.getId());
        }

        assertThatThrownBy(() -> process.draftReportReady(CYCLE)).isInstanceOfSatisfying(EntryRejectedException.class,
                refused -> assertThat(refused.getProblems()).extracting(Problem::messageEn)
                        .containsExactly("The KPIs are still being aggregated. Try again in a moment."));

        models.runDueJobs();
        process.draftReportReady(CYCLE);
        assertThat(process.waitingAt(CYCLE)).containsExactly(REVIEW_DRAFT_REPORT);
    }

    @Test
    void aCycleEnteredAsHistoryHasNoProcessSoItsMilestonesMoveNothing() {
        long historic = CYCLE + 1000;
        process.draftReportReady(historic);
        process.committeeReviewRecorded(historic);
        process.publicationApproved(historic);
        process.correctionOpened(historic, "a typo in the printed table");

        assertThat(process.activeSteps(historic)).isEmpty();
        assertThatThrownBy(() -> process.correctionOpened(historic, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    private void published() {
        opened();
        approve(HIROSHIMA);
        approve(HOKKAIDO);
        process.draftReportReady(CYCLE);
        process.committeeReviewRecorded(CYCLE);
        process.publicationApproved(CYCLE);
        models.clockAt(Instant.parse("2025-07-01T00:00:00Z"));
    }
}
