package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;

@ApplicationScoped
public class JpaFollowUpCycleRepository implements FollowUpCycleRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaFollowUpCycleRepository() {
        // for CDI
    }

    JpaFollowUpCycleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<FollowUpCycle> findByPlan(String planCode) {
        return entityManager.createQuery(
                        "select c from FollowUpCycle c where c.plan.code = :plan order by c.fiscalYear", FollowUpCycle.class)
                .setParameter("plan", planCode)
                .getResultList();
    }

    @Override
    public long countByPlan(String planCode) {
        return entityManager.createQuery("select count(c) from FollowUpCycle c where c.plan.code = :plan", Long.class)
                .setParameter("plan", planCode)
                .getSingleResult();
    }

    @Override
    public Optional<FollowUpCycle> find(String planCode, JapaneseFiscalYear fiscalYear) {
        return entityManager.createQuery(
                        "select c from FollowUpCycle c where c.plan.code = :plan and c.fiscalYear = :year", FollowUpCycle.class)
                .setParameter("plan", planCode)
                .setParameter("year", fiscalYear.fiscalYear())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<FollowUpCycle> find(long cycleId) {
        return Optional.ofNullable(entityManager.find(FollowUpCycle.class, cycleId));
    }

    @Override
    public List<FollowUpCycle> findAll() {
        return entityManager.createQuery("select c from FollowUpCycle c order by c.fiscalYear desc, c.plan.code",
                FollowUpCycle.class).getResultList();
    }

    @Override
    public FollowUpCycle store(FollowUpCycle cycle) {
        if (cycle.getId() == null) {
            entityManager.persist(cycle);
            return cycle;
        }
        return entityManager.merge(cycle);
    }
}
