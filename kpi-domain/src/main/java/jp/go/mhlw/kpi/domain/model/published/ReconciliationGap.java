package jp.go.mhlw.kpi.domain.model.published;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * Part of a cycle's printed tables that could not be reconciled because figures are missing (R4 printed no
 * stage-up ratios, say), said with a key of the domain bundle and its arguments. Not a contradiction: nothing to
 * check against.
 */
public record ReconciliationGap(String table, String key, List<Object> arguments) {

    public ReconciliationGap {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static ReconciliationGap of(String table, String key, Object... arguments) {
        return new ReconciliationGap(table, key, Arrays.asList(arguments));
    }

    public String getTable() {
        return table;
    }

    public String getEnglish() {
        return Texts.text(Texts.ENGLISH, key, arguments.toArray());
    }

    public String getJapanese() {
        return Texts.text(Texts.JAPANESE, key, arguments.toArray());
    }

    public String getMessage() {
        return getEnglish() + " / " + getJapanese();
    }
}
