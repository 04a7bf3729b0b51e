package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.util.Objects;

/** One category of the published training table: participants, courses, and the printed participants per course. */
public record PrintedTrainingRow(int category, long participants, long courses, BigDecimal participantsPerCourse) {

    public PrintedTrainingRow {
        TrainingCategory.of(category);
        if (participants < 0 || courses <= 0) {
            throw new IllegalArgumentException("printed training row " + category + ": participants (" + participants
                    + ") cannot be negative and courses (" + courses + ") must be positive");
        }
        Objects.requireNonNull(participantsPerCourse, () -> "printed training row " + category
                + ": participants per course is required");
    }
}
