package jp.go.mhlw.kpi.domain.model.published;

import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;

/** Figures as the committee printed them, per cycle. */
public interface PublishedFigureRepository {

    /** Adds a new figure or saves changes to a loaded one. */
    PublishedFigure store(PublishedFigure figure);

    Optional<PublishedFigure> findById(long id);

    Optional<PublishedFigure> find(FollowUpCycle cycle, Kpi kpi, String breakdown, FigureUnit unit);

    /** The cycle's printed figures in catalogue order: goal, KPI, breakdown key (as the catalogue lists them), unit. */
    List<PublishedFigure> findByCycle(FollowUpCycle cycle);

    /**
     * The cycles published before this application, in one query: published, with printed figures and without a
     * report version of the application. Newest fiscal year first.
     */
    List<FollowUpCycle> cyclesPublishedAsPrinted();
}
