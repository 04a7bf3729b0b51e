package jp.go.mhlw.kpi.domain.computation;

/** A category's totals for one cycle: participants and courses. A course serving two categories counts in both. */
public record TrainingTally(int category, long participants, long courses) {

    public TrainingTally {
        TrainingCategory.of(category);
        if (participants < 0 || courses < 0) {
            throw new IllegalArgumentException("training category " + category + ": participants (" + participants
                    + ") and courses (" + courses + ") cannot be negative");
        }
        if (courses == 0 && participants > 0) {
            throw new IllegalArgumentException("training category " + category + ": " + participants
                    + " participants but no course");
        }
    }
}
