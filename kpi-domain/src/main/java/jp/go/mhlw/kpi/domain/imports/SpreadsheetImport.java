package jp.go.mhlw.kpi.domain.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one kind of spreadsheet into records: finds the template's columns by header, turns each row into a
 * record and collects every problem of every row. All or nothing: one problem and no record is returned.
 */
public abstract class SpreadsheetImport<T> {

    /** The template's columns, in template order. */
    public abstract List<Column> columns();

    /** One row's record, or null when the row's cells had problems (already recorded in {@code cells}). */
    protected abstract T toRecord(Cells cells);

    /** The key that must be unique across the file (e.g. a theme's programme and title); empty for none. */
    protected Optional<String> uniqueKey(T record) {
        return Optional.empty();
    }

    /** What a duplicate key means to the user, e.g. "the same theme". */
    protected String duplicateDescriptionJa() {
        return "同じ行";
    }

    protected String duplicateDescriptionEn() {
        return "the same row";
    }

    public ImportResult<T> read(UploadedFile file) {
        return read(file, ImportLimits.DEFAULT);
    }

    public ImportResult<T> read(UploadedFile file, ImportLimits limits) {
        Table table;
        try {
            table = TableReader.read(file, limits);
        } catch (TableReader.UnreadableFile e) {
            return ImportResult.rejected(List.of(e.problem));
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<Column, Integer> positions = locateColumns(table.headers(), problems);
        if (!problems.isEmpty()) {
            return ImportResult.rejected(problems);
        }
        if (table.rows().isEmpty()) {
            return ImportResult.rejected(List.of(ImportProblem.ofFile("データ行がありません。", "The file has no data rows.")));
        }
        List<T> records = new ArrayList<>();
        Map<String, Integer> firstRowByKey = new HashMap<>();
        for (Table.Row row : table.rows()) {
            int problemsBefore = problems.size();
            Cells cells = new Cells(row, positions, problems);
            T record = null;
            try {
                record = toRecord(cells);
            } catch (IllegalArgumentException | NullPointerException inconsistent) {
                // the domain refused the combination of values (e.g. a stage going backwards)
                cells.problem(null, "行の内容が正しくありません: " + inconsistent.getMessage(),
                        "The row is inconsistent: " + inconsistent.getMessage());
            }
            if (record == null || problems.size() > problemsBefore) {
                continue;
            }
            Optional<String> key = uniqueKey(record);
            if (key.isPresent() && firstRowByKey.containsKey(key.get())) {
                int first = firstRowByKey.get(key.get());
                cells.problem(null, duplicateDescriptionJa() + "が " + first + " 行目にもあります。",
                        "Duplicate: " + duplicateDescriptionEn() + " is already in row " + first + ".");
                continue;
            }
            key.ifPresent(unique -> firstRowByKey.put(unique, row.number()));
            records.add(record);
        }
        return problems.isEmpty() ? ImportResult.accepted(records) : ImportResult.rejected(problems);
    }

    private Map<Column, Integer> locateColumns(List<String> headers, List<ImportProblem> problems) {
        Map<Column, Integer> positions = new HashMap<>();
        for (Column column : columns()) {
            for (int index = 0; index < headers.size(); index++) {
                if (column.matches(headers.get(index))) {
                    positions.put(column, index);
                    break;
                }
            }
            if (column.required() && !positions.containsKey(column)) {
                problems.add(new ImportProblem(1, column.headerJa(),
                        "列「" + column.headerJa() + "」がありません。テンプレートの見出しを使用してください。",
                        "Column \"" + column.headerEn() + "\" is missing; use the template's headers."));
            }
        }
        return positions;
    }
}
