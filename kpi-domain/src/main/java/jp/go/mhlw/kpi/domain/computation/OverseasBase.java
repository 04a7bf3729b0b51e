package jp.go.mhlw.kpi.domain.computation;

/** Kinds of overseas base asked in the JFMDA member survey (国際展開に関する拠点). */
public enum OverseasBase {
    RESEARCH_AND_DEVELOPMENT("研究開発拠点（海外のCVC機能も含む）"),
    PRODUCTION("生産拠点"),
    SALES_AND_MARKETING("販売拠点（マーケティング機能含む）"),
    REGULATORY("許認可申請"),
    EDUCATION_AND_TRAINING("教育・トレーニング拠点"),
    OTHER("その他の拠点");

    private final String japaneseLabel;

    OverseasBase(String japaneseLabel) {
        this.japaneseLabel = japaneseLabel;
    }

    public String japaneseLabel() {
        return japaneseLabel;
    }
}
