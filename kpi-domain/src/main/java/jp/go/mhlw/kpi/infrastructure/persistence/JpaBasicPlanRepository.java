package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.catalogue.Vision;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;

@ApplicationScoped
public class JpaBasicPlanRepository implements BasicPlanRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaBasicPlanRepository() {
        // for CDI
    }

    JpaBasicPlanRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<BasicPlan> findAll() {
        return entityManager.createQuery("select p from BasicPlan p order by p.validFrom, p.code", BasicPlan.class)
                .getResultList();
    }

    @Override
    public Optional<BasicPlan> findByCode(String planCode) {
        return entityManager.createQuery("select p from BasicPlan p where p.code = :code", BasicPlan.class)
                .setParameter("code", planCode)
                .getResultStream()
                .findFirst();
    }

    /** Three flat queries instead of lazy collections, so the tree is complete when it leaves the transaction. */
    @Override
    public Optional<PlanCatalogue> findCatalogue(String planCode) {
        return findByCode(planCode).map(plan -> PlanCatalogue.assemble(plan,
                entityManager.createQuery("select v from Vision v where v.plan = :plan", Vision.class)
                        .setParameter("plan", plan).getResultList(),
                entityManager.createQuery("select g from Goal g where g.plan = :plan", Goal.class)
                        .setParameter("plan", plan).getResultList(),
                entityManager.createQuery("select k from Kpi k where k.plan = :plan", Kpi.class)
                        .setParameter("plan", plan).getResultList()));
    }

    @Override
    public Optional<Kpi> findKpi(String planCode, String kpiCode) {
        return entityManager.createQuery("select k from Kpi k where k.plan.code = :plan and k.code = :code", Kpi.class)
                .setParameter("plan", planCode)
                .setParameter("code", kpiCode)
                .getResultStream()
                .findFirst();
    }

    /** One by one rather than in bulk, so the persistence context forgets what it had loaded of them. */
    @Override
    public void removeCatalogue(BasicPlan plan) {
        entityManager.createQuery("select t from KpiTarget t where t.plan = :plan", KpiTarget.class)
                .setParameter("plan", plan).getResultList().forEach(entityManager::remove);
        entityManager.createQuery("select k from Kpi k where k.plan = :plan", Kpi.class)
                .setParameter("plan", plan).getResultList().forEach(entityManager::remove);
        entityManager.flush();
        entityManager.createQuery("select g from Goal g where g.plan = :plan", Goal.class)
                .setParameter("plan", plan).getResultList().forEach(entityManager::remove);
        entityManager.flush();
        entityManager.createQuery("select v from Vision v where v.plan = :plan", Vision.class)
                .setParameter("plan", plan).getResultList().forEach(entityManager::remove);
        entityManager.flush();
    }

    @Override
    public void storeNew(PlanCatalogue catalogue) {
        entityManager.persist(catalogue.plan());
        for (PlanCatalogue.VisionNode vision : catalogue.visions()) {
            entityManager.persist(vision.vision());
            for (PlanCatalogue.GoalNode goal : vision.goals()) {
                entityManager.persist(goal.goal());
                goal.kpis().forEach(entityManager::persist);
            }
        }
    }
}
