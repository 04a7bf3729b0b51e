package jp.go.mhlw.kpi.domain.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text of the domain bundle with its arguments, worded only where it is shown: the "what" of a problem ("the name
 * of course 2"), the label of a compared figure. As an argument of another text it is worded in that text's
 * language; {@link #capitalised()} when it begins a sentence.
 */
public record Phrase(String key, List<Object> arguments, boolean initialCapital) implements Labelled {

    public Phrase {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, Arrays.asList(arguments), false);
    }

    /** The same phrase with its first letter in upper case (where the language has cases). */
    public Phrase capitalised() {
        return new Phrase(key, arguments, true);
    }

    @Override
    public String bundleKey() {
        return key;
    }

    @Override
    public String label(Locale locale) {
        String text = Texts.text(locale, key, arguments.toArray());
        return initialCapital && !text.isEmpty() ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }

    @Override
    public String toString() {
        return label(Texts.ENGLISH);
    }
}
