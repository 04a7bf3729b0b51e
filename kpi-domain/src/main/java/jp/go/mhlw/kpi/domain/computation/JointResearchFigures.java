package jp.go.mhlw.kpi.domain.computation;

import java.util.Optional;

/** Joint research at one stage over all hubs: number of cases, and average amount per case when there is a case. */
public record JointResearchFigures(Stage stage, KpiFigure cases, Optional<KpiFigure> averageAmountPerCase) {
}
