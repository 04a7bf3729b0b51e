package jp.go.mhlw.kpi.domain.model.submission;

import java.util.Locale;
import java.util.Objects;

/**
 * A problem that blocks a submission, at the field the form marks (e.g. {@code courses[2].participants}), in both
 * languages.
 */
public record FieldError(String field, String messageJa, String messageEn) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageJa, "messageJa");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public String message(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? messageEn : messageJa;
    }

    /** For EL (records' components are not properties there). */
    public String getField() {
        return field;
    }
}
