package jp.go.mhlw.kpi.domain.computation;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** Kinds of overseas base asked in the JFMDA member survey (国際展開に関する拠点). */
public enum OverseasBase implements Labelled {
    RESEARCH_AND_DEVELOPMENT,
    PRODUCTION,
    SALES_AND_MARKETING,
    REGULATORY,
    EDUCATION_AND_TRAINING,
    OTHER;

    @Override
    public String bundleKey() {
        return "overseasBase." + name();
    }
}
