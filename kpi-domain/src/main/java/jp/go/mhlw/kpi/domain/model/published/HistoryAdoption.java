package jp.go.mhlw.kpi.domain.model.published;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;

/**
 * Turning a cycle's printed figures into KPI values, so that the KPI history shows the years before the platform.
 * A value computed from submissions always wins: a printed figure only fills a gap, or refreshes a value that was
 * itself adopted from a printed figure (after the entry was corrected).
 */
public final class HistoryAdoption {

    /** What adopting one printed figure did. */
    public enum Outcome {
        /** No value existed; the printed figure became one. */
        ADOPTED,
        /** The value had been adopted before and the printed figure has changed since: it was replaced. */
        REFRESHED,
        /** The value had been adopted before from the same figure: nothing to do. */
        UNCHANGED,
        /** A value computed from submissions exists: it is kept and the printed figure is not used. */
        KEPT_COMPUTED
    }

    /** One printed figure and what became of it. Bean getters for screens. */
    public record Line(PublishedFigure figure, Outcome outcome, KpiValue value) {
        public Line {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(value, "value");
        }

        public PublishedFigure getFigure() {
            return figure;
        }

        public Outcome getOutcome() {
            return outcome;
        }

        public KpiValue getValue() {
            return value;
        }
    }

    private final List<Line> lines;

    public HistoryAdoption(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * Decides what to do with a printed figure, given the value already stored under its key (if any) and the
     * value the figure would become.
     */
    public static Outcome decide(Optional<KpiValue> existing, KpiValue candidate) {
        if (existing.isEmpty()) {
            return Outcome.ADOPTED;
        }
        KpiValue stored = existing.get();
        if (!stored.sameFigureAs(candidate)) {
            throw new IllegalArgumentException(stored + " is not the value of " + candidate);
        }
        if (!PublishedFigure.isAdoptedFromPublished(stored)) {
            return Outcome.KEPT_COMPUTED;
        }
        boolean same = stored.getValue().compareTo(candidate.getValue()) == 0
                && stored.getNumerator().compareTo(candidate.getNumerator()) == 0
                && stored.getDenominator().compareTo(candidate.getDenominator()) == 0
                && stored.getFormula().equals(candidate.getFormula())
                && stored.normalisation().equals(candidate.normalisation());
        return same ? Outcome.UNCHANGED : Outcome.REFRESHED;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Line> with(Outcome outcome) {
        return lines.stream().filter(line -> line.outcome() == outcome).toList();
    }

    public int getAdopted() {
        return with(Outcome.ADOPTED).size();
    }

    public int getRefreshed() {
        return with(Outcome.REFRESHED).size();
    }

    public int getUnchanged() {
        return with(Outcome.UNCHANGED).size();
    }

    public int getKeptComputed() {
        return with(Outcome.KEPT_COMPUTED).size();
    }
}
