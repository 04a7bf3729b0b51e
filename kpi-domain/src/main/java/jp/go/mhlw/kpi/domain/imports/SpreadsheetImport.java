package jp.go.mhlw.kpi.domain.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.Problem;

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
    protected Phrase duplicateDescription() {
        return Phrase.of("import.duplicate.row");
    }

    /** The column a duplicate is shown at (the one naming the record, e.g. the theme title); null: the row. */
    protected Column duplicateColumn() {
        return null;
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
        return read(table, "");
    }

    /** A sheet with its header row and no data rows is read as no records (not a problem). */
    protected boolean acceptsNoRows() {
        return false;
    }

    /**
     * A header that names none of the columns is a problem (the workbooks written and read by this application,
     * where such a header means a column renamed by hand, whose values would otherwise be lost); by default other
     * columns are ignored, as a user's own notes beside the template's columns.
     */
    protected boolean refusesUnknownColumns() {
        return false;
    }

    /** Reads one table, the sheet named (empty: the file's only table) in its problems. */
    ImportResult<T> read(Table table, String sheet) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        Map<Column, Integer> positions = locateColumns(table, sheet, problems);
        if (!problems.isEmpty()) {
            return ImportResult.rejected(problems);
        }
        if (table.rows().isEmpty() && !acceptsNoRows()) {
            return ImportResult.rejected(List.of(ImportProblem.ofFile("import.file.noData")));
        }
        List<T> records = new ArrayList<>();
        Map<String, Integer> firstRowByKey = new HashMap<>();
        for (Table.Row row : table.rows()) {
            int problemsBefore = problems.size();
            int warningsBefore = warnings.size();
            Cells cells = new Cells(sheet, row, positions, problems, warnings);
            T record = null;
            try {
                record = toRecord(cells);
            } catch (IllegalArgumentException | NullPointerException inconsistent) {
                // a combination the import's own checks missed: the domain's English text is not for the screen
                cells.problem(null, "import.row.inconsistent");
            }
            if (problems.size() > problemsBefore) {
                // a refused row's warnings would only repeat what its problems say
                warnings.subList(warningsBefore, warnings.size()).clear();
            }
            if (record == null || problems.size() > problemsBefore) {
                continue;
            }
            Optional<String> key = uniqueKey(record);
            if (key.isPresent() && firstRowByKey.containsKey(key.get())) {
                int first = firstRowByKey.get(key.get());
                cells.problem(duplicateColumn(), "import.row.duplicate", duplicateDescription(), first);
                continue;
            }
            key.ifPresent(unique -> firstRowByKey.put(unique, row.number()));
            records.add(record);
        }
        return problems.isEmpty() ? ImportResult.accepted(records, warnings) : ImportResult.rejected(problems, warnings);
    }

    private Map<Column, Integer> locateColumns(Table table, String sheet, List<ImportProblem> problems) {
        List<String> headers = table.headers();
        Map<Column, Integer> positions = new HashMap<>();
        if (refusesUnknownColumns()) {
            for (String header : headers) {
                if (!header.isBlank() && columns().stream().noneMatch(column -> column.matches(header))) {
                    problems.add(new ImportProblem(sheet, table.headerRow(), header, Problem.at(header,
                            "import.column.unknown", header)));
                }
            }
        }
        for (Column column : columns()) {
            for (int index = 0; index < headers.size(); index++) {
                if (column.matches(headers.get(index))) {
                    positions.put(column, index);
                    break;
                }
            }
            if (column.required() && !positions.containsKey(column)) {
                problems.add(new ImportProblem(sheet, table.headerRow(), column.headerJa(), Problem.at(column.headerJa(), "import.column.missing",
                        column.headerJa(), column.headerEn())));
            }
        }
        return positions;
    }
}
