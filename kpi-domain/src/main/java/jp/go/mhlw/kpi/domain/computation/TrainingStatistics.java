package jp.go.mhlw.kpi.domain.computation;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Training KPIs (goal 1): totals per category, participants per course, year-over-year participants. */
public final class TrainingStatistics {

    private TrainingStatistics() {
    }

    /** Totals for categories 1..6 (all six present, zero when no course serves a category). */
    public static Map<Integer, TrainingTally> tallyByCategory(Collection<TrainingCourse> courses) {
        Map<Integer, TrainingTally> tallies = new TreeMap<>();
        for (TrainingCategory category : TrainingCategory.values()) {
            int number = category.number();
            long participants = 0;
            long count = 0;
            for (TrainingCourse course : courses) {
                if (course.serves(number)) {
                    participants += course.participants();
                    count++;
                }
            }
            tallies.put(number, new TrainingTally(number, participants, count));
        }
        return tallies;
    }

    public static KpiFigure participantsPerCourse(String cycle, TrainingTally tally) {
        String label = "participants per course, " + TrainingCategory.of(tally.category()).displayLabel() + ", " + cycle;
        if (tally.courses() == 0) {
            throw new IllegalArgumentException(label + ": no course, so no average");
        }
        return KpiFigure.quotient(label,
                "participants / courses = " + tally.participants() + " / " + tally.courses(),
                FigureUnit.AVERAGE, Decimals.of(tally.participants()), Decimals.of(tally.courses()));
    }

    /** Participants of a category this cycle against last cycle, both normalised to a year. */
    public static KpiFigure participantsRatio(int category, long current, PeriodNormalisation currentPeriod,
                                              long previous, PeriodNormalisation previousPeriod) {
        String label = "participants " + currentPeriod.cycle() + " vs " + previousPeriod.cycle() + ", "
                + TrainingCategory.of(category).displayLabel();
        return YearOverYear.ratio(label, Decimals.of(current), currentPeriod, Decimals.of(previous), previousPeriod);
    }
}
