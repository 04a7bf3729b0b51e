package jp.go.mhlw.kpi.domain.model.supply;

/** クラス分類: the risk class of a medical device under the PMD Act. */
public enum DeviceClass implements Labelled {
    CLASS_I("クラスI", "Class I"),
    CLASS_II("クラスII", "Class II"),
    CLASS_III("クラスIII", "Class III"),
    CLASS_IV("クラスIV", "Class IV");

    private final String labelJa;
    private final String labelEn;

    DeviceClass(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
