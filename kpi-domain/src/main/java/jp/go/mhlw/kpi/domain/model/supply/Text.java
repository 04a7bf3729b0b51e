package jp.go.mhlw.kpi.domain.model.supply;

import jp.go.mhlw.kpi.domain.shared.InvalidValueException;

/** Form input normalisation: a blank answer is no answer. */
final class Text {

    private Text() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static String required(String value, String name) {
        String cleaned = clean(value);
        if (cleaned == null) {
            throw new InvalidValueException("input.json.required", name);
        }
        return cleaned;
    }
}
