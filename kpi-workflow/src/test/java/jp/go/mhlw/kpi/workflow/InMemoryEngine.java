package jp.go.mhlw.kpi.workflow;

import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.tasks.TaskSubject;
import jp.go.mhlw.kpi.application.tasks.TaskSubjects;
import jp.go.mhlw.kpi.workflow.engine.CamundaSchema;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An in-memory engine for process tests, configured like production where it matters: tables created by
 * {@link CamundaSchema} (the engine only checks them), AUDIT history, UUID ids. No job executor: tests run
 * jobs by hand.
 */
final class InMemoryEngine {

    private static ProcessEngine engine;

    /** What tasks are about, as the test that creates them sets it; nothing by default. */
    static volatile TaskSubjects subjects = new NoSubjects();

    private InMemoryEngine() {
    }

    static synchronized ProcessEngine get() {
        if (engine == null) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            CamundaSchema.migrate(dataSource);
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setProcessEngineName("process-tests");
            configuration.setDataSource(dataSource);
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
            configuration.setIdGenerator(new StrongUuidGenerator());
            configuration.setJobExecutorActivate(false);
            configuration.setCmmnEnabled(false);
            // delegates and beans of the models are registered per test with Mocks
            configuration.setExpressionManager(new MockExpressionManager());
            configuration.setCustomPreBPMNParseListeners(List.of(new TaskSubjectListener(() -> subjects).parseListener()));
            engine = configuration.buildProcessEngine();
        }
        return engine;
    }

    /** No case, request or cycle is known. */
    static class NoSubjects implements TaskSubjects {

        @Override
        public Optional<TaskSubject> ofSupplyCase(String caseNumber) {
            return Optional.empty();
        }

        @Override
        public Optional<TaskSubject> ofRequest(long requestId) {
            return Optional.empty();
        }

        @Override
        public Optional<TaskSubject> ofCycle(long cycleId) {
            return Optional.empty();
        }
    }
}
