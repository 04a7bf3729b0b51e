package jp.go.mhlw.kpi.domain.model.supply;

import java.util.Locale;
import java.util.Objects;

/**
 * One reason a report is refused, naming the field (a {@link SupplyReportField#fieldName()}) so that the form
 * can mark it, in both languages.
 */
public record FieldViolation(String field, String messageJa, String messageEn) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageJa, "messageJa");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public String message(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? messageEn : messageJa;
    }
}
