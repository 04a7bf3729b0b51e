package jp.go.mhlw.kpi.domain.imports;

import java.text.Normalizer;
import java.util.Locale;

/** A column of an import template: found by its Japanese or its English header (width and case ignored). */
public record Column(String headerJa, String headerEn, boolean required, String allowedValues) {

    boolean matches(String header) {
        String normalised = normalise(header);
        return normalised.equals(normalise(headerJa)) || normalised.equals(normalise(headerEn));
    }

    static String normalise(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
