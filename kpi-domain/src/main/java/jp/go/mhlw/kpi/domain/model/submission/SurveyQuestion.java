package jp.go.mhlw.kpi.domain.model.submission;

import java.util.List;

/**
 * The questions of a training course's participant survey (hub report, slide 35) and their answer options, in the
 * order the template prints them. A course's survey gives the number of respondents per option.
 */
public enum SurveyQuestion {
    AFFILIATION("所属", "Affiliation",
            List.of("医療機関", "企業", "大学・研究機関", "行政・公的機関", "その他"),
            List.of("Medical institution", "Company", "University / research body", "Public body", "Other")),
    AGE_BRACKET("年齢", "Age",
            List.of("20代以下", "30代", "40代", "50代", "60代以上"),
            List.of("29 or under", "30s", "40s", "50s", "60 or over")),
    KNOWLEDGE("知識の習得", "Knowledge gained",
            List.of("非常に得られた", "得られた", "どちらともいえない", "あまり得られなかった", "得られなかった"),
            List.of("Very much", "Yes", "Neutral", "Little", "None")),
    USEFULNESS("業務への有用性", "Usefulness",
            List.of("非常に役立つ", "役立つ", "どちらともいえない", "あまり役立たない", "役立たない"),
            List.of("Very useful", "Useful", "Neutral", "Of little use", "Of no use")),
    MOTIVATION("意欲の変化", "Change in motivation",
            List.of("高まった", "変わらない", "低下した"),
            List.of("Increased", "Unchanged", "Decreased")),
    SATISFACTION("満足度", "Satisfaction",
            List.of("100%", "80%", "60%", "40%", "20%以下"),
            List.of("100%", "80%", "60%", "40%", "20% or less"));

    private final String labelJa;
    private final String labelEn;
    private final List<String> optionsJa;
    private final List<String> optionsEn;

    SurveyQuestion(String labelJa, String labelEn, List<String> optionsJa, List<String> optionsEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.optionsJa = optionsJa;
        this.optionsEn = optionsEn;
    }

    public String labelJa() {
        return labelJa;
    }

    public String labelEn() {
        return labelEn;
    }

    public List<String> optionsJa() {
        return optionsJa;
    }

    public List<String> optionsEn() {
        return optionsEn;
    }

    public int optionCount() {
        return optionsJa.size();
    }
}
