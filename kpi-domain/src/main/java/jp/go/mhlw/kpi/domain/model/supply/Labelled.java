package jp.go.mhlw.kpi.domain.model.supply;

import java.util.Locale;

/** A value the screens show in Japanese or English; Japanese unless English is asked for. */
public interface Labelled {

    String labelJa();

    String labelEn();

    default String label(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? labelEn() : labelJa();
    }
}
