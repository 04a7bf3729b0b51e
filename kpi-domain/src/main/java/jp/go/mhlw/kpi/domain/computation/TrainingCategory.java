package jp.go.mhlw.kpi.domain.computation;

import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * The six categories a hub's training course can serve (a course may serve several). Their label is the template's
 * Japanese name (企業人材研修...), in every language.
 */
public enum TrainingCategory implements Labelled {
    HEALTHCARE_PROFESSIONALS(1),
    INDUSTRY(2),
    ACADEMIA(3),
    COORDINATORS(4),
    AI(5),
    OTHER(6);

    private final int number;

    TrainingCategory(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    @Override
    public String bundleKey() {
        return "trainingCategory." + name();
    }

    public static TrainingCategory of(int number) {
        for (TrainingCategory category : values()) {
            if (category.number == number) {
                return category;
            }
        }
        throw new IllegalArgumentException("training category must be 1..6, was " + number);
    }

    /** "企業人材研修 (category 2)" (the same in every language). */
    public String displayLabel() {
        return label(Texts.JAPANESE) + " (category " + number + ")";
    }
}
