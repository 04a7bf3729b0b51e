package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigureRepository;

@ApplicationScoped
public class JpaPublishedFigureRepository implements PublishedFigureRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaPublishedFigureRepository() {
        // for CDI
    }

    JpaPublishedFigureRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public PublishedFigure store(PublishedFigure figure) {
        if (figure.getId() == null) {
            entityManager.persist(figure);
            return figure;
        }
        return entityManager.merge(figure);
    }

    @Override
    public Optional<PublishedFigure> findById(long id) {
        return Optional.ofNullable(entityManager.find(PublishedFigure.class, id));
    }

    @Override
    public Optional<PublishedFigure> find(FollowUpCycle cycle, Kpi kpi, String breakdown, FigureUnit unit) {
        return entityManager.createQuery("select f from PublishedFigure f where f.cycle = :cycle and f.kpi = :kpi"
                        + " and f.breakdown = :breakdown and f.unit = :unit", PublishedFigure.class)
                .setParameter("cycle", cycle)
                .setParameter("kpi", kpi)
                .setParameter("breakdown", breakdown)
                .setParameter("unit", unit)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PublishedFigure> findByCycle(FollowUpCycle cycle) {
        return entityManager.createQuery("select f from PublishedFigure f where f.cycle = :cycle", PublishedFigure.class)
                .setParameter("cycle", cycle)
                .getResultList()
                .stream()
                .sorted(CATALOGUE_ORDER)
                .toList();
    }

    /** Breakdown keys in the order the catalogue lists them (TOTAL first), not alphabetically. */
    static final Comparator<PublishedFigure> CATALOGUE_ORDER = Comparator
            .comparingInt((PublishedFigure f) -> f.getKpi().getGoal().getNumber())
            .thenComparingInt(f -> f.getKpi().getDisplayOrder())
            .thenComparingInt(f -> BreakdownOrder.position(f.getKpi(), f.getBreakdown()))
            .thenComparing(PublishedFigure::getUnit);

    @Override
    public List<FollowUpCycle> cyclesPublishedAsPrinted() {
        return entityManager.createQuery("select c from FollowUpCycle c where c.status = :published"
                        + " and exists (select f.id from PublishedFigure f where f.cycle = c)"
                        + " and not exists (select p.id from PublishedReport p where p.cycle = c)"
                        + " order by c.fiscalYear desc, c.plan.code", FollowUpCycle.class)
                .setParameter("published", CycleStatus.PUBLISHED)
                .getResultList();
    }
}
