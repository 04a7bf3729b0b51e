package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
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
    public List<ReportRequest> findByOrganisation(String organisationCode, Collection<SubmissionKind> kinds, int first,
            int max) {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one request");
        }
        if (kinds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r from ReportRequest r where r.organisation.code = :code"
                        + " and r.kind in :kinds order by r.cycle.fiscalYear desc, r.id desc", ReportRequest.class)
                .setParameter("code", organisationCode)
                .setParameter("kinds", kinds)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countByOrganisation(String organisationCode, Collection<SubmissionKind> kinds) {
        if (kinds.isEmpty()) {
            return 0;
        }
        return entityManager.createQuery("select count(r) from ReportRequest r where r.organisation.code = :code"
                        + " and r.kind in :kinds", Long.class)
                .setParameter("code", organisationCode)
                .setParameter("kinds", kinds)
                .getSingleResult();
    }

    @Override
    public void store(ReportRequest request) {
        entityManager.persist(request);
    }
}
