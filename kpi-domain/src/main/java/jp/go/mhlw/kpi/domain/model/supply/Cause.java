package jp.go.mhlw.kpi.domain.model.supply;

import java.util.Objects;

/** The cause of a disruption: a category from the list plus free text (required for {@link CauseCategory#OTHER}). */
public record Cause(CauseCategory category, String detail) {

    public Cause {
        Objects.requireNonNull(category, "category");
        detail = Text.clean(detail);
    }

    public static Cause of(CauseCategory category) {
        return new Cause(category, null);
    }

    /** False for "other" without an explanation, which tells the regulator nothing. */
    public boolean isComplete() {
        return category != CauseCategory.OTHER || detail != null;
    }
}
