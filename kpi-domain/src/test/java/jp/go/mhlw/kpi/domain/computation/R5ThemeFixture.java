package jp.go.mhlw.kpi.domain.computation;

import static jp.go.mhlw.kpi.domain.computation.FocusArea.FA1;
import static jp.go.mhlw.kpi.domain.computation.FocusArea.FA2;
import static jp.go.mhlw.kpi.domain.computation.FocusArea.FA3;
import static jp.go.mhlw.kpi.domain.computation.FocusArea.FA4;
import static jp.go.mhlw.kpi.domain.computation.FocusArea.FA5;
import static jp.go.mhlw.kpi.domain.computation.FocusArea.NONE_OR_MULTIPLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A theme-level data set of the 186 R5 AMED themes whose marginals match the committee's tables
 * (docs/domain.md §5, with the consistent values where the print is wrong: stage-2 has 65 themes, 46 stage-ups).
 *
 * <p>The seed only publishes marginals (per focus area and per stage at adoption), so the joint cells below are one
 * of many tables with those marginals, chosen by hand. Each cell is (focus area × stage at adoption) for one
 * outcome and one age: STAY = still at its stage at adoption, UP = moved up without launching, LAUNCH = 上市.
 * Columns are the stages at adoption 1st, 2nd, 3rd, 4th. Row sums are the focus-area marginals, column sums the
 * stage marginals; {@link ThemeStatisticsTest} asserts both, so a wrong cell fails a test.
 *
 * <p>Grants: each (focus area, age) group gets grants summing exactly to what the printed focus-area averages imply
 * (mature: 33 × 98,831; recent: 39 × 89,918 − 33 × 98,831), so both the all-themes and the mature averages are the
 * printed ones to the 千円. The stage-row averages cannot then also match: the print is inconsistent between the two
 * tables (see ThemeTableReconciler).
 */
public final class R5ThemeFixture {

    /** Assumed survey reference date (the seed does not give AMED's). Mature = adopted on or before 2023-01-01. */
    static final LocalDate SURVEY_REFERENCE_DATE = LocalDate.of(2024, 1, 1);
    static final LocalDate MATURE_ADOPTION = LocalDate.of(2021, 4, 1);
    static final LocalDate RECENT_ADOPTION = LocalDate.of(2023, 4, 1);

    enum Outcome { STAY, UP, LAUNCH }

    private record Cell(FocusArea focusArea, Stage stageAtAdoption, Outcome outcome, boolean mature, int count) {
    }

    private static final Stage[] COLUMNS = {
        Stage.BASIC, Stage.PRODUCT_DEVELOPMENT, Stage.NON_CLINICAL, Stage.CLINICAL
    };

    private final List<Cell> cells = new ArrayList<>();
    private final Map<FocusArea, long[]> averages = new EnumMap<>(FocusArea.class);

    public static List<AmedTheme> themes() {
        R5ThemeFixture fixture = new R5ThemeFixture();
        // Mature themes (133), adopted ≥ 1 year before the reference date.          1st 2nd 3rd 4th
        fixture.mature(Outcome.STAY, FA1, 1, 1, 0, 1)
               .mature(Outcome.STAY, FA2, 2, 4, 3, 7)
               .mature(Outcome.STAY, FA3, 1, 1, 1, 3)
               .mature(Outcome.STAY, FA4, 3, 3, 2, 6)
               .mature(Outcome.STAY, FA5, 2, 4, 2, 4)
               .mature(Outcome.STAY, NONE_OR_MULTIPLE, 8, 8, 4, 18)     // stay:   17 21 12 39 = 89
               .mature(Outcome.UP, FA1, 0, 2, 0, 0)
               .mature(Outcome.UP, FA2, 1, 9, 6, 0)
               .mature(Outcome.UP, FA3, 1, 4, 4, 0)
               .mature(Outcome.UP, FA4, 0, 2, 1, 0)
               .mature(Outcome.UP, FA5, 1, 5, 2, 0)
               .mature(Outcome.UP, NONE_OR_MULTIPLE, 1, 0, 0, 0)        // up:      4 22 13  0 = 39
               .mature(Outcome.LAUNCH, FA2, 0, 0, 0, 1)
               .mature(Outcome.LAUNCH, FA3, 0, 0, 0, 1)
               .mature(Outcome.LAUNCH, FA4, 0, 1, 0, 1)
               .mature(Outcome.LAUNCH, NONE_OR_MULTIPLE, 0, 0, 0, 1);   // launch:  0  1  0  4 = 5
        // Recent themes (53), adopted less than a year before: only two have moved up, none launched.
        fixture.recent(Outcome.STAY, FA1, 1, 1, 0, 0)
               .recent(Outcome.STAY, FA2, 1, 3, 0, 1)
               .recent(Outcome.STAY, FA3, 0, 2, 1, 0)
               .recent(Outcome.STAY, FA4, 3, 4, 1, 2)
               .recent(Outcome.STAY, FA5, 2, 3, 1, 2)
               .recent(Outcome.STAY, NONE_OR_MULTIPLE, 6, 7, 3, 7)      // stay:   13 20  6 12 = 51
               .recent(Outcome.UP, FA2, 0, 1, 0, 0)
               .recent(Outcome.UP, FA3, 0, 0, 1, 0);                    // up:      0  1  1  0 = 2
        // Printed average single-year grants (千円): all themes, mature themes.
        fixture.averages(FA1, 30_385, 30_966)
               .averages(FA2, 89_918, 98_831)
               .averages(FA3, 120_253, 139_826)
               .averages(FA4, 52_268, 52_912)
               .averages(FA5, 43_429, 47_246)
               .averages(NONE_OR_MULTIPLE, 36_613, 44_990);
        return fixture.build();
    }

