package jp.go.mhlw.kpi.domain.computation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeTableReconcilerTest {

    private final List<Discrepancy> allThemes = ThemeTableReconciler.reconcile(R5PrintedTables.allThemes());
    private final List<Discrepancy> matureThemes = ThemeTableReconciler.reconcile(R5PrintedTables.matureThemes());

    @Test
    void fa3PrintedPercentageIsImpossibleWithTwentyThemes() {
        Discrepancy fa3 = only(allThemes, DiscrepancyKind.IMPOSSIBLE_PERCENTAGE);
        assertThat(fa3.english()).isEqualTo("重点分野3 stage-up ratio printed 55.5% of 20 themes:"
                + " no whole number of themes gives that; nearest is 11 / 20 = 55.0%");
        assertThat(fa3.japanese()).isEqualTo("重点分野3のステージアップの割合55.5%（20件中）は整数の件数では生じ得ない"
                + "（最も近いのは11 / 20 = 55.0%）");
    }

    @Test
    void overallStageUpDisagreesWithTheSumOfItsRows() {
        Discrepancy total = only(allThemes, DiscrepancyKind.TOTAL_DISAGREES_WITH_GROUPS);
        assertThat(total.english()).isEqualTo("全体 stage-up ratio printed 27.4% (51 / 186), but the focus-area rows"
                + " add up to 46 and the stage rows add up to 46 stage-ups: 46 / 186 = 24.7%");
        assertThat(total.japanese()).isEqualTo("全体のステージアップの割合27.4%（186件中51件）は、"
                + "重点分野別の合計46件・採択時ステージ別の合計46件と一致しない（46/186 = 24.7%）");
    }

    @Test
    void stageTwoCountIsFoundFromTheSums() {
        Discrepancy count = only(allThemes, DiscrepancyKind.GROUP_COUNTS_DO_NOT_ADD_UP);
        assertThat(count.english()).isEqualTo("stage rows add up to 185 themes but the all row has 186:"
                + " 採択時 2nd 製品開発 is printed with 64 themes, but its 36.9% and 1.5% are only possible with 65");
        assertThat(count.japanese()).contains("採択時ステージ別の件数の合計185件が全体の186件と一致しない",
                "64件と表記されているが、36.9%・1.5%は65件でなければ生じ得ない");
    }

    @Test
    void correctedStageTwoCountIsNotReportedAgainAsImpossiblePercentages() {
        assertThat(allThemes).filteredOn(d -> d.subject().startsWith("採択時 2nd")).hasSize(1);
    }

    @Test
    void averagesDoNotReconcileAcrossTables() {
        assertThat(only(allThemes, DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE).english())
                .isEqualTo("average single-year grants do not reconcile: the focus-area rows imply 60,016千円,"
                        + " the stage rows imply 57,360千円, the all row prints 57,874千円");
        assertThat(only(matureThemes, DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE).japanese())
                .isEqualTo("平均助成額（単年度）が表間で一致しない：重点分野別から70,702千円、"
                        + "採択時ステージ別から67,946千円、全体の表記は67,811千円");
    }

    @Test
    void matureTableOnlyHasTheAverageProblem() {
        assertThat(matureThemes).extracting(Discrepancy::kind).containsExactly(DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE);
    }

    @Test
    void consistentTablesListNothing() {
        List<AmedTheme> themes = R5ThemeFixture.themes();
        PrintedThemeTable all = PrintedThemeTable.of(ThemeStatistics.report("all", themes));
        PrintedThemeTable mature = PrintedThemeTable.of(ThemeStatistics.report("mature",
                ThemeStatistics.matureAt(themes, R5ThemeFixture.SURVEY_REFERENCE_DATE)));

        assertThat(ThemeTableReconciler.reconcile(all)).isEmpty();
        assertThat(ThemeTableReconciler.reconcile(mature)).isEmpty();
    }

    @Test
    void correctedPrintListsNothing() {
        PrintedThemeTable printed = R5PrintedTables.allThemes();
        PrintedThemeTable corrected = new PrintedThemeTable(printed.population(),
                R5PrintedTables.row("全体", 186, "24.7", "2.7", 60_016),
                printed.byFocusArea().stream()
                        .map(r -> r.group().equals("重点分野3") ? R5PrintedTables.row("重点分野3", 20, "55.0", "5", 120_253) : r)
                        .toList(),
                // stage averages chosen so that they reconcile with the focus-area rows (Σ = 11,162,960 千円)
                List.of(R5PrintedTables.row("採択時 1st 基礎研究", 34, "11.8", "0", 52_405),
                        R5PrintedTables.row("採択時 2nd 製品開発", 65, "36.9", "1.5", 80_212),
                        R5PrintedTables.row("採択時 3rd 非臨床", 32, "43.8", "0", 40_349),
                        R5PrintedTables.row("採択時 4th 臨床", 55, "7.3", "7.3", 52_295)));

        assertThat(ThemeTableReconciler.reconcile(corrected)).isEmpty();
    }

    @Test
    void countMismatchWithoutAnIdentifiableRowIsStillReported() {
        PrintedThemeTable table = new PrintedThemeTable("t", R5PrintedTables.row("全体", 10, "20.0", "0", 100),
                List.of(R5PrintedTables.row("A", 4, "25.0", "0", 100), R5PrintedTables.row("B", 5, "20.0", "0", 100)),
                List.of());

        assertThat(ThemeTableReconciler.reconcile(table)).extracting(Discrepancy::kind, Discrepancy::english)
                .containsExactly(tuple(DiscrepancyKind.GROUP_COUNTS_DO_NOT_ADD_UP,
                        "focus-area rows add up to 9 themes but the all row has 10"));
    }

    private static Discrepancy only(List<Discrepancy> discrepancies, DiscrepancyKind kind) {
        List<Discrepancy> ofKind = discrepancies.stream().filter(d -> d.kind() == kind).toList();
        assertThat(ofKind).hasSize(1);
        return ofKind.get(0);
    }
}
