package jp.go.mhlw.kpi.domain.model.submission;

/**
 * A hub's joint research with companies at one stage as entered: number of cases and average amount per case
 * (千円). Blank values are {@code null}.
 */
public record JointResearchInput(Integer cases, Long averageAmountThousandYen) {

    public static JointResearchInput blank() {
        return new JointResearchInput(null, null);
    }
}
