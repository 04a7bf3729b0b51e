package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTargetRepository;

@ApplicationScoped
public class JpaKpiTargetRepository implements KpiTargetRepository {

    private static final Comparator<KpiTarget> CATALOGUE_ORDER = Comparator
            .comparingInt((KpiTarget t) -> t.getKpi().getGoal().getNumber())
            .thenComparingInt(t -> t.getKpi().getDisplayOrder())
            .thenComparingInt(t -> BreakdownOrder.position(t.getKpi(), t.getBreakdown()))
            .thenComparing(KpiTarget::getUnit)
            .thenComparing(KpiTarget::getEffectiveFrom)
            .thenComparing(KpiTarget::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaKpiTargetRepository() {
        // for CDI
    }

    JpaKpiTargetRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public KpiTarget store(KpiTarget target) {
        if (target.getId() == null) {
            entityManager.persist(target);
            return target;
        }
        return entityManager.merge(target);
    }

    @Override
    public Optional<KpiTarget> findById(long id) {
        return Optional.ofNullable(entityManager.find(KpiTarget.class, id));
    }

    @Override
    public List<KpiTarget> findByPlan(String planCode) {
        return entityManager.createQuery("select t from KpiTarget t where t.plan.code = :plan", KpiTarget.class)
                .setParameter("plan", planCode)
                .getResultList()
                .stream()
                .sorted(CATALOGUE_ORDER)
                .toList();
    }
}
