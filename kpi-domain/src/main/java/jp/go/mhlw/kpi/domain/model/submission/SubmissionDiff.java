package jp.go.mhlw.kpi.domain.model.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The field-by-field differences of two contents of one template: an earlier one (the previous version, or last
 * year's approved data) and a later one (the version under review). The later content's fields come in its order,
 * then those only the earlier one has. Rows of lists are matched by what identifies them, not by position.
 */
public record SubmissionDiff(List<FieldChange> fields) {

    public SubmissionDiff {
        fields = List.copyOf(fields);
    }

    /** The differences of {@code after} from {@code before}; both of the same template. */
    public static SubmissionDiff between(SubmissionContent before, SubmissionContent after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.kind() != after.kind()) {
            throw new IllegalArgumentException("a " + before.kind() + " is not compared with a " + after.kind());
        }
        Map<String, ContentFields.Field> earlier = ContentFields.of(before);
        Map<String, ContentFields.Field> later = ContentFields.of(after);
        List<FieldChange> changes = new ArrayList<>();
        later.values().forEach(now -> {
            ContentFields.Field then = earlier.get(now.key());
            FieldChangeKind kind = then == null ? FieldChangeKind.ADDED
                    : then.comparable().equals(now.comparable()) ? FieldChangeKind.UNCHANGED : FieldChangeKind.CHANGED;
            changes.add(new FieldChange(now.key(), now.field(), now.label(), then == null ? null : then.display(),
                    now.display(), kind));
        });
        earlier.values().stream().filter(then -> !later.containsKey(then.key())).forEach(then -> changes.add(
                new FieldChange(then.key(), then.field(), then.label(), then.display(), null, FieldChangeKind.REMOVED)));
        return new SubmissionDiff(changes);
    }

    /** Only the fields that differ. */
    public List<FieldChange> changes() {
        return fields.stream().filter(field -> field.kind().isChange()).toList();
    }

    public boolean hasChanges() {
        return fields.stream().anyMatch(field -> field.kind().isChange());
    }

    public Optional<FieldChange> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }
}
