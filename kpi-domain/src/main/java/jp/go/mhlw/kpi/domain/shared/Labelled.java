package jp.go.mhlw.kpi.domain.shared;

import java.util.Locale;

/**
 * A value with a name people read (a report kind, a stage, a state): its text is in the domain bundle under
 * {@link #bundleKey()}, in every language, so no label is written in Java.
 */
public interface Labelled {

    /** The key of the label in the domain bundle, e.g. {@code supply.reportKind.FIRST}. */
    String bundleKey();

    default String label(Locale locale) {
        return Texts.text(locale, bundleKey());
    }
}
