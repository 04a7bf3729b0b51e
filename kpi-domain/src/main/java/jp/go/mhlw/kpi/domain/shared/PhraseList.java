package jp.go.mhlw.kpi.domain.shared;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Labelled values read as one list, joined by the separator the language uses (the domain bundle's text under
 * {@code separatorKey}, e.g. "、" in Japanese and ", " in English).
 */
public record PhraseList(String separatorKey, List<Object> parts) implements Labelled {

    public PhraseList {
        Objects.requireNonNull(separatorKey, "separatorKey");
        parts = List.copyOf(parts);
    }

    /** Parts that are {@link Labelled} are shown as their label in the same language, others as they are. */
    public static PhraseList of(String separatorKey, List<?> parts) {
        return new PhraseList(separatorKey, List.copyOf(parts));
    }

    @Override
    public String bundleKey() {
        return separatorKey;
    }

    @Override
    public String label(Locale locale) {
        String separator = Texts.text(locale, separatorKey);
        return parts.stream().map(part -> part instanceof Labelled labelled ? labelled.label(locale) : String.valueOf(part))
                .collect(Collectors.joining(separator));
    }

    @Override
    public String toString() {
        return label(Texts.ENGLISH);
    }
}
