package jp.go.mhlw.kpi.domain.computation;

import java.util.Map;

/** The focus-area tables for one population of themes (all, or mature): the "all" row and both groupings. */
public record ThemeStatisticsReport(String population, ThemeGroupFigures overall,
                                    Map<FocusArea, ThemeGroupFigures> byFocusArea,
                                    Map<Stage, ThemeGroupFigures> byStageAtAdoption) {

    public ThemeStatisticsReport {
        byFocusArea = Map.copyOf(byFocusArea);
        byStageAtAdoption = Map.copyOf(byStageAtAdoption);
    }
}
