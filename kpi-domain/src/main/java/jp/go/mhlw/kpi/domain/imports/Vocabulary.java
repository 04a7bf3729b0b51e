package jp.go.mhlw.kpi.domain.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The words the imports accept and their templates print ({@code vocabulary.properties} beside this class): column
 * headers, cell values, the templates' headings. Data of the file format, read once; screens read the domain bundle.
 */
final class Vocabulary {

    private static final Properties WORDS = load();

    private Vocabulary() {
    }

    /** The entry {@code key}, its {@code {0}, {1}...} replaced by the values (no other formatting). */
    static String word(String key, Object... values) {
        String word = WORDS.getProperty(key);
        if (word == null) {
            throw new MissingResourceException("no word " + key + " in the import vocabulary", Vocabulary.class.getName(),
                    key);
        }
        for (int i = 0; i < values.length; i++) {
            word = word.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return word;
    }

    /** The entry {@code key}, or empty when there is none. */
    static String optional(String key) {
        return WORDS.getProperty(key, "");
    }

    /** The entry {@code key} as a comma-separated list; empty when there is none. */
    static List<String> words(String key) {
        String list = WORDS.getProperty(key);
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::strip).toList();
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.properties")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.properties is missing beside " + Vocabulary.class.getName());
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
