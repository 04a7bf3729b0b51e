package jp.go.mhlw.kpi.domain.model.published;

import java.util.Objects;

/**
 * Part of a cycle's printed tables that could not be reconciled because figures are missing (R4 printed no
 * stage-up ratios, say), in both languages. Not a contradiction: nothing to check against.
 */
public record ReconciliationGap(String table, String english, String japanese) {

    public ReconciliationGap {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(japanese, "japanese");
    }

    public String getTable() {
        return table;
    }

    public String getEnglish() {
        return english;
    }

    public String getJapanese() {
        return japanese;
    }

    public String getMessage() {
        return english + " / " + japanese;
    }
}
