package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A relative KPI target: a rule over this cycle's figure and the previous cycle's (already normalised) figure,
 * as the committee proposes them ("participants ≥ 1.2 × last year", "share up by ≥ 1 point", "more than last year").
 * Comparisons use full precision, never the rounded display.
 */
public sealed interface TargetRule
        permits TargetRule.AtLeastMultipleOfPrevious, TargetRule.UpByAtLeastPoints, TargetRule.HigherThanPrevious {

    /** The rule as shown to the committee. */
    String describe();

    /** Whether {@code current} meets the rule against {@code previous}; both are present and of the same unit. */
    boolean isMet(KpiFigure previous, KpiFigure current);

    /**
     * The value this cycle has to reach given the previous cycle's value, for drawing the target beside the history
     * (a figure must exceed it strictly for {@link HigherThanPrevious}, reach it for the others).
     */
    BigDecimal threshold(BigDecimal previous);

    default TargetEvaluation evaluate(Optional<KpiFigure> previous, Optional<KpiFigure> current) {
        if (previous.isEmpty() || current.isEmpty()) {
            String missing = previous.isEmpty() && current.isEmpty() ? "both cycles"
                    : previous.isEmpty() ? "the previous cycle" : "this cycle";
            return new TargetEvaluation(this, Achievement.NO_DATA, describe() + ": no figure for " + missing,
                    previous.or(() -> current).stream().toList());
        }
        KpiFigure before = previous.get();
        KpiFigure now = current.get();
        if (before.unit() != now.unit()) {
            throw new IllegalArgumentException(describe() + ": cannot compare " + before.label() + " (" + before.unit()
                    + ") with " + now.label() + " (" + now.unit() + ")");
        }
        Achievement achievement = isMet(before, now) ? Achievement.MET : Achievement.NOT_MET;
        String explanation = describe() + ": " + now.display() + " against " + before.display() + " → " + achievement;
        return new TargetEvaluation(this, achievement, explanation, List.of(before, now));
    }

    /** current ≥ multiple × previous, e.g. participants ≥ 1.2 × last year's normalised participants. */
    record AtLeastMultipleOfPrevious(BigDecimal multiple) implements TargetRule {
        public AtLeastMultipleOfPrevious {
            Objects.requireNonNull(multiple, "multiple is required");
            if (multiple.signum() <= 0) {
                throw new IllegalArgumentException("target multiple must be positive, was " + multiple);
            }
        }

        @Override
        public String describe() {
            return "≥ " + multiple.toPlainString() + " × previous cycle";
        }

        @Override
        public boolean isMet(KpiFigure previous, KpiFigure current) {
            return current.value().compareTo(previous.value().multiply(multiple)) >= 0;
        }

        @Override
        public BigDecimal threshold(BigDecimal previous) {
            return previous.multiply(multiple);
        }
    }

    /** A share rises by at least the given percentage points, e.g. venture share up by ≥ 1 pt. */
    record UpByAtLeastPoints(BigDecimal points) implements TargetRule {
        public UpByAtLeastPoints {
            Objects.requireNonNull(points, "points are required");
        }

        @Override
        public String describe() {
            return "share up by ≥ " + points.toPlainString() + " pt";
        }

        @Override
        public boolean isMet(KpiFigure previous, KpiFigure current) {
            KpiFigure change = Shares.pointChange("change", previous, current);
            return change.value().compareTo(points) >= 0;
        }

        @Override
        public BigDecimal threshold(BigDecimal previous) {
            return previous.add(points);
        }
    }

    /** Strictly higher than the previous cycle ("more venture members", "stage-up ratio up"). */
    record HigherThanPrevious() implements TargetRule {
        @Override
        public String describe() {
            return "higher than previous cycle";
        }

        @Override
        public boolean isMet(KpiFigure previous, KpiFigure current) {
            return current.value().compareTo(previous.value()) > 0;
        }

        @Override
        public BigDecimal threshold(BigDecimal previous) {
            return previous;
        }
    }
}
