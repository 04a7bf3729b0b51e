package jp.go.mhlw.kpi.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.go.mhlw.kpi.domain.shared.InputCheck;
import jp.go.mhlw.kpi.domain.shared.InputLimits;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * The cells of one data row, read by column with their types. Each getter records a problem (row, column,
 * message) and returns null when the cell does not hold what the column needs, so one pass reports every
 * bad cell of the row. A row may also be given warnings: values that count but need a written reason.
 */
public final class Cells {

    private static final Set<String> YES = Set.copyOf(Vocabulary.words("yes"));
    private static final Set<String> NO = Set.copyOf(Vocabulary.words("no"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"));

    private final String sheet;
    private final Table.Row row;
    private final Map<Column, Integer> positions;
    private final List<ImportProblem> problems;
    private final List<ImportProblem> warnings;

    Cells(String sheet, Table.Row row, Map<Column, Integer> positions, List<ImportProblem> problems,
            List<ImportProblem> warnings) {
        this.sheet = sheet;
        this.row = row;
        this.positions = positions;
        this.problems = problems;
        this.warnings = warnings;
    }

    int rowNumber() {
        return row.number();
    }

    /**
     * The cell's text, or empty when the column is absent or the cell blank. A text beyond
     * {@link InputLimits#LONG_TEXT_LENGTH} or with a control or bidirectional formatting character is a problem.
     */
    public String text(Column column) {
        return text(column, InputLimits.LONG_TEXT_LENGTH);
    }

    /** The cell's text as {@link #text(Column)} reads it, up to {@code maxLength} characters (a narrative). */
    public String text(Column column, int maxLength) {
        Integer position = positions.get(column);
        String value = position == null ? "" : row.cell(position);
        if (value.isEmpty() && column.required()) {
            problem(column, "import.required");
        }
        new InputCheck().paragraphs(column.headerJa(), column.headerJa(), value, maxLength).problems()
                .forEach(problem -> problem(column, problem.key(), problem.arguments().toArray()));
        return value;
    }

    /**
     * A number with or without decimals and sign, within ±{@link InputLimits#MAX_QUANTITY} and with at most
     * {@code maxDecimals} decimals (a lag in years); thousands separators allowed.
     */
    public BigDecimal decimal(Column column, int maxDecimals) {
        String text = Column.normalise(text(column)).replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text).stripTrailingZeros();
            if (value.abs().compareTo(BigDecimal.valueOf(InputLimits.MAX_QUANTITY)) > 0) {
                problem(column, "input.range", column.headerJa(), text, "-" + InputLimits.MAX_QUANTITY,
                        String.valueOf(InputLimits.MAX_QUANTITY));
                return null;
            }
            if (value.scale() > maxDecimals) {
                problem(column, "import.tooManyDecimals", text, maxDecimals);
                return null;
            }
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            problem(column, "import.notNumber", text);
            return null;
        }
    }

    /** A whole number from zero to {@link InputLimits#MAX_QUANTITY}; thousands separators allowed. */
    public Long nonNegativeInteger(Column column) {
        String text = text(column).replace(",", "").replace("，", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            long value = new java.math.BigDecimal(Column.normalise(text)).longValueExact();
            if (value < 0) {
                problem(column, "import.negative", text);
                return null;
            }
            if (value > InputLimits.MAX_QUANTITY) {
                problem(column, "input.range", column.headerJa(), text, "0", String.valueOf(InputLimits.MAX_QUANTITY));
                return null;
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            problem(column, "import.notWholeNumber", text);
            return null;
        }
    }

    /** A whole number from zero to {@link Integer#MAX_VALUE} (a count of cases or people). */
    public Integer count(Column column) {
        Long value = nonNegativeInteger(column);
        if (value != null && value > Integer.MAX_VALUE) {
            problem(column, "input.range", column.headerJa(), value, "0", String.valueOf(Integer.MAX_VALUE));
            return null;
        }
        return value == null ? null : value.intValue();
    }

    public LocalDate date(Column column) {
        String text = Column.normalise(text(column));
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return withinRange(column, LocalDate.parse(text, format));
            } catch (DateTimeParseException tryNext) {
                // the next format may fit
            }
        }
        problem(column, "import.notDate", text);
        return null;
    }

    /** The date, or null with a problem when it lies outside {@link InputLimits#EARLIEST_DATE} to the latest. */
    private LocalDate withinRange(Column column, LocalDate date) {
        List<Problem> outside = new InputCheck().date(column.headerJa(), column.headerJa(), date).problems();
        outside.forEach(problem -> problem(column, problem.key(), problem.arguments().toArray()));
        return outside.isEmpty() ? date : null;
    }

    /** はい/いいえ, ○/×, 1/0, yes/no (the vocabulary's words); blank is null (and a problem when the column is required). */
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
        problem(column, "import.notYesNo", text);
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
            problem(column, "import.unknownValue", text, column.allowedValues());
            return null;
        }
        return value.get();
    }

    /** A problem of this row, at the column (null: the row as a whole), in the domain bundle's words. */
    void problem(Column column, String key, Object... arguments) {
        problems.add(at(column, key, arguments));
    }

    /** A warning of this row at the column: the row counts as it is, but the value needs a reason. */
    void warning(Column column, String key, Object... arguments) {
        warnings.add(at(column, key, arguments));
    }

    private ImportProblem at(Column column, String key, Object... arguments) {
        String header = column == null ? "" : column.headerJa();
        return new ImportProblem(sheet, row.number(), header, Problem.at(header, key, arguments));
    }
}
