package jp.go.mhlw.kpi.web.view.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A table as its screen shows it, ready to be downloaded: the headings in the reader's language and each cell as the
 * screen prints it. {@code name} is the file's name without extension (ASCII, e.g. "cycle-bodies-FY2026").
 */
public record Table(String name, List<String> headings, List<List<String>> rows) {

    public Table {
        Objects.requireNonNull(name);
        headings = List.copyOf(headings);
        rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
    }

    /** Columns of rows of type {@code R}: a heading (a key of the screen's bundle) and how a row's cell reads. */
    public static <R> Columns<R> columns(Function<String, String> headingText) {
        return new Columns<>(headingText);
    }

    /** The columns of a table, in order; {@code headingText} turns a bundle key into the reader's language. */
    public static final class Columns<R> {

        private final Function<String, String> headingText;
        private final List<String> headings = new ArrayList<>();
        private final List<Function<R, ?>> cells = new ArrayList<>();

        private Columns(Function<String, String> headingText) {
            this.headingText = headingText;
        }

        public Columns<R> column(String headingKey, Function<R, ?> cell) {
            headings.add(headingText.apply(headingKey));
            cells.add(cell);
            return this;
        }

        public Table of(String name, List<? extends R> rows) {
            return new Table(name, headings, rows.stream().<List<String>>map(row -> cells.stream()
                    .map(cell -> cell.apply(row)).map(value -> value == null ? "" : value.toString()).toList())
                    .toList());
        }
    }
}
