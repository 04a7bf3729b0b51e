package jp.go.mhlw.kpi.domain.imports;

/**
 * One thing wrong with an uploaded file, where the user will find it: the row number as the spreadsheet shows it
 * (1 is the header row; 0 means the file as a whole) and the column's header.
 */
public record ImportProblem(int row, String column, String messageJa, String messageEn) {

    static ImportProblem ofFile(String messageJa, String messageEn) {
        return new ImportProblem(0, "", messageJa, messageEn);
    }

    @Override
    public String toString() {
        return (row == 0 ? "file" : "row " + row) + (column.isEmpty() ? "" : " [" + column + "]") + ": " + messageEn;
    }
}
