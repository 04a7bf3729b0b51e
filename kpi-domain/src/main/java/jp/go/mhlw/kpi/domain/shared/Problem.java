package jp.go.mhlw.kpi.domain.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason an entry is refused or questioned, at the field the form marks (e.g. {@code courses[2].participants},
 * or {@code ""} for the entry as a whole): a key of the domain bundle and its arguments, so that each screen, the
 * API and the exports show it in their reader's language.
 */
public record Problem(String field, String key, List<Object> arguments) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Problem at(String field, String key, Object... arguments) {
        return new Problem(field, key, Arrays.asList(arguments));
    }

    public String message(Locale locale) {
        return Texts.text(locale, key, arguments.toArray());
    }

    public String messageJa() {
        return message(Texts.JAPANESE);
    }

    public String messageEn() {
        return message(Texts.ENGLISH);
    }

    /** For EL (records' components are not properties there). */
    public String getField() {
        return field;
    }

    public String getKey() {
        return key;
    }

    @Override
    public String toString() {
        return field + ": " + messageEn();
    }
}
