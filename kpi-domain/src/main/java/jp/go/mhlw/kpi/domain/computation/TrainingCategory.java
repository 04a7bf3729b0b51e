package jp.go.mhlw.kpi.domain.computation;

/** The six categories a hub's training course can serve (a course may serve several). */
public enum TrainingCategory {
    HEALTHCARE_PROFESSIONALS(1, "医療従事者育成研修"),
    INDUSTRY(2, "企業人材研修"),
    ACADEMIA(3, "アカデミア人材研修"),
    COORDINATORS(4, "コーディネート人材研修"),
    AI(5, "AI人材研修"),
    OTHER(6, "その他人材研修");

    private final int number;
    private final String japaneseLabel;

    TrainingCategory(int number, String japaneseLabel) {
        this.number = number;
        this.japaneseLabel = japaneseLabel;
    }

    public int number() {
        return number;
    }

    public String japaneseLabel() {
        return japaneseLabel;
    }

    public static TrainingCategory of(int number) {
        for (TrainingCategory category : values()) {
            if (category.number == number) {
                return category;
            }
        }
        throw new IllegalArgumentException("training category must be 1..6, was " + number);
    }

    /** "企業人材研修 (category 2)". */
    public String displayLabel() {
        return japaneseLabel + " (category " + number + ")";
    }
}
