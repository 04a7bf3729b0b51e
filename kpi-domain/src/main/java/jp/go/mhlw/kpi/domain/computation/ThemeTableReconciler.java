package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Recomputes a published focus-area table from its own printed numbers and lists every contradiction, so that
 * historical figures are flagged when they are imported rather than silently trusted.
 *
 * <p>Checks, in this order (later checks use what earlier ones established):
 * <ol>
 *   <li>each grouping's theme counts add up to the "all" row; when they do not, the one row whose printed
 *       percentages are impossible with its printed count but possible with the missing difference is named,
 *       and its corrected count is used from then on;</li>
 *   <li>every printed percentage is k/n for some whole k at the printed decimals;</li>
 *   <li>the "all" row's stage-up and launch percentages match the counts the group rows add up to
 *       (each row's count is the one nearest to its printed percentage);</li>
 *   <li>the overall average grant implied by each grouping (Σ themes × average ÷ Σ themes) and the printed one
 *       agree within one unit of the printed precision, the most that rounding each printed average can explain.</li>
 * </ol>
 */
public final class ThemeTableReconciler {

    private ThemeTableReconciler() {
    }

    private enum Measure {
        STAGE_UP("stage-up ratio", "ステージアップの割合", "stage-ups", PrintedThemeRow::stageUpPercent),
        LAUNCH("launch ratio", "上市の割合", "launches", PrintedThemeRow::launchPercent);

        final String english;
        final String japanese;
        final String countNoun;
        final Function<PrintedThemeRow, BigDecimal> printed;

        Measure(String english, String japanese, String countNoun, Function<PrintedThemeRow, BigDecimal> printed) {
            this.english = english;
            this.japanese = japanese;
            this.countNoun = countNoun;
            this.printed = printed;
        }
    }

    /** A printed row with the theme count the checks use (the printed one unless step 1 corrected it). */
    private record Row(PrintedThemeRow printed, int themes) {
        PercentageCheck check(Measure measure) {
            return PercentageCheck.of(themes, measure.printed.apply(printed));
        }

        boolean allPercentagesPossible(int withThemes) {
            for (Measure measure : Measure.values()) {
                if (!PercentageCheck.of(withThemes, measure.printed.apply(printed)).possible()) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Grouping(String english, String japanese, List<Row> rows) {
        int themes() {
            return rows.stream().mapToInt(Row::themes).sum();
        }
    }

    public static List<Discrepancy> reconcile(PrintedThemeTable table) {
        List<Discrepancy> found = new ArrayList<>();
        Row total = new Row(table.total(), table.total().themes());
        List<Grouping> groupings = new ArrayList<>();
        addGrouping(groupings, table, total, "focus-area rows", "重点分野別", table.byFocusArea(), found);
        addGrouping(groupings, table, total, "stage rows", "採択時ステージ別", table.byStageAtAdoption(), found);

        for (Grouping grouping : groupings) {
            grouping.rows().forEach(row -> checkPercentages(table, row, found));
        }
        checkPercentages(table, total, found);

        for (Measure measure : Measure.values()) {
            checkTotal(table, total, groupings, measure, found);
        }
        checkAverages(table, total, groupings, found);
        return List.copyOf(found);
    }

    private static void addGrouping(List<Grouping> groupings, PrintedThemeTable table, Row total, String english,
                                    String japanese, List<PrintedThemeRow> printedRows, List<Discrepancy> found) {
        if (printedRows.isEmpty()) {
            return;
        }
        List<Row> rows = printedRows.stream().map(r -> new Row(r, r.themes())).toList();
        int sum = rows.stream().mapToInt(Row::themes).sum();
        if (sum == total.themes()) {
            groupings.add(new Grouping(english, japanese, rows));
            return;
        }
        int missing = total.themes() - sum;
        List<Row> suspects = rows.stream()
                .filter(r -> r.themes() + missing >= 0)
                .filter(r -> !r.allPercentagesPossible(r.themes()) && r.allPercentagesPossible(r.themes() + missing))
                .toList();
        String mismatch = english + " add up to " + sum + " themes but the all row has " + total.themes();
        String mismatchJa = japanese + "の件数の合計" + sum + "件が全体の" + total.themes() + "件と一致しない";
        if (suspects.size() != 1) {
            found.add(new Discrepancy(DiscrepancyKind.GROUP_COUNTS_DO_NOT_ADD_UP, table.population(), english,
                    mismatch, mismatchJa));
            groupings.add(new Grouping(english, japanese, rows));
            return;
        }
        Row suspect = suspects.get(0);
        int corrected = suspect.themes() + missing;
        String group = suspect.printed().group();
        String percentages = suspect.printed().stageUpPercent().toPlainString() + "% and "
                + suspect.printed().launchPercent().toPlainString() + "%";
        found.add(new Discrepancy(DiscrepancyKind.GROUP_COUNTS_DO_NOT_ADD_UP, table.population(), group + " theme count",
                mismatch + ": " + group + " is printed with " + suspect.themes() + " themes, but its " + percentages
                        + " are only possible with " + corrected,
                mismatchJa + "：" + group + "は" + suspect.themes() + "件と表記されているが、"
                        + percentages.replace(" and ", "・") + "は" + corrected + "件でなければ生じ得ない"));
        groupings.add(new Grouping(english, japanese, rows.stream()
                .map(r -> r == suspect ? new Row(r.printed(), corrected) : r).toList()));
    }

    private static void checkPercentages(PrintedThemeTable table, Row row, List<Discrepancy> found) {
        for (Measure measure : Measure.values()) {
            PercentageCheck check = row.check(measure);
            if (check.possible()) {
                continue;
            }
            String group = row.printed().group();
            String printed = check.printed().toPlainString() + "%";
            found.add(new Discrepancy(DiscrepancyKind.IMPOSSIBLE_PERCENTAGE, table.population(),
                    group + " " + measure.english,
                    group + " " + measure.english + " printed " + printed + " of " + row.themes()
                            + " themes: no whole number of themes gives that; nearest is " + check.nearestText(),
                    group + "の" + measure.japanese + printed + "（" + row.themes() + "件中）は整数の件数では生じ得ない"
                            + "（最も近いのは" + check.nearestText() + "）"));
        }
    }

    private static void checkTotal(PrintedThemeTable table, Row total, List<Grouping> groupings, Measure measure,
                                   List<Discrepancy> found) {
        int totalCount = total.check(measure).nearestCount();
        Set<Integer> sums = new LinkedHashSet<>();
        StringBuilder english = new StringBuilder();
        StringBuilder japanese = new StringBuilder();
        for (Grouping grouping : groupings) {
            int sum = grouping.rows().stream().mapToInt(r -> r.check(measure).nearestCount()).sum();
            sums.add(sum);
            english.append(english.length() == 0 ? "" : " and ").append("the ").append(grouping.english())
                    .append(" add up to ").append(sum);
            japanese.append(japanese.length() == 0 ? "" : "・").append(grouping.japanese()).append("の合計").append(sum).append("件");
        }
        if (sums.isEmpty() || sums.equals(Set.of(totalCount))) {
            return;
        }
        String printed = measure.printed.apply(total.printed()).toPlainString() + "%";
        String consistent = sums.size() == 1
                ? ": " + sums.iterator().next() + " / " + total.themes() + " = " + oneDecimalPercent(sums.iterator().next(), total.themes())
                : "; the groupings also disagree with each other";
        String consistentJa = sums.size() == 1
                ? "（" + sums.iterator().next() + "/" + total.themes() + " = " + oneDecimalPercent(sums.iterator().next(), total.themes()) + "）"
                : "（区分間でも一致しない）";
        found.add(new Discrepancy(DiscrepancyKind.TOTAL_DISAGREES_WITH_GROUPS, table.population(),
                total.printed().group() + " " + measure.english,
                total.printed().group() + " " + measure.english + " printed " + printed + " (" + totalCount + " / "
                        + total.themes() + "), but " + english + " " + measure.countNoun + consistent,
                "全体の" + measure.japanese + printed + "（" + total.themes() + "件中" + totalCount + "件）は、"
                        + japanese + "と一致しない" + consistentJa));
    }

    private static void checkAverages(PrintedThemeTable table, Row total, List<Grouping> groupings,
                                      List<Discrepancy> found) {
        BigDecimal printed = total.printed().averageGrantThousandYen();
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale()));
        List<BigDecimal> values = new ArrayList<>();
        values.add(printed);
        List<String> english = new ArrayList<>();
        List<String> japanese = new ArrayList<>();
        for (Grouping grouping : groupings) {
            if (grouping.themes() == 0) {
                continue;
            }
            BigDecimal weighted = grouping.rows().stream()
                    .map(r -> r.printed().averageGrantThousandYen().multiply(Decimals.of(r.themes())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal implied = Decimals.divide(weighted, Decimals.of(grouping.themes()));
            values.add(implied);
            english.add("the " + grouping.english() + " imply " + thousandYen(implied));
            japanese.add(grouping.japanese() + "から" + thousandYen(implied));
        }
        BigDecimal spread = values.stream().max(BigDecimal::compareTo).orElseThrow()
                .subtract(values.stream().min(BigDecimal::compareTo).orElseThrow());
        if (spread.compareTo(tolerance) <= 0) {
            return;
        }
        found.add(new Discrepancy(DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE, table.population(),
                total.printed().group() + " average single-year grant",
                "average single-year grants do not reconcile: " + String.join(", ", english)
                        + ", the all row prints " + thousandYen(printed),
                "平均助成額（単年度）が表間で一致しない：" + String.join("、", japanese)
                        + "、全体の表記は" + thousandYen(printed)));
    }

    private static String oneDecimalPercent(long part, long whole) {
        return DisplayRounding.oneDecimal(PercentageCheck.percent(part, whole)).toPlainString() + "%";
    }

    private static String thousandYen(BigDecimal value) {
        return DisplayRounding.grouped(DisplayRounding.wholeNumber(value)) + "千円";
    }
}
