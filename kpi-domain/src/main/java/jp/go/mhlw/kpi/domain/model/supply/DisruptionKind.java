package jp.go.mhlw.kpi.domain.model.supply;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** What is happening to supply. Instability and shortage follow flow A, termination flow B. */
public enum DisruptionKind implements Labelled {
    INSTABILITY,
    SHORTAGE,
    TERMINATION;

    @Override
    public String bundleKey() {
        return "supply.disruptionKind." + name();
    }

    /** The label inside a sentence: "shortage" in English, where the label reads "Shortage". */
    public Labelled inSentence() {
        return new InSentence(this);
    }
}
