package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.lineage.KpiHistory;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;

@ApplicationScoped
public class JpaKpiValueRepository implements KpiValueRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaKpiValueRepository() {
        // for CDI
    }

    JpaKpiValueRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Updates the existing row in place on recomputation: a delete and insert would trip the unique key. */
    @Override
    public KpiValue store(KpiValue value) {
        if (value.getId() != null) {
            return entityManager.merge(value);
        }
        Optional<KpiValue> existing = find(value.getCycle(), value.getKpi(), value.getBreakdown(), value.getUnit());
        if (existing.isPresent()) {
            existing.get().replaceWith(value);
            return existing.get();
        }
        entityManager.persist(value);
        return value;
    }

    @Override
    public void remove(KpiValue value) {
        entityManager.remove(entityManager.contains(value) ? value : entityManager.merge(value));
    }

    @Override
    public Optional<KpiValue> find(FollowUpCycle cycle, Kpi kpi, String breakdown, FigureUnit unit) {
        return entityManager.createQuery("select v from KpiValue v where v.cycle = :cycle and v.kpi = :kpi"
                        + " and v.breakdown = :breakdown and v.unit = :unit", KpiValue.class)
                .setParameter("cycle", cycle)
                .setParameter("kpi", kpi)
                .setParameter("breakdown", breakdown)
                .setParameter("unit", unit)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<KpiValue> findByCycle(FollowUpCycle cycle) {
        return entityManager.createQuery("select v from KpiValue v where v.cycle = :cycle"
                        + " order by v.kpi.goal.number, v.kpi.displayOrder, v.breakdown, v.unit", KpiValue.class)
                .setParameter("cycle", cycle)
                .getResultList();
    }

    @Override
    public KpiHistory findHistory(Kpi kpi) {
        return new KpiHistory(kpi, entityManager.createQuery("select v from KpiValue v where v.kpi = :kpi"
                        + " order by v.cycle.fiscalYear, v.breakdown, v.unit", KpiValue.class)
                .setParameter("kpi", kpi)
                .getResultList());
    }

    @Override
    public Optional<KpiValue> findById(long id) {
        return Optional.ofNullable(entityManager.find(KpiValue.class, id));
    }
}
