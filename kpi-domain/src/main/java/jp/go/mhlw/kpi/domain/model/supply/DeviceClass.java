package jp.go.mhlw.kpi.domain.model.supply;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** クラス分類: the risk class of a medical device under the PMD Act. */
public enum DeviceClass implements Labelled {
    CLASS_I,
    CLASS_II,
    CLASS_III,
    CLASS_IV;

    @Override
    public String bundleKey() {
        return "supply.deviceClass." + name();
    }
}
