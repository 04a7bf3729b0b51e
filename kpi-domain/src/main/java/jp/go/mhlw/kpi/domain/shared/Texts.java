package jp.go.mhlw.kpi.domain.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The domain's texts (messages, labels, export headings) from one bundle, {@code jp.go.mhlw.kpi.domain.messages}:
 * Japanese in {@code messages.properties}, English in {@code messages_en.properties}. Screens, the API (both
 * languages in its JSON), mails and exports all read them here.
 *
 * <p>Patterns are {@link MessageFormat} patterns: a single quote is written {@code ''}. An argument that is
 * {@link Labelled} is shown as its label in the same language.
 */
public final class Texts {

    public static final String BUNDLE = "jp.go.mhlw.kpi.domain.messages";
    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** Japanese is the base bundle: without this a Japanese lookup on an English server would find English. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The text of {@code key} in the locale's language (English for English, Japanese for everything else). */
    public static String text(Locale locale, String key, Object... arguments) {
        Locale language = isEnglish(locale) ? ENGLISH : JAPANESE;
        String pattern = bundle(language).getString(key);
        if (arguments == null || arguments.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] shown = Arrays.stream(arguments)
                .map(argument -> argument instanceof Labelled labelled ? labelled.label(language) : argument)
                .toArray();
        return new MessageFormat(pattern, language).format(shown);
    }

    public static boolean has(String key) {
        return contains(JAPANESE, key) && contains(ENGLISH, key);
    }

    public static List<String> keys(Locale locale) {
        return bundle(isEnglish(locale) ? ENGLISH : JAPANESE).keySet().stream().sorted().toList();
    }

    private static boolean contains(Locale locale, String key) {
        try {
            bundle(locale).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static ResourceBundle bundle(Locale language) {
        Locale lookup = isEnglish(language) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, lookup, Texts.class.getClassLoader(), NO_FALLBACK);
    }
}
