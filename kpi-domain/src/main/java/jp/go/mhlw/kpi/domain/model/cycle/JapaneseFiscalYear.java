package jp.go.mhlw.kpi.domain.model.cycle;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * A Japanese fiscal year (年度), April 1 to March 31, named by era as the committee names it:
 * FY2023 is 令和5年度 (R5). Reiwa year = FY − 2018, so FY2019 is 令和元年度; Heisei years (FY1989..FY2018) are
 * supported for the history of the 1st plan. Screens show both names: "令和5年度 (FY2023)".
 */
public record JapaneseFiscalYear(int fiscalYear) implements Comparable<JapaneseFiscalYear> {

    /** The time zone Japanese dates (deadlines, fiscal years) are read in. */
    public static final ZoneId JAPAN_TIME = ZoneId.of("Asia/Tokyo");

    private static final int FIRST_HEISEI = 1989;
    private static final int FIRST_REIWA = 2019;

    public JapaneseFiscalYear {
        if (fiscalYear < FIRST_HEISEI) {
            throw new IllegalArgumentException("fiscal years before Heisei (FY" + FIRST_HEISEI + ") are not supported, was FY"
                    + fiscalYear);
        }
    }

    public static JapaneseFiscalYear of(int fiscalYear) {
        return new JapaneseFiscalYear(fiscalYear);
    }

    /** The fiscal year a date falls in: January to March belong to the previous year's 年度. */
    public static JapaneseFiscalYear containing(LocalDate date) {
        return new JapaneseFiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** 5 for FY2023 (令和5年度), 30 for FY2018 (平成30年度). */
    public int eraYear() {
        return fiscalYear >= FIRST_REIWA ? fiscalYear - (FIRST_REIWA - 1) : fiscalYear - (FIRST_HEISEI - 1);
    }

    /** "令和5年度"; the first year of an era is 元年. Japanese on every screen: it is how the committee names the year. */
    public String japaneseName() {
        int eraYear = eraYear();
        String year = eraYear == 1 ? Texts.text(Texts.JAPANESE, "fiscalYear.firstYear") : String.valueOf(eraYear);
        return Texts.text(Texts.JAPANESE, "fiscalYear." + era(), year);
    }

    /** "R5", "H30": how the committee labels cycles in tables and charts. */
    public String shortName() {
        return (fiscalYear >= FIRST_REIWA ? "R" : "H") + eraYear();
    }

    /** "FY2023". */
    public String westernName() {
        return "FY" + fiscalYear;
    }

    /** "令和5年度 (FY2023)", as screens show it. */
    public String display() {
        return japaneseName() + " (" + westernName() + ")";
    }

    /**
     * The year as the viewer reads it: "令和5年度 (FY2023)" in Japanese, "FY2023 (Reiwa 5)" in English (Western year
     * first, the era beside it).
     */
    public String display(Locale locale) {
        if (!Texts.isEnglish(locale)) {
            return display();
        }
        int eraYear = eraYear();
        String year = eraYear == 1 ? Texts.text(Texts.ENGLISH, "fiscalYear.firstYear") : String.valueOf(eraYear);
        return westernName() + " (" + Texts.text(Texts.ENGLISH, "fiscalYear." + era(), year) + ")";
    }

    public LocalDate firstDay() {
        return LocalDate.of(fiscalYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(fiscalYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public JapaneseFiscalYear previous() {
        return new JapaneseFiscalYear(fiscalYear - 1);
    }

    public JapaneseFiscalYear next() {
        return new JapaneseFiscalYear(fiscalYear + 1);
    }

    private String era() {
        return fiscalYear >= FIRST_REIWA ? "REIWA" : "HEISEI";
    }

    @Override
    public int compareTo(JapaneseFiscalYear other) {
        return Integer.compare(fiscalYear, other.fiscalYear);
    }

    @Override
    public String toString() {
        return display();
    }
}
