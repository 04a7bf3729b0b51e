package jp.go.mhlw.kpi.domain.model.submission;

import java.util.Locale;
import java.util.Objects;

/**
 * Something unusual that may still be right: the reporter proceeds only with a written justification, which the
 * reviewing officer reads. The key identifies the warning (the justification is given per key); the field is where
 * the form shows it.
 */
public record ValidationWarning(String key, String field, String messageJa, String messageEn) {

    public ValidationWarning {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageJa, "messageJa");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public String message(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? messageEn : messageJa;
    }

    public String getKey() {
        return key;
    }

    public String getField() {
        return field;
    }

    public String getMessageJa() {
        return messageJa;
    }

    public String getMessageEn() {
        return messageEn;
    }
}
