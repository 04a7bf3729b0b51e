package jp.go.mhlw.kpi.domain.model.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.shared.Labelled;

/**
 * What the reviewing officer compares a version with, field by field: the previous version of the same request (if
 * the version is not the first) and last year's approved data of the same body (if there is one). Each row says in
 * words how the field changed against each, so nothing depends on colour.
 */
public record ReviewComparison(boolean hasPreviousVersion, boolean hasLastYear, List<Row> rows) {

    /**
     * One field: its value in the version under review, in the previous version and last year (each {@code null}
     * where that side has none), and how it changed against each ({@code null} where there is nothing to compare).
     */
    public record Row(String key, String field, Labelled label, Labelled current, Labelled previousVersion,
                      FieldChangeKind sincePreviousVersion, Labelled lastYear, FieldChangeKind sinceLastYear) {

        /** True when the field differs from the previous version or from last year. */
        public boolean isChanged() {
            return sincePreviousVersion != null && sincePreviousVersion.isChange()
                    || sinceLastYear != null && sinceLastYear.isChange();
        }
    }

    public ReviewComparison {
        rows = List.copyOf(rows);
    }

    public static ReviewComparison of(SubmissionContent shown, Optional<SubmissionContent> previousVersion,
            Optional<SubmissionContent> lastYear) {
        Optional<SubmissionDiff> sincePrevious = previousVersion.map(previous -> SubmissionDiff.between(previous, shown));
        Optional<SubmissionDiff> sinceLastYear = lastYear.filter(last -> last.kind() == shown.kind())
                .map(last -> SubmissionDiff.between(last, shown));
        Map<String, Row> rows = new LinkedHashMap<>();
        sincePrevious.ifPresent(diff -> diff.fields().forEach(change -> rows.put(change.key(),
                new Row(change.key(), change.field(), change.label(), change.after(), change.before(), change.kind(),
                        null, sinceLastYear.isPresent() ? FieldChangeKind.ADDED : null))));
        if (sincePrevious.isEmpty()) {
            ContentFields.of(shown).values().forEach(field -> rows.put(field.key(), new Row(field.key(), field.field(),
                    field.label(), field.display(), null, null, null,
                    sinceLastYear.isPresent() ? FieldChangeKind.ADDED : null)));
        }
        sinceLastYear.ifPresent(diff -> diff.fields().forEach(change -> {
            Row row = rows.get(change.key());
            if (row == null) {
                // last year only: the version under review and its predecessor (if any) both lack it
                rows.put(change.key(), new Row(change.key(), change.field(), change.label(), null, null,
                        sincePrevious.isPresent() ? FieldChangeKind.UNCHANGED : null, change.before(), change.kind()));
            } else {
                rows.put(change.key(), new Row(row.key(), row.field(), row.label(), row.current(),
                        row.previousVersion(), row.sincePreviousVersion(), change.before(), change.kind()));
            }
        }));
        return new ReviewComparison(sincePrevious.isPresent(), sinceLastYear.isPresent(), new ArrayList<>(rows.values()));
    }

    /** Only the rows that changed against the previous version or last year. */
    public List<Row> changedRows() {
        return rows.stream().filter(Row::isChanged).toList();
    }
}
