package jp.go.mhlw.kpi.domain.model.submission;

import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Labelled;

/**
 * One field of two compared submissions: what it is, its value before and after ({@code null} where that side has
 * none), and how it changed. {@code field} is where the form shows it in the later content (or the earlier one, for
 * a removed value): warnings name the same places.
 */
public record FieldChange(String key, String field, Labelled label, Labelled before, Labelled after,
                          FieldChangeKind kind) {

    public FieldChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }
}
