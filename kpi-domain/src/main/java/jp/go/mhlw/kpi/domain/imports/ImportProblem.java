package jp.go.mhlw.kpi.domain.imports;

import java.util.Locale;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * One thing wrong with an uploaded file, where the user will find it: the sheet (empty for a file of one table), the
 * row number as the spreadsheet shows it (1 is the header row; 0 means the file or the sheet as a whole), the
 * column's header, and what is wrong.
 */
public record ImportProblem(String sheet, int row, String column, Problem problem) {

    public ImportProblem {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(problem, "problem");
    }

    /** A problem of a file of one table (its first sheet). */
    public ImportProblem(int row, String column, Problem problem) {
        this("", row, column, problem);
    }

    static ImportProblem ofFile(String key, Object... arguments) {
        return new ImportProblem(0, "", Problem.at("", key, arguments));
    }

    public String message(Locale locale) {
        return problem.message(locale);
    }

    public String messageJa() {
        return problem.messageJa();
    }

    public String messageEn() {
        return problem.messageEn();
    }

    @Override
    public String toString() {
        return (sheet.isEmpty() ? "" : sheet + " ") + (row == 0 ? "file" : "row " + row) + (column.isEmpty() ? "" : " [" + column + "]") + ": " + messageEn();
    }
}
