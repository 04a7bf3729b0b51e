package jp.go.mhlw.kpi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The bare-engine baseline of scenario P1 (docs/performance.md): how many supply cases per second the process engine
 * alone starts and carries through the same steps, with none of the application around it.
 *
 * <p>A standalone Camunda engine of the version the application embeds, on its own PostgreSQL database
 * ({@code kpi_bench_engine}, emptied at every run), configured as kpi-workflow's {@code ProcessEngineBootstrap}
 * configures the application's (history AUDIT, strong UUIDs, the job executor active with the engine's default
 * acquisition, CMMN off, history time to live enforced), deploys the same models from the {@code bpmn} module in one
 * deployment. The delegates and listeners the models name are beans that do nothing, so only the engine is measured.
 * Each case makes the engine calls kpi-workflow's {@code SupplyCaseProcess} makes for it: the first report starts
 * flow A (after the check that the case has no flow yet), the additional report completes {@code fileAdditionalReport},
 * the triage completes {@code triageReport} with the clinical impact. {@code concurrency} threads work through the
 * cases as that many makers would, one case after another.
 *
 * <p>System properties: {@code bench.engine.jdbcUrl}, {@code bench.engine.user}, {@code bench.engine.password},
 * {@code bench.instances} (2,000), {@code bench.concurrency} (8), {@code bench.warmup} (200 cases, not counted).
 */
public final class BareEngineBaseline {

    static final String DEFAULT_JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/kpi_bench_engine";

    /** The models the application deploys, as kpi-workflow's {@code ProcessModels.ALL} lists them. */
    static final List<String> MODELS = List.of("bpmn/annual-follow-up.bpmn", "bpmn/supply-disruption.bpmn",
            "bpmn/supply-termination.bpmn", "bpmn/coordinate-alternatives.bpmn", "bpmn/report-request.bpmn",
            "bpmn/account-request.bpmn", "bpmn/step-mail.bpmn");

    /** Every delegate and listener name the models use in a {@code delegateExpression}. */
    static final List<String> DELEGATE_NAMES = List.of("aggregateKpis", "createManufacturerAccount",
            "recordCollectionEnded", "requestSettled", "sendReminder", "sendRequestMail", "sendStepMail",
            "startReportRequests", "stepMail");

    private static final String DISRUPTION = "supply-disruption";
    private static final String[] FLOW_KEYS = {DISRUPTION, "supply-termination"};
    private static final String[] PROCESS_KEYS = {DISRUPTION, "supply-termination", "coordinate-alternatives"};

    /** The application's connection pool allows 30 connections (scripts/stack.sh, kpi-pool). */
    private static final int MAX_CONNECTIONS = 30;

    private BareEngineBaseline() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.engine.jdbcUrl", DEFAULT_JDBC_URL);
        String user = System.getProperty("bench.engine.user", "postgres");
        String password = System.getProperty("bench.engine.password", "");
        int instances = Integer.getInteger("bench.instances", 2000);
        int concurrency = Integer.getInteger("bench.concurrency", 8);
        int warmup = Integer.getInteger("bench.warmup", 200);

