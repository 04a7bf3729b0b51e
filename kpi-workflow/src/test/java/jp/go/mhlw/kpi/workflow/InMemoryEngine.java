package jp.go.mhlw.kpi.workflow;

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
            engine = configuration.buildProcessEngine();
        }
        return engine;
    }
}
