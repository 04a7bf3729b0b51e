package jp.go.mhlw.kpi.domain.computation;

/** The five focus areas (重点5分野) of the 2nd Basic Plan, plus themes in none or several of them. */
public enum FocusArea {
    FA1("重点分野1", "disease prevention for the health-indifferent"),
    FA2("重点分野2", "earlier diagnosis improving prognosis"),
    FA3("重点分野3", "personalised medicine integrating diagnosis and treatment"),
    FA4("重点分野4", "compensating bodily functions of the elderly"),
    FA5("重点分野5", "efficiency and burden reduction for healthcare workers"),
    NONE_OR_MULTIPLE("重点分野 無/複数", "none or several focus areas");

    private final String japaneseLabel;
    private final String description;

    FocusArea(String japaneseLabel, String description) {
        this.japaneseLabel = japaneseLabel;
        this.description = description;
    }

    public String japaneseLabel() {
        return japaneseLabel;
    }

    public String description() {
        return description;
    }

    /** "重点分野3 (FA3)", the label used in messages and printed tables. */
    public String displayLabel() {
        return japaneseLabel + " (" + name() + ")";
    }
}
