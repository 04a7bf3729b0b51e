package jp.go.mhlw.kpi.domain.computation;

/** The committee's four figures for one group of themes (a focus area, a stage at adoption, or all). */
public record ThemeGroupFigures(String group, int themes, int stageUps, int launches,
                                KpiFigure averageGrant, KpiFigure stageUpRatio, KpiFigure launchRatio) {
}
