package jp.go.mhlw.kpi.domain.computation;

/** The three platforms supporting the focus areas that a hub may belong to. */
public enum Platform {
    AI_DATA_USE("AIを用いた医療機器等の研究開発のためのデータ利活用基盤"),
    REGULATORY_SCIENCE("レギュラトリーサイエンスの基盤"),
    PARTS_MATERIALS_AND_MANUFACTURING("部品・部材等の要素技術の開発、製造基盤");

    private final String japaneseLabel;

    Platform(String japaneseLabel) {
        this.japaneseLabel = japaneseLabel;
    }

    public String japaneseLabel() {
        return japaneseLabel;
    }
}
