package jp.go.mhlw.kpi.domain.model.supply;

import jp.go.mhlw.kpi.domain.shared.InvalidValueException;

/**
 * A model (型式) or lot affected by the disruption. At least one of model and lot number identifies it; the
 * quantity is optional and never negative.
 */
public record AffectedLot(String model, String lotNumber, Long quantity) {

    public AffectedLot {
        model = Text.clean(model);
        lotNumber = Text.clean(lotNumber);
        if (model == null && lotNumber == null) {
            throw new InvalidValueException("supply.problem.lotUnidentified");
        }
        Numbers.requireNonNegative(quantity, "quantity");
    }
}
