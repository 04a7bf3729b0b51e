package jp.go.mhlw.kpi.workflow.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.go.mhlw.kpi.infrastructure.persistence.DatabaseSchema;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Starts the embedded process engine when the application is deployed and closes it when it is undeployed.
 *
 * <p>The engine shares the application's datasource and joins its JTA transactions, so that a task completed
 * from a screen and the domain change behind it commit or roll back together. Jobs run on a managed executor of
 * the application's own, so delegates see the application's CDI beans and security-free system context. It runs at
 * most {@value #JOB_THREADS} jobs at once: each job holds database connections while it runs, and the container's
 * default executor, unbounded, ran dozens at once when a cycle opened for 2,000 bodies and emptied the connection
 * pool, so that no job could finish (docs/performance.md, P2).
 */
@ManagedExecutorDefinition(name = ProcessEngineBootstrap.JOB_EXECUTOR, maxAsync = ProcessEngineBootstrap.JOB_THREADS)
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngineBootstrap {

    /** The engine's name; camunda-engine-cdi resolves the default engine by it. */
    public static final String ENGINE_NAME = "default";

    static final String JOB_EXECUTOR = "java:app/concurrent/kpi-engine-jobs";

    /** Jobs running at once: with the request threads, well within the connection pool (scripts/stack.sh). */
    static final int JOB_THREADS = 6;

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "jdbc/kpi")
    private DataSource dataSource;

    @Resource(lookup = "java:appserver/TransactionManager")
    private TransactionManager transactionManager;

    @Resource(lookup = JOB_EXECUTOR)
    private ManagedExecutorService managedExecutor;

    @Inject
    private DatabaseSchema databaseSchema;

    /** The application's parse listeners (each user task records its subject), found as beans. */
    @Inject
    @Any
    private Instance<ApplicationParseListener> parseListeners;

    private volatile ProcessEngine processEngine;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // lifecycle callbacks ignore the class-level attribute
    void start() {
        databaseSchema.ensureMigrated(); // the application's tables first, then the engine's
        CamundaSchema.migrate(dataSource);
        processEngine = configuration().buildProcessEngine();
        deployModels();
        LOG.info(() -> "Process engine '" + ENGINE_NAME + "' started with models " + ProcessModels.ALL);
    }

    private ProcessEngineConfiguration configuration() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        // AUDIT keeps process, activity and task history (timeliness, who did what in the engine) without
        // every variable change; the application's own audit trail lives in its domain tables.
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutor(new ManagedJobExecutor(managedExecutor));
        configuration.setJobExecutorActivate(true);
        // jobs with a priority first (a year's next batch of request starts before its 2,000 e-mails); the others in
        // the engine's default order
        configuration.setJobExecutorAcquireByPriority(true);
        configuration.setExpressionManager(new CdiExpressionManager());
        configuration.setCmmnEnabled(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setCustomPreBPMNParseListeners(parseListeners.stream().map(BpmnParseListener.class::cast).toList());
        return configuration;
    }

    /**
     * All models in one deployment, and a new one only when a model changed; then all of them again, not only the
     * changed ones: the supply flows call the processes deployed with them (binding "deployment"), so a caller's
     * deployment must hold what it calls.
     */
    private void deployModels() {
        DeploymentBuilder deployment = processEngine.getRepositoryService().createDeployment()
                .name("kpi-models")
                .source("kpi-ear")
                .enableDuplicateFiltering(false);
        ProcessModels.ALL.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }

    @PreDestroy
    void stop() {
        if (processEngine != null) {
            processEngine.close();
            LOG.info("Process engine closed");
        }
    }

    public ProcessEngine processEngine() {
        if (processEngine == null) {
            throw new IllegalStateException("The process engine has not started");
        }
        return processEngine;
    }
}
