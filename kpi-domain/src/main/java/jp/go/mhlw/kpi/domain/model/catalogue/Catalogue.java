package jp.go.mhlw.kpi.domain.model.catalogue;

import java.util.Locale;

/** Checks and language choice shared by the catalogue's entities. */
final class Catalogue {

    private Catalogue() {
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    /** Japanese unless English is asked for, as everywhere on the platform. */
    static boolean isEnglish(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
