package jp.go.mhlw.kpi.domain.model.supply;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** The list a cause is chosen from; {@link #OTHER} needs the free text of {@link Cause}. */
public enum CauseCategory implements Labelled {
    RAW_MATERIAL,
    MANUFACTURING,
    QUALITY,
    REGULATORY,
    DEMAND_SURGE,
    DISASTER,
    LOGISTICS,
    SUPPLIER_WITHDRAWAL,
    BUSINESS_DECISION,
    OTHER;

    @Override
    public String bundleKey() {
        return "supply.causeCategory." + name();
    }
}
