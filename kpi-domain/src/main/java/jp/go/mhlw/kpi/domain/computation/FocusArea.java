package jp.go.mhlw.kpi.domain.computation;

import java.util.Locale;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * The five focus areas (重点5分野) of the 2nd Basic Plan, plus themes in none or several of them. Their label is the
 * committee's Japanese name (重点分野1...), in every language.
 */
public enum FocusArea implements Labelled {
    /** Disease prevention for the health-indifferent. */
    FA1,
    /** Earlier diagnosis improving prognosis. */
    FA2,
    /** Personalised medicine integrating diagnosis and treatment. */
    FA3,
    /** Compensating bodily functions of the elderly. */
    FA4,
    /** Efficiency and burden reduction for healthcare workers. */
    FA5,
    /** None or several focus areas. */
    NONE_OR_MULTIPLE;

    @Override
    public String bundleKey() {
        return "focusArea." + name();
    }

    /** "重点分野3 (FA3)", the label used in messages and printed tables (the same in every language). */
    public String displayLabel() {
        return label(Texts.JAPANESE) + " (" + name() + ")";
    }

    /** "重点分野3 (FA3)" on a Japanese screen, the English name with its code on an English one. */
    public String displayLabel(Locale locale) {
        return label(locale) + " (" + name() + ")";
    }
}
