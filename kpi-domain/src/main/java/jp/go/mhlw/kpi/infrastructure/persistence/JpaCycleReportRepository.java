package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.report.CommitteeComment;
import jp.go.mhlw.kpi.domain.model.report.CycleReport;
import jp.go.mhlw.kpi.domain.model.report.CycleReportRepository;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;
import jp.go.mhlw.kpi.domain.model.report.PublishedReportSummary;

@ApplicationScoped
public class JpaCycleReportRepository implements CycleReportRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaCycleReportRepository() {
        // for CDI
    }

    JpaCycleReportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<CycleReport> findByCycle(FollowUpCycle cycle) {
        return entityManager.createQuery("select r from CycleReport r where r.cycle = :cycle", CycleReport.class)
                .setParameter("cycle", cycle)
                .getResultStream()
                .findFirst();
    }

    @Override
    public CycleReport store(CycleReport report) {
        if (report.getId() == null) {
            entityManager.persist(report);
            return report;
        }
        return entityManager.merge(report);
    }

    @Override
    public CommitteeComment add(CommitteeComment comment) {
        entityManager.persist(comment);
        return comment;
    }

    @Override
    public List<CommitteeComment> comments(CycleReport report) {
        return entityManager.createQuery("select c from CommitteeComment c where c.report = :report"
                        + " order by c.writtenAt, c.id", CommitteeComment.class)
                .setParameter("report", report)
                .getResultList();
    }

    @Override
    public PublishedReport add(PublishedReport report) {
        entityManager.persist(report);
        return report;
    }

    @Override
    public PublishedReport store(PublishedReport report) {
        return entityManager.merge(report);
    }

    @Override
    public List<PublishedReport> versions(FollowUpCycle cycle) {
        return entityManager.createQuery("select p from PublishedReport p where p.cycle = :cycle"
                        + " order by p.versionNumber desc", PublishedReport.class)
                .setParameter("cycle", cycle)
                .getResultList();
    }

    @Override
    public List<PublishedReportSummary> latestVersions() {
        return entityManager.createQuery("select new " + PublishedReportSummary.class.getName()
                        + "(p.cycle, p.versionNumber, p.publishedAt) from PublishedReport p where p.supersededAt is null"
                        + " order by p.cycle.fiscalYear desc, p.cycle.plan.code", PublishedReportSummary.class)
                .getResultList();
    }
}
