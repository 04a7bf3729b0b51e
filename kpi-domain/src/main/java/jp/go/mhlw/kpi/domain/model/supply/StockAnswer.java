package jp.go.mhlw.kpi.domain.model.supply;

/** A maker of an alternative product answers MHLW: its stock and how much more it could produce per month. */
public record StockAnswer(Long stockOnHand, Long additionalMonthlyCapacity, String note) {

    public StockAnswer {
        Numbers.requireNonNegative(stockOnHand, "stockOnHand");
        Numbers.requireNonNegative(additionalMonthlyCapacity, "additionalMonthlyCapacity");
        note = Text.clean(note);
        if (stockOnHand == null && additionalMonthlyCapacity == null && note == null) {
            throw new IllegalArgumentException("an answer needs stock, capacity or a note");
        }
    }
}
