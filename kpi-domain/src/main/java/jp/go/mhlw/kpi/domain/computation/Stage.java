package jp.go.mhlw.kpi.domain.computation;

import java.util.Locale;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * R&D stage of an AMED theme or of a hub's joint research, in development order.
 * The first four are the stages a theme can be adopted at (1st..4th); {@link #LAUNCHED} (上市) is only ever a current stage.
 * Its label is the committee's Japanese name (基礎研究...), in every language.
 */
public enum Stage implements Labelled {
    BASIC("1st"),
    PRODUCT_DEVELOPMENT("2nd"),
    NON_CLINICAL("3rd"),
    CLINICAL("4th"),
    LAUNCHED("launched");

    private final String ordinalLabel;

    Stage(String ordinalLabel) {
        this.ordinalLabel = ordinalLabel;
    }

    @Override
    public String bundleKey() {
        return "stage." + name();
    }

    /** "1st".."4th" as the committee numbers the stages at adoption; "launched" for 上市. */
    public String ordinalLabel() {
        return ordinalLabel;
    }

    /** A research stage: one a theme can be adopted at and a hub can report joint research for. */
    public boolean isResearchStage() {
        return this != LAUNCHED;
    }

    public boolean isAbove(Stage other) {
        return compareTo(other) > 0;
    }

    /** "2nd 製品開発", the label used in messages and printed tables (the same in every language). */
    public String displayLabel() {
        return ordinalLabel + " " + label(Texts.JAPANESE);
    }

    /** "2nd 製品開発" on a Japanese screen, "2nd Product development" on an English one. */
    public String displayLabel(Locale locale) {
        return ordinalLabel + " " + label(locale);
    }
}
