package jp.go.mhlw.kpi.domain.computation;

import java.util.List;
import java.util.Objects;

/**
 * A cycle's published focus-area tables for one population (all themes, or mature themes):
 * the "all" row, the rows per focus area, and the rows per stage at adoption.
 */
public record PrintedThemeTable(String population, PrintedThemeRow total,
                                List<PrintedThemeRow> byFocusArea, List<PrintedThemeRow> byStageAtAdoption) {

    public PrintedThemeTable {
        if (population == null || population.isBlank()) {
            throw new IllegalArgumentException("a printed table needs the population it covers (e.g. \"all themes\")");
        }
        Objects.requireNonNull(total, () -> population + ": the \"all\" row is required");
        byFocusArea = List.copyOf(byFocusArea);
        byStageAtAdoption = List.copyOf(byStageAtAdoption);
    }

    /** What the committee would print for computed statistics (rounded for display). */
    public static PrintedThemeTable of(ThemeStatisticsReport report) {
        return new PrintedThemeTable(report.population(), PrintedThemeRow.of(report.overall()),
                report.byFocusArea().values().stream().map(PrintedThemeRow::of).toList(),
                report.byStageAtAdoption().values().stream().map(PrintedThemeRow::of).toList());
    }
}