    private R5ThemeFixture mature(Outcome outcome, FocusArea focusArea, int... perStage) {
        return add(true, outcome, focusArea, perStage);
    }

    private R5ThemeFixture recent(Outcome outcome, FocusArea focusArea, int... perStage) {
        return add(false, outcome, focusArea, perStage);
    }

    private R5ThemeFixture add(boolean mature, Outcome outcome, FocusArea focusArea, int... perStage) {
        for (int column = 0; column < COLUMNS.length; column++) {
            if (perStage[column] > 0) {
                cells.add(new Cell(focusArea, COLUMNS[column], outcome, mature, perStage[column]));
            }
        }
        return this;
    }

    private R5ThemeFixture averages(FocusArea focusArea, long all, long mature) {
        averages.put(focusArea, new long[] {all, mature});
        return this;
    }

    private List<AmedTheme> build() {
        List<AmedTheme> themes = new ArrayList<>();
        for (FocusArea focusArea : FocusArea.values()) {
            List<Cell> mature = cells.stream().filter(c -> c.focusArea() == focusArea && c.mature()).toList();
            List<Cell> recent = cells.stream().filter(c -> c.focusArea() == focusArea && !c.mature()).toList();
            long matureCount = mature.stream().mapToInt(Cell::count).sum();
            long allCount = matureCount + recent.stream().mapToInt(Cell::count).sum();
            long matureTotal = matureCount * averages.get(focusArea)[1];
            long recentTotal = allCount * averages.get(focusArea)[0] - matureTotal;
            themes.addAll(expand(mature, matureTotal, MATURE_ADOPTION));
            themes.addAll(expand(recent, recentTotal, RECENT_ADOPTION));
        }
        return List.copyOf(themes);
    }

    /** One theme per count in the cells; grants spread evenly so that they sum exactly to {@code totalGrant}. */
    private static List<AmedTheme> expand(List<Cell> cells, long totalGrant, LocalDate adoptedOn) {
        int count = cells.stream().mapToInt(Cell::count).sum();
        List<AmedTheme> themes = new ArrayList<>();
        int index = 0;
        for (Cell cell : cells) {
            for (int i = 0; i < cell.count(); i++, index++) {
                long grant = totalGrant / count + (index < totalGrant % count ? 1 : 0);
                themes.add(new AmedTheme("AMED programme", cell.focusArea() + "-" + cell.stageAtAdoption() + "-"
                        + cell.outcome() + "-" + (cell.mature() ? "mature" : "recent") + "-" + i,
                        cell.focusArea(), cell.stageAtAdoption(), currentStage(cell), grant, adoptedOn));
            }
        }
        return themes;
    }

    private static Stage currentStage(Cell cell) {
        return switch (cell.outcome()) {
            case STAY -> cell.stageAtAdoption();
            case UP -> Stage.values()[cell.stageAtAdoption().ordinal() + 1];
            case LAUNCH -> Stage.LAUNCHED;
        };
    }

    private R5ThemeFixture() {
    }
}
