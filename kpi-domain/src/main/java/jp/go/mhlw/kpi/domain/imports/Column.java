package jp.go.mhlw.kpi.domain.imports;

import java.text.Normalizer;
import java.util.Locale;

/** A column of an import template: found by its Japanese or its English header (width and case ignored). */
public record Column(String headerJa, String headerEn, boolean required, String allowedValues) {

    /** The column whose headers (and allowed values, if any) are {@code column.<name>.*} in the vocabulary. */
    static Column named(String name, boolean required) {
        return new Column(Vocabulary.word("column." + name + ".ja"), Vocabulary.word("column." + name + ".en"), required,
                Vocabulary.optional("column." + name + ".allowed"));
    }

    boolean matches(String header) {
        String normalised = normalise(header);
        return normalised.equals(normalise(headerJa)) || normalised.equals(normalise(headerEn));
    }

    static String normalise(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