        emptySchema(url, user, password);
        ProcessEngine engine = configuration(url, user, password).buildProcessEngine();
        try {
            deployModels(engine);
            System.out.printf(Locale.ROOT, "Bare engine %s on %s, %d models, %d threads, %d cases per run (%d to warm up)%n",
                    ProcessEngine.class.getPackage().getImplementationVersion(), url, MODELS.size(), concurrency,
                    instances, warmup);
            run(engine, "warm-up", warmup, concurrency, true);
            List<Result> results = List.of(
                    run(engine, "first report + additional report", instances, concurrency, false),
                    run(engine, "first report + additional report + triage", instances, concurrency, true));
            results.forEach(result -> System.out.println(result.line()));
            if (results.stream().anyMatch(result -> result.failed() > 0)) {
                System.exit(1);
            }
        } finally {
            engine.close();
        }
    }

    static ProcessEngineConfiguration configuration(String url, String user, String password) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench");
        configuration.setJdbcUrl(url);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcMaxActiveConnections(MAX_CONNECTIONS);
        configuration.setJdbcMaxIdleConnections(MAX_CONNECTIONS);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // as ProcessEngineBootstrap configures the application's engine
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(true);
        configuration.setJobExecutorAcquireByPriority(true);
        configuration.setCmmnEnabled(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setDefaultSerializationFormat("application/json");
        Map<Object, Object> beans = new HashMap<>();
        DELEGATE_NAMES.forEach(name -> beans.put(name, new Nothing()));
        configuration.setBeans(beans);
        return configuration;
    }

    /** Each run starts from empty engine tables; refused for a database whose name does not say it is for this. */
    static void emptySchema(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            String database = connection.getCatalog();
            if (database == null || !database.contains("bench")) {
                throw new IllegalArgumentException("The baseline empties its database: name one for it ("
                        + DEFAULT_JDBC_URL + "), not " + database);
            }
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    static void deployModels(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("kpi-models");
        MODELS.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }

    static Result run(ProcessEngine engine, String name, int cases, int concurrency, boolean triage) throws Exception {
        String prefix = "SC-BENCH-" + Long.toString(System.nanoTime(), 36) + "-";
        long[] durations = new long[cases];
        AtomicInteger failed = new AtomicInteger();
        ExecutorService makers = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> done = new ArrayList<>(cases);
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            int index = i;
            done.add(makers.submit(() -> {
                long began = System.nanoTime();
                try {
                    supplyCase(engine, prefix + index, triage);
                } catch (RuntimeException e) {
                    if (failed.getAndIncrement() == 0) {
                        e.printStackTrace();
                    }
                }
                durations[index] = System.nanoTime() - began;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        long elapsed = System.nanoTime() - start;
        makers.shutdown();
        makers.awaitTermination(1, TimeUnit.MINUTES);
        return new Result(name, cases, concurrency, elapsed, durations, failed.get());
    }

    /** One case as the application's facade drives the engine for it. */
    static void supplyCase(ProcessEngine engine, String caseNumber, boolean triage) {
        long existing = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(FLOW_KEYS)
                .processInstanceBusinessKey(caseNumber).count();
        if (existing > 0) {
            throw new IllegalStateException("The process of supply case " + caseNumber + " has already been started");
        }
        engine.getRuntimeService().startProcessInstanceByKey(DISRUPTION, caseNumber, Variables.createVariables()
                .putValue("caseId", caseNumber)
                .putValue("manufacturerOrg", "MAKER-A")
                .putValue("additionalReportDue", "P14D")
                .putValue("triageDue", "P7D")
                .putValue("responseDue", "P14D")
                .putValue("additionalReportFiled", false));
        complete(engine, caseNumber, "fileAdditionalReport", Variables.createVariables());
        if (triage) {
            complete(engine, caseNumber, "triageReport", Variables.createVariables().putValue("clinicalImpact", "SMALL"));
        }
    }

    private static void complete(ProcessEngine engine, String caseNumber, String step, VariableMap variables) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery()
                .processDefinitionKeyIn(PROCESS_KEYS)
                .processInstanceBusinessKey(caseNumber)
                .orderByTaskCreateTime().asc()
                .list().stream()
                .filter(open -> open.getTaskDefinitionKey().equals(step))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Supply case " + caseNumber + " is not waiting at " + step));
        tasks.complete(task.getId(), variables);
    }

    record Result(String name, int cases, int concurrency, long elapsedNanos, long[] durations, int failed) {

        double perSecond() {
            return cases / (elapsedNanos / 1e9);
        }

        long percentileMillis(double percentile) {
            long[] sorted = durations.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
            return TimeUnit.NANOSECONDS.toMillis(sorted[Math.max(0, rank)]);
        }

        String line() {
            return String.format(Locale.ROOT, "%s: %d cases in %.1f s = %.1f cases/s with %d threads "
                    + "(per case p50 %d ms, p95 %d ms, p99 %d ms), %d failed", name, cases, elapsedNanos / 1e9,
                    perSecond(), concurrency, percentileMillis(50), percentileMillis(95), percentileMillis(99), failed);
        }
    }

    /** What every delegate and listener of the models does here: nothing. */
    static final class Nothing implements JavaDelegate, TaskListener, ExecutionListener {

        @Override
        public void execute(DelegateExecution execution) {
            // the baseline measures the engine alone
        }

        @Override
        public void notify(DelegateTask task) {
            // the baseline measures the engine alone
        }

        @Override
        public void notify(DelegateExecution execution) {
            // the baseline measures the engine alone
        }
    }
}
