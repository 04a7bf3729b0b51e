package jp.go.mhlw.kpi.domain.computation;

import jp.go.mhlw.kpi.domain.shared.Texts;

/** A hub's joint research with companies at one stage: number of cases and average amount per case (千円), as the template asks. */
public record JointResearchEntry(int cases, long averageAmountPerCaseThousandYen) {

    public JointResearchEntry {
        if (cases < 0) {
            throw new IllegalArgumentException("joint research cases cannot be negative, was " + cases);
        }
        if (averageAmountPerCaseThousandYen < 0) {
            throw new IllegalArgumentException("average amount per case cannot be negative, was " + averageAmountPerCaseThousandYen);
        }
        if (cases == 0 && averageAmountPerCaseThousandYen != 0) {
            throw new IllegalArgumentException("an average amount of " + averageAmountPerCaseThousandYen
                    + " " + Texts.text(Texts.JAPANESE, "figure.unit.THOUSAND_YEN") + " was given for 0 cases");
        }
    }

    public long totalAmountThousandYen() {
        return cases * averageAmountPerCaseThousandYen;
    }
}
