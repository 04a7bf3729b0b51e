package jp.go.mhlw.kpi.domain.model.published;

import java.util.Locale;
import java.util.Objects;

/**
 * One reason an entry (a printed figure, a target) is refused, naming the field so that the form can mark it,
 * in both languages. Bean getters too, because Jakarta EL 5 (Jakarta EE 10) does not resolve record accessors.
 */
public record EntryProblem(String field, String messageJa, String messageEn) {

    public EntryProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageJa, "messageJa");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public String message(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? messageEn : messageJa;
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

    @Override
    public String toString() {
        return field + ": " + messageEn;
    }
}
