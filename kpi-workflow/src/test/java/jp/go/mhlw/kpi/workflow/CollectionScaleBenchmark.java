package jp.go.mhlw.kpi.workflow;

import static jp.go.mhlw.kpi.workflow.FollowUpProcess.Steps.PREPARE_DRAFT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.LongStream;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A cycle with 2,000 bodies through the real models: opening starts one request process per body, every body is
 * approved, and the cycle goes on to aggregation exactly once. Prints the time each phase took and the heap in
 * use; docs/testing.md ("Benchmarks") gives the command and the figures. Not part of the test command (tag
 * "benchmark"): it measures, the process tests prove the paths.
 */
@Tag("benchmark")
@Deployment(resources = {ProcessModels.ANNUAL_FOLLOW_UP, ProcessModels.REPORT_REQUEST})
class CollectionScaleBenchmark {

    private static final long CYCLE = 7001;
    private static final int BODIES = Integer.getInteger("benchmark.bodies", 2000);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    @AfterEach
    void tearDown() {
        FollowUpModels.reset();
    }

    @Test
    void aCycleWithTwoThousandBodiesOpensSettlesAndAggregatesOnce() {
        ProcessEngine engine = extension.getProcessEngine();
        FollowUpModels models = new FollowUpModels(engine);
        long[] requests = LongStream.rangeClosed(100_001, 100_000 + BODIES).toArray();
        for (long request : requests) {
            models.request(request, "hub-reporter:BODY-" + request);
        }

        long start = System.nanoTime();
        models.process.collectionOpened(CYCLE);
        models.runDueJobs();
        Duration opening = Duration.ofNanos(System.nanoTime() - start);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(FollowUpProcess.REQUEST_PROCESS_KEY).count()).isEqualTo(BODIES);
        assertThat(models.calls.stream().filter(call -> call.startsWith("mail "))).hasSize(BODIES);
        long heapAfterOpening = usedHeap();

        start = System.nanoTime();
        for (long request : requests) {
            models.process.requestSubmitted(request);
            models.process.requestReviewed(request, true);
            models.settled.add(request);
        }
        models.runDueJobs();
        Duration settling = Duration.ofNanos(System.nanoTime() - start);

        assertThat(models.calls.stream().filter(call -> call.startsWith("aggregate "))).containsExactly("aggregate " + CYCLE);
        assertThat(models.process.waitingAt(CYCLE)).containsExactly(PREPARE_DRAFT_REPORT);
        System.out.printf("[benchmark] %d bodies: opening (request processes and mails) %d ms, submitting and approving"
                        + " all %d ms (%.1f ms per body), heap in use after opening %d MiB%n", BODIES, opening.toMillis(),
                settling.toMillis(), (double) settling.toMillis() / BODIES, heapAfterOpening / (1024 * 1024));
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
