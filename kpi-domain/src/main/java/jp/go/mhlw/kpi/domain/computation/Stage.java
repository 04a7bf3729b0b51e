package jp.go.mhlw.kpi.domain.computation;

/**
 * R&D stage of an AMED theme or of a hub's joint research, in development order.
 * The first four are the stages a theme can be adopted at (1st..4th); {@link #LAUNCHED} (上市) is only ever a current stage.
 */
public enum Stage {
    BASIC("基礎研究", "1st"),
    PRODUCT_DEVELOPMENT("製品開発", "2nd"),
    NON_CLINICAL("非臨床", "3rd"),
    CLINICAL("臨床", "4th"),
    LAUNCHED("上市", "launched");

    private final String japaneseLabel;
    private final String ordinalLabel;

    Stage(String japaneseLabel, String ordinalLabel) {
        this.japaneseLabel = japaneseLabel;
        this.ordinalLabel = ordinalLabel;
    }

    public String japaneseLabel() {
        return japaneseLabel;
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

    /** "2nd 製品開発", the label used in messages and printed tables. */
    public String displayLabel() {
        return ordinalLabel + " " + japaneseLabel;
    }
}
