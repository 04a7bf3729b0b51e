package jp.go.mhlw.kpi.domain.model.supply;

import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Labelled;

/**
 * A value's label as it reads inside a sentence ("the additional report is required", where the label alone reads
 * "Additional report"): the bundle key {@code <the value's key>.inSentence}. Japanese reads the same either way.
 */
record InSentence(Labelled value) implements Labelled {

    InSentence {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String bundleKey() {
        return value.bundleKey() + ".inSentence";
    }
}
