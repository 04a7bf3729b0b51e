package jp.go.mhlw.kpi.domain.imports;

import java.util.List;

/**
 * All or nothing: either every row became a record and there are no problems, or there are problems and no
 * records, so a caller cannot store half a file by mistake. An accepted file may carry warnings: rows that count
 * as they are but need a written reason when the list is submitted (the submission rules' warnings).
 */
public record ImportResult<T>(List<T> records, List<ImportProblem> problems, List<ImportProblem> warnings) {

    public ImportResult {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if (!problems.isEmpty() && !records.isEmpty()) {
            throw new IllegalArgumentException("a rejected import carries no records");
        }
    }

    static <T> ImportResult<T> accepted(List<T> records, List<ImportProblem> warnings) {
        return new ImportResult<>(records, List.of(), warnings);
    }

    static <T> ImportResult<T> rejected(List<ImportProblem> problems, List<ImportProblem> warnings) {
        return new ImportResult<>(List.of(), problems, warnings);
    }

    static <T> ImportResult<T> rejected(List<ImportProblem> problems) {
        return rejected(problems, List.of());
    }

    public boolean isAccepted() {
        return problems.isEmpty();
    }
}
