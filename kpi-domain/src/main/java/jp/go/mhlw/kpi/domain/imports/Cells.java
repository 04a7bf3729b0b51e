package jp.go.mhlw.kpi.domain.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The cells of one data row, read by column with their types. Each getter records a problem (row, column,
 * message) and returns null when the cell does not hold what the column needs, so one pass reports every
 * bad cell of the row.
 */
public final class Cells {

    private static final Set<String> YES = Set.of("はい", "有", "あり", "○", "〇", "yes", "y", "true", "1");
    private static final Set<String> NO = Set.of("いいえ", "無", "なし", "×", "no", "n", "false", "0");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"));

    private final Table.Row row;
    private final Map<Column, Integer> positions;
    private final List<ImportProblem> problems;

    Cells(Table.Row row, Map<Column, Integer> positions, List<ImportProblem> problems) {
        this.row = row;
        this.positions = positions;
        this.problems = problems;
    }

    int rowNumber() {
        return row.number();
    }

    /** The cell's text, or empty when the column is absent or the cell blank. */
    public String text(Column column) {
        Integer position = positions.get(column);
        String value = position == null ? "" : row.cell(position);
        if (value.isEmpty() && column.required()) {
            problem(column, "必須項目が空です。", "A value is required.");
        }
        return value;
    }

    /** A whole number of at least zero; thousands separators allowed. */
    public Long nonNegativeInteger(Column column) {
        String text = text(column).replace(",", "").replace("，", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            long value = new java.math.BigDecimal(Column.normalise(text)).longValueExact();
            if (value < 0) {
                problem(column, "0以上の数を入力してください（値: " + text + "）。", "Must be zero or more (was " + text + ").");
                return null;
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            problem(column, "整数ではありません（値: " + text + "）。", "Not a whole number (was \"" + text + "\").");
            return null;
        }
    }

    public LocalDate date(Column column) {
        String text = Column.normalise(text(column));
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException tryNext) {
                // the next format may fit
            }
        }
        problem(column, "日付ではありません（例: 2023-04-01）（値: " + text + "）。",
                "Not a date; use e.g. 2023-04-01 (was \"" + text + "\").");
        return null;
    }

    /** はい/いいえ, ○/×, 1/0, yes/no; blank is null (and a problem when the column is required). */
    public Boolean yesNo(Column column) {
        String text = Column.normalise(text(column));
        if (text.isEmpty()) {
            return null;
        }
        if (YES.contains(text)) {
            return true;
        }
        if (NO.contains(text)) {
            return false;
        }
        problem(column, "「はい」か「いいえ」を入力してください（値: " + text + "）。", "Use yes or no (was \"" + text + "\").");
        return null;
    }

    /** A value from a fixed list, recognised by the parser; an unknown value names the allowed ones. */
    public <T> T choice(Column column, Function<String, Optional<T>> parser) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<T> value = parser.apply(Column.normalise(text));
        if (value.isEmpty()) {
            problem(column, "使用できない値です（値: " + text + "）。使用できる値: " + column.allowedValues(),
                    "Unknown value \"" + text + "\"; allowed: " + column.allowedValues());
            return null;
        }
        return value.get();
    }

    void problem(Column column, String messageJa, String messageEn) {
        problems.add(new ImportProblem(row.number(), column == null ? "" : column.headerJa(), messageJa, messageEn));
    }
}
