package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTargetRepository;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.organisation.ProgrammeRepository;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigureRepository;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that go through JPA: one H2 database migrated by Flyway for the whole test run, the
 * "kpi-test" persistence unit over it, and a transaction per test that is always rolled back, so the tests
 * neither see each other's data nor depend on their order. Also gives other packages' tests the repositories.
 */
public abstract class JpaTestSupport {

    private static EntityManagerFactory factory;

    protected EntityManager entityManager;

    @BeforeEach
    protected void beginTransaction() {
        entityManager = factory().createEntityManager();
        entityManager.getTransaction().begin();
    }

    @AfterEach
    protected void rollBack() {
        if (entityManager.getTransaction().isActive()) {
            entityManager.getTransaction().rollback();
        }
        entityManager.close();
    }

    /** Writes pending changes and forgets loaded entities, so the next query reads what the database holds. */
    protected void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }

    protected BasicPlanRepository basicPlans() {
        return new JpaBasicPlanRepository(entityManager);
    }

    protected FollowUpCycleRepository cycles() {
        return new JpaFollowUpCycleRepository(entityManager);
    }

    protected JpaSubmissionSources submissionSources() {
        return new JpaSubmissionSources(entityManager);
    }

    protected KpiValueRepository kpiValues() {
        return new JpaKpiValueRepository(entityManager);
    }

    protected OrganisationRepository organisations() {
        return new JpaOrganisationRepository(entityManager);
    }

    protected JpaAuditRepository auditRecords() {
        return new JpaAuditRepository(entityManager);
    }

    protected ProgrammeRepository programmes() {
        return new JpaProgrammeRepository(entityManager);
    }

    protected PublishedFigureRepository publishedFigures() {
        return new JpaPublishedFigureRepository(entityManager);
    }

    protected jp.go.mhlw.kpi.domain.model.report.CycleReportRepository cycleReports() {
        return new JpaCycleReportRepository(entityManager);
    }

    protected KpiTargetRepository kpiTargets() {
        return new JpaKpiTargetRepository(entityManager);
    }

    protected ReportRequestRepository reportRequests() {
        return new JpaReportRequestRepository(entityManager);
    }

    protected JpaSubmissionRepository submissionRows() {
        return new JpaSubmissionRepository(entityManager);
    }

    protected JpaAccountRequestRepository accountRequests() {
        return new JpaAccountRequestRepository(entityManager);
    }

    protected JpaSettingRepository settings() {
        return new JpaSettingRepository(entityManager);
    }

    protected JpaSupplyCaseRepository supplyCases() {
        return new JpaSupplyCaseRepository(entityManager);
    }

    private static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            // never closed: the in-memory database lives as long as the test JVM
            TestDatabase database = TestDatabase.h2();
            database.migrate(TestDatabase.REFERENCE_DATA);
            factory = Persistence.createEntityManagerFactory("kpi-test",
                    Map.of("jakarta.persistence.jdbc.url", database.url()));
        }
        return factory;
    }
}
