package jp.go.mhlw.kpi.domain.model.submission;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.computation.TrainingCourse;

/**
 * One training course of a hub report as entered: its name, the categories it serves (several allowed), its
 * participants (受入実績), optionally how they split over the categories it serves, and its participant survey
 * ({@code null} for a course without one).
 */
public record TrainingCourseInput(String name, Set<TrainingCategory> categories, Integer participants,
                                  Map<TrainingCategory, Integer> participantsByCategory, ParticipantSurvey survey) {

    public TrainingCourseInput {
        categories = categories == null || categories.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(categories));
        participantsByCategory = participantsByCategory == null || participantsByCategory.isEmpty() ? Map.of()
                : Map.copyOf(new EnumMap<>(participantsByCategory));
    }

    public static TrainingCourseInput blank() {
        return new TrainingCourseInput(null, Set.of(), null, Map.of(), null);
    }

    /** The course as the training statistics take it; only for a course that passed validation. */
    public TrainingCourse toTrainingCourse() {
        Set<Integer> numbers = categories.stream().map(TrainingCategory::number)
                .collect(Collectors.toCollection(TreeSet::new));
        return new TrainingCourse(name, numbers, participants);
    }
}
