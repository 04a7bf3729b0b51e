package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;

@ApplicationScoped
public class JpaReportRequestRepository implements ReportRequestRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaReportRequestRepository() {
        // for CDI
    }

    JpaReportRequestRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<ReportRequest> find(long requestId) {
        return Optional.ofNullable(entityManager.find(ReportRequest.class, requestId));
    }

    @Override
    public Optional<ReportRequest> findForUpdate(long requestId) {
        return Optional.ofNullable(entityManager.find(ReportRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ReportRequest> findByCycle(long cycleId) {
        return entityManager.createQuery("select r from ReportRequest r join fetch r.organisation o"
                        + " where r.cycle.id = :cycle order by o.kind, o.code", ReportRequest.class)
                .setParameter("cycle", cycleId)
                .getResultList();
    }

    @Override
    public List<ReportRequest> findByOrganisation(String organisationCode) {
        return entityManager.createQuery("select r from ReportRequest r where r.organisation.code = :code"
                        + " order by r.cycle.fiscalYear desc, r.id desc", ReportRequest.class)
                .setParameter("code", organisationCode)
                .getResultList();
    }

    @Override
    public void store(ReportRequest request) {
        entityManager.persist(request);
    }
}
