package jp.go.mhlw.kpi.domain.computation;

import java.util.Set;
import java.util.TreeSet;

/** One training course from a hub report: the categories (1..6) it serves and its participants (受入実績). */
public record TrainingCourse(String name, Set<Integer> categories, int participants) {

    public TrainingCourse {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a training course needs a name");
        }
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("training course \"" + name + "\" must serve at least one category (1..6)");
        }
        for (Integer category : categories) {
            if (category == null || category < 1 || category > 6) {
                throw new IllegalArgumentException("training course \"" + name + "\" has category " + category
                        + "; categories are 1..6");
            }
        }
        if (participants < 0) {
            throw new IllegalArgumentException("training course \"" + name + "\" cannot have "
                    + participants + " participants");
        }
        categories = Set.copyOf(new TreeSet<>(categories));
    }

    public boolean serves(int category) {
        return categories.contains(category);
    }
}
