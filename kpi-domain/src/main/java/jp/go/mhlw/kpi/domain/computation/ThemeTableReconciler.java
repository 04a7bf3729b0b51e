package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.PhraseList;
import jp.go.mhlw.kpi.domain.shared.Texts;

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

    /** A printed percentage; its name in the subject is the English label ("stage-up ratio"). */
    private enum Measure implements Labelled {
        STAGE_UP(PrintedThemeRow::stageUpPercent),
        LAUNCH(PrintedThemeRow::launchPercent);

        final Function<PrintedThemeRow, BigDecimal> printed;

        Measure(Function<PrintedThemeRow, BigDecimal> printed) {
            this.printed = printed;
        }

        @Override
        public String bundleKey() {
            return "reconciliation.measure." + name();
        }

        String subject() {
            return label(Texts.ENGLISH);
        }

        /** What the measure counts ("stage-ups"). */
        Phrase counted() {
            return Phrase.of("reconciliation.counted." + name());
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

    /** The rows of one grouping (focus areas, stages at adoption); its name in a subject is the English label. */
    private record Grouping(Phrase name, List<Row> rows) {
        int themes() {
            return rows.stream().mapToInt(Row::themes).sum();
        }
    }

    public static List<Discrepancy> reconcile(PrintedThemeTable table) {
        List<Discrepancy> found = new ArrayList<>();
        Row total = new Row(table.total(), table.total().themes());
        List<Grouping> groupings = new ArrayList<>();
        addGrouping(groupings, table, total, Phrase.of("reconciliation.grouping.focusArea"), table.byFocusArea(), found);
        addGrouping(groupings, table, total, Phrase.of("reconciliation.grouping.stage"), table.byStageAtAdoption(),
                found);

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

    private static void addGrouping(List<Grouping> groupings, PrintedThemeTable table, Row total, Phrase name,
                                    List<PrintedThemeRow> printedRows, List<Discrepancy> found) {
        if (printedRows.isEmpty()) {
            return;
        }
        List<Row> rows = printedRows.stream().map(r -> new Row(r, r.themes())).toList();
        int sum = rows.stream().mapToInt(Row::themes).sum();
        if (sum == total.themes()) {
            groupings.add(new Grouping(name, rows));
            return;
        }
        int missing = total.themes() - sum;
        List<Row> suspects = rows.stream()
                .filter(r -> r.themes() + missing >= 0)
                .filter(r -> !r.allPercentagesPossible(r.themes()) && r.allPercentagesPossible(r.themes() + missing))
                .toList();
        Phrase mismatch = Phrase.of("reconciliation.groupCounts", name, sum, total.themes());
        if (suspects.size() != 1) {
            found.add(new Discrepancy(DiscrepancyKind.GROUP_COUNTS_DO_NOT_ADD_UP, table.population(),
                    name.label(Texts.ENGLISH), mismatch));
            groupings.add(new Grouping(name, rows));
            return;
        }
        Row suspect = suspects.get(0);
        int corrected = suspect.themes() + missing;
        String group = suspect.printed().group();
        found.add(new Discrepancy(DiscrepancyKind.GROUP_COUNTS_DO_NOT_ADD_UP, table.population(), group + " theme count",
                Phrase.of("reconciliation.groupCounts.suspect", mismatch, group, suspect.themes(),
                        suspect.printed().stageUpPercent().toPlainString(),
                        suspect.printed().launchPercent().toPlainString(), corrected)));
        groupings.add(new Grouping(name, rows.stream()
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
                    group + " " + measure.subject(),
                    Phrase.of("reconciliation.impossiblePercentage", group, measure, printed, row.themes(),
                            check.nearestText())));
        }
    }

    private static void checkTotal(PrintedThemeTable table, Row total, List<Grouping> groupings, Measure measure,
                                   List<Discrepancy> found) {
        int totalCount = total.check(measure).nearestCount();
        Set<Integer> sums = new LinkedHashSet<>();
        List<Phrase> groupSums = new ArrayList<>();
        for (Grouping grouping : groupings) {
            int sum = grouping.rows().stream().mapToInt(r -> r.check(measure).nearestCount()).sum();
            sums.add(sum);
            groupSums.add(Phrase.of("reconciliation.total.groupSum", grouping.name(), sum));
        }
        if (sums.isEmpty() || sums.equals(Set.of(totalCount))) {
            return;
        }
        String printed = measure.printed.apply(total.printed()).toPlainString() + "%";
        int groupSum = sums.iterator().next();
        Phrase consistent = sums.size() == 1
                ? Phrase.of("reconciliation.total.groupsAgree", groupSum, total.themes(),
                        oneDecimalPercent(groupSum, total.themes()))
                : Phrase.of("reconciliation.total.groupsDisagree");
        found.add(new Discrepancy(DiscrepancyKind.TOTAL_DISAGREES_WITH_GROUPS, table.population(),
                total.printed().group() + " " + measure.subject(),
                Phrase.of("reconciliation.total", total.printed().group(), measure, printed, totalCount, total.themes(),
                        PhraseList.of("reconciliation.and", groupSums), measure.counted(), consistent)));
    }

    private static void checkAverages(PrintedThemeTable table, Row total, List<Grouping> groupings,
                                      List<Discrepancy> found) {
        BigDecimal printed = total.printed().averageGrantThousandYen();
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale()));
        List<BigDecimal> values = new ArrayList<>();
        values.add(printed);
        List<Phrase> implied = new ArrayList<>();
        for (Grouping grouping : groupings) {
            if (grouping.themes() == 0) {
                continue;
            }
            BigDecimal weighted = grouping.rows().stream()
                    .map(r -> r.printed().averageGrantThousandYen().multiply(Decimals.of(r.themes())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal average = Decimals.divide(weighted, Decimals.of(grouping.themes()));
            values.add(average);
            implied.add(Phrase.of("reconciliation.averages.implied", grouping.name(), DisplayRounding.thousandYen(average)));
        }
        BigDecimal spread = values.stream().max(BigDecimal::compareTo).orElseThrow()
                .subtract(values.stream().min(BigDecimal::compareTo).orElseThrow());
        if (spread.compareTo(tolerance) <= 0) {
            return;
        }
        found.add(new Discrepancy(DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE, table.population(),
                total.printed().group() + " average single-year grant",
                Phrase.of("reconciliation.averages", PhraseList.of("reconciliation.comma", implied),
                        DisplayRounding.thousandYen(printed))));
    }

    private static String oneDecimalPercent(long part, long whole) {
        return DisplayRounding.oneDecimal(PercentageCheck.percent(part, whole)).toPlainString() + "%";
    }
}
