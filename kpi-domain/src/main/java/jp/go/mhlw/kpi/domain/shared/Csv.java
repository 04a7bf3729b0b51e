package jp.go.mhlw.kpi.domain.shared;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV as the application writes it (RFC 4180: comma-separated, CRLF after every line, a cell quoted when it holds a
 * comma, a quote or a line break, its quotes doubled), safe to open in a spreadsheet: a cell starting with = + - @, a
 * tab or a CR gets a leading apostrophe, so that it is read as text and never run as a formula. Cells that match
 * {@code keptAsIs} (plain numbers, negative ones too) are left as they are.
 */
public final class Csv {

    /** Put first so that Excel in Japan reads the file as UTF-8 (the files people open; not the open data). */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    public static final String LINE_END = "\r\n";

    /** A plain number, also negative or with a sign: 12, -3, +1.5. */
    public static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Pattern keptAsIs;

    private Csv(Pattern keptAsIs) {
        this.keptAsIs = keptAsIs;
    }

    /** Every cell that could start a formula is neutralised, numbers too. */
    public static Csv neutralisingAll() {
        return new Csv(null);
    }

    /** Cells that match the pattern as a whole (such as {@link #PLAIN_NUMBER}) are not neutralised. */
    public static Csv keeping(Pattern keptAsIs) {
        return new Csv(keptAsIs);
    }

    /** One line: the cells, each neutralised and quoted, and the line end. */
    public String line(List<String> cells) {
        return cells.stream().map(this::cell).collect(Collectors.joining(",")) + LINE_END;
    }

    public String line(String... cells) {
        return Stream.of(cells).map(this::cell).collect(Collectors.joining(",")) + LINE_END;
    }

    /** One cell: nothing for null, neutralised, then quoted where RFC 4180 needs it. */
    public String cell(String value) {
        return quoted(neutralised(value));
    }

    /** The value as text a spreadsheet does not run: a leading apostrophe when it could start a formula. */
    public String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean formula = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                && (keptAsIs == null || !keptAsIs.matcher(value).matches());
        return formula ? "'" + value : value;
    }

    /** The text quoted as RFC 4180 needs it (a comma, a quote or a line break), without neutralising it. */
    public static String quoted(String text) {
        if (text == null) {
            return "";
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** The lines as UTF-8, with a byte order mark first when asked. */
    public static byte[] utf8(CharSequence lines, boolean byteOrderMark) {
        return ((byteOrderMark ? BYTE_ORDER_MARK : "") + lines).getBytes(StandardCharsets.UTF_8);
    }
}
