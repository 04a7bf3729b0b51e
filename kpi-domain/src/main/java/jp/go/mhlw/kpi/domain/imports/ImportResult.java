package jp.go.mhlw.kpi.domain.imports;

import java.util.List;

/**
 * All or nothing: either every row became a record and there are no problems, or there are problems and no
 * records, so a caller cannot store half a file by mistake.
 */
public record ImportResult<T>(List<T> records, List<ImportProblem> problems) {

    public ImportResult {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && !records.isEmpty()) {
            throw new IllegalArgumentException("a rejected import carries no records");
        }
    }

    static <T> ImportResult<T> accepted(List<T> records) {
        return new ImportResult<>(records, List.of());
    }

    static <T> ImportResult<T> rejected(List<ImportProblem> problems) {
        return new ImportResult<>(List.of(), problems);
    }

    public boolean isAccepted() {
        return problems.isEmpty();
    }
}
