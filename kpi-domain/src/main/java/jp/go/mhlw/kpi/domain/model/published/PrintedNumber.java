package jp.go.mhlw.kpi.domain.model.published;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.shared.InvalidValueException;

/**
 * A figure as the committee printed it ("27.4％", "57,874千円", "1.3倍", "全186テーマ", "5.8ポイント上昇", "（3）"),
 * read into its decimal value at the printed precision: "55.5%" is 55.5 with one decimal, "5%" is 5 with none.
 * The printed precision is what the reconciliation checks a percentage at, so it is never lost.
 *
 * <p>Read after NFKC normalisation (full-width digits, "％" and "（ ）" as printed in the slides). Accepted: an optional
 * "全" before a count, optional enclosing parentheses (the R4 figures printed beside R5's), a sign (+, −, ±, ▲),
 * digits with or without thousands separators, decimals, and a unit word that must agree with the figure's unit.
 * The words are data, listed in {@value #WORDS}; a figure that cannot be read is refused with a key of the domain
 * bundle ({@link InvalidValueException}).
 */
public final class PrintedNumber {

    /** The words the committee writes around its figures, a resource beside this class. */
    static final String WORDS = "printed-number.properties";

    private static final Properties WORD_LIST = words();

    /** The word before a count of everything, "全". */
    private static final String TOTAL_PREFIX = WORD_LIST.getProperty("prefix.total");

    /** Longest first, so that "ポイント上昇" is not read as "ポイント" followed by junk. */
    private static final List<Suffix> SUFFIXES = WORD_LIST.stringPropertyNames().stream()
            .filter(name -> name.startsWith("suffix."))
            .map(name -> Suffix.of(name.substring("suffix.".length()), WORD_LIST.getProperty(name)))
            .sorted(Comparator.comparingInt((Suffix suffix) -> suffix.text().length()).reversed()
                    .thenComparing(Suffix::text))
            .toList();

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");

    /** Decimals a printed figure may show; the committee prints at most one. */
    public static final int MAX_DECIMALS = 6;

    private final String text;
    private final BigDecimal value;
    private final Set<FigureUnit> units;

    private PrintedNumber(String text, BigDecimal value, Set<FigureUnit> units) {
        this.text = text;
        this.value = value;
        this.units = units;
    }

    private record Suffix(String text, Set<FigureUnit> units, boolean negative) {

        /** "ポイント低下" and "PERCENTAGE_POINTS negative". */
        static Suffix of(String text, String meaning) {
            List<String> words = Arrays.asList(meaning.strip().split("\\s+"));
            Set<FigureUnit> units = EnumSet.noneOf(FigureUnit.class);
            words.stream().filter(word -> !word.equals("negative")).map(FigureUnit::valueOf).forEach(units::add);
            return new Suffix(text, units, words.contains("negative"));
        }
    }

    private static Properties words() {
        Properties words = new Properties();
        try (InputStream in = PrintedNumber.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IllegalStateException(WORDS + " is missing beside " + PrintedNumber.class.getName());
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * Reads a printed figure.
     *
     * @throws InvalidValueException naming what could not be read, e.g. "「-」 is not a number"
     */
    public static PrintedNumber parse(String printed) {
        if (printed == null || printed.isBlank()) {
            throw new InvalidValueException("published.printed.required");
        }
        String rest = Normalizer.normalize(printed, Normalizer.Form.NFKC).strip()
                .replace('\u2212', '-') // minus sign
                .replace('\u2012', '-').replace('\u2013', '-').replace('\u2014', '-');
        if (rest.length() > 2 && rest.startsWith("(") && rest.endsWith(")")) {
            rest = rest.substring(1, rest.length() - 1).strip();
        }
        boolean totalPrefix = rest.startsWith(TOTAL_PREFIX);
        if (totalPrefix) {
            rest = rest.substring(TOTAL_PREFIX.length()).strip();
        }
        int sign = 1;
        boolean explicitSign = false;
        if (rest.startsWith("+") || rest.startsWith("±")) {
            rest = rest.substring(1).strip();
            explicitSign = true;
        } else if (rest.startsWith("-") || rest.startsWith("▲") || rest.startsWith("△")) {
            rest = rest.substring(1).strip();
            sign = -1;
            explicitSign = true;
        }
        Set<FigureUnit> units = EnumSet.allOf(FigureUnit.class);
        for (Suffix suffix : SUFFIXES) {
            if (rest.endsWith(suffix.text())) {
                rest = rest.substring(0, rest.length() - suffix.text().length()).strip();
                units = EnumSet.copyOf(suffix.units());
                if (suffix.negative()) {
                    if (explicitSign) {
                        throw new InvalidValueException("published.printed.signAndWord", printed, suffix.text());
                    }
                    sign = -1;
                }
                break;
            }
        }
        if (totalPrefix && !units.contains(FigureUnit.COUNT)) {
            throw new InvalidValueException("published.printed.totalBeforeCount", printed, TOTAL_PREFIX);
        }
        Matcher matcher = NUMBER.matcher(rest);
        if (!matcher.matches()) {
            throw new InvalidValueException("published.printed.notANumber", printed);
        }
        String decimals = matcher.group(2);
        if (decimals != null && decimals.length() > MAX_DECIMALS) {
            throw new InvalidValueException("published.printed.tooManyDecimals", printed, String.valueOf(MAX_DECIMALS));
        }
        BigDecimal value = new BigDecimal(matcher.group(1).replace(",", "") + (decimals == null ? "" : "." + decimals));
        return new PrintedNumber(printed, sign < 0 ? value.negate() : value, units);
    }

    /** The figure as printed, unchanged. */
    public String text() {
        return text;
    }

    /** The value with exactly the printed decimals ("5%" → 5, "40.0%" → 40.0). */
    public BigDecimal value() {
        return value;
    }

    /** Decimals printed: the precision the figure was rounded to. */
    public int decimals() {
        return Math.max(0, value.scale());
    }

    /** Whether the printed unit word (if any) fits a figure of this unit: "13.3%" is a share, "1.3倍" a ratio. */
    public boolean fits(FigureUnit unit) {
        return units.contains(Objects.requireNonNull(unit, "unit"));
    }

    @Override
    public String toString() {
        return text;
    }
}
