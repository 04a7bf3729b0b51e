package jp.go.mhlw.kpi.domain.computation;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** International activities asked in the JFMDA member survey (国際展開に関する活動). */
public enum OverseasActivity implements Labelled {
    EXPORT,
    OVERSEAS_IP_FILING,
    JOINT_RESEARCH_WITH_OVERSEAS_BODIES,
    OTHER_OVERSEAS_INVESTMENT,
    REGULATORY_FILING,
    OTHER;

    @Override
    public String bundleKey() {
        return "overseasActivity." + name();
    }
}
