package jp.go.mhlw.kpi.domain.shared;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A date as people type it in Japan: {@code 2025-01-31}, {@code 2025/1/31}, {@code 2025.1.31}, {@code 2025年1月31日},
 * {@code 令和7年1月31日} (also 元年), {@code R7.1.31} / {@code R7/1/31}, with full-width digits and spaces allowed.
 * A typed date is taken exactly as a picked one; a text that is no date, or a date outside the years the platform
 * deals with, is refused with a message that names the forms accepted. Eras from Showa on (the JDK's names), each
 * only within its own days: 平成31年4月30日 is the last day of Heisei, 令和元年5月1日 the first of Reiwa.
 */
public final class TypedDate {

    /** The years a date of this platform can lie in: the plans run from 2016 on; nothing is due after 2100. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    // 年, 月, 日 and 元 (the first year of an era, 元年) as escapes: the calendar's own words, not texts to translate
    private static final String YEAR = "\u5e74";
    private static final String MONTH = "\u6708";
    private static final String DAY = "\u65e5";
    private static final String FIRST_YEAR_OF_ERA = "\u5143";

    /** The eras a date of the platform can fall in, by their Japanese names (令和) and letters (R), from the JDK. */
    private static final Map<String, JapaneseEra> ERAS = Stream.of(JapaneseEra.SHOWA, JapaneseEra.HEISEI, JapaneseEra.REIWA)
            .flatMap(era -> Stream.of(Map.entry(era.getDisplayName(TextStyle.FULL, Locale.JAPANESE), era),
                    Map.entry(era.getDisplayName(TextStyle.NARROW, Locale.ENGLISH), era)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Pattern WESTERN = Pattern.compile("(\\d{4})\\s*[-/." + YEAR + "]\\s*(\\d{1,2})\\s*[-/."
            + MONTH + "]\\s*(\\d{1,2})\\s*" + DAY + "?");
    private static final Pattern ERA = Pattern.compile("(" + String.join("|", ERAS.keySet()) + ")\\s*("
            + FIRST_YEAR_OF_ERA + "|\\d{1,2})\\s*[" + YEAR + "/.\\-]\\s*(\\d{1,2})\\s*[" + MONTH
            + "/.\\-]\\s*(\\d{1,2})\\s*" + DAY + "?", Pattern.CASE_INSENSITIVE);

    private TypedDate() {
    }

    /**
     * The date the text means, empty for a blank text.
     *
     * @throws InvalidValueException when the text is no date or lies outside the platform's years
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        LocalDate date = western(typed).or(() -> era(typed))
                .orElseThrow(() -> new InvalidValueException("date.unreadable", text.strip()));
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidValueException("date.outOfRange", text.strip(), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
        return Optional.of(date);
    }

    private static Optional<LocalDate> western(String typed) {
        Matcher matcher = WESTERN.matcher(typed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return date(() -> LocalDate.of(number(matcher.group(1)), number(matcher.group(2)), number(matcher.group(3))));
    }

    private static Optional<LocalDate> era(String typed) {
        Matcher matcher = ERA.matcher(typed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        JapaneseEra era = ERAS.get(matcher.group(1).toUpperCase());
        int yearOfEra = FIRST_YEAR_OF_ERA.equals(matcher.group(2)) ? 1 : number(matcher.group(2));
        return date(() -> LocalDate.from(
                JapaneseDate.of(era, yearOfEra, number(matcher.group(3)), number(matcher.group(4)))));
    }

    private static Optional<LocalDate> date(Supplier<LocalDate> build) {
        try {
            return Optional.of(build.get());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
