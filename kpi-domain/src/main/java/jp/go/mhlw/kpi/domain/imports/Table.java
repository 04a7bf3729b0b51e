package jp.go.mhlw.kpi.domain.imports;

import java.util.List;

/**
 * The first sheet of an upload as text: the header row (with its spreadsheet row number: comment lines may come
 * before it) and the data rows, with their spreadsheet row numbers.
 */
record Table(int headerRow, List<String> headers, List<Row> rows) {

    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(cell -> cell.isBlank());
        }
    }
}
