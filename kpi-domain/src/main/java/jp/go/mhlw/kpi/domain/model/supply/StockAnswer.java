package jp.go.mhlw.kpi.domain.model.supply;

/**
 * A maker of an alternative product answers MHLW: its stock and how much more it could produce per month. Its figures
 * are its own business: MHLW reads them, the case's manufacturer (and the supporting association) only when the maker
 * agreed to share them ({@code sharedWithReporter}).
 */
public record StockAnswer(Long stockOnHand, Long additionalMonthlyCapacity, String note, boolean sharedWithReporter) {

    /** An answer for MHLW only. */
    public StockAnswer(Long stockOnHand, Long additionalMonthlyCapacity, String note) {
        this(stockOnHand, additionalMonthlyCapacity, note, false);
    }

    public StockAnswer {
        Numbers.requireNonNegative(stockOnHand, "stockOnHand");
        Numbers.requireNonNegative(additionalMonthlyCapacity, "additionalMonthlyCapacity");
        note = Text.clean(note);
        if (stockOnHand == null && additionalMonthlyCapacity == null && note == null) {
            throw new IllegalArgumentException("an answer needs stock, capacity or a note");
        }
    }
}
