package jp.go.mhlw.kpi.domain.computation;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** The three platforms supporting the focus areas that a hub may belong to. */
public enum Platform implements Labelled {
    AI_DATA_USE,
    REGULATORY_SCIENCE,
    PARTS_MATERIALS_AND_MANUFACTURING;

    @Override
    public String bundleKey() {
        return "platform." + name();
    }
}
