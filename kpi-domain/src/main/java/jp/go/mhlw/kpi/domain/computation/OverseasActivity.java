package jp.go.mhlw.kpi.domain.computation;

/** International activities asked in the JFMDA member survey (国際展開に関する活動). */
public enum OverseasActivity {
    EXPORT("医療機器の輸出"),
    OVERSEAS_IP_FILING("知財の海外出願"),
    JOINT_RESEARCH_WITH_OVERSEAS_BODIES("海外機関との共同研究活動"),
    OTHER_OVERSEAS_INVESTMENT("海外向けのその他の投資活動"),
    REGULATORY_FILING("許認可申請"),
    OTHER("その他の活動");

    private final String japaneseLabel;

    OverseasActivity(String japaneseLabel) {
        this.japaneseLabel = japaneseLabel;
    }

    public String japaneseLabel() {
        return japaneseLabel;
    }
}
