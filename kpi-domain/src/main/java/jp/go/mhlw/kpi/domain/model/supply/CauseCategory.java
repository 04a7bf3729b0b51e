package jp.go.mhlw.kpi.domain.model.supply;

/** The list a cause is chosen from; {@link #OTHER} needs the free text of {@link Cause}. */
public enum CauseCategory implements Labelled {
    RAW_MATERIAL("原材料・部品の調達困難", "Raw materials or components unavailable"),
    MANUFACTURING("製造上の問題", "Manufacturing problem"),
    QUALITY("品質上の問題(回収等)", "Quality problem (e.g. recall)"),
    REGULATORY("薬事手続上の問題", "Regulatory procedure"),
    DEMAND_SURGE("需要の急増", "Surge in demand"),
    DISASTER("災害・事故", "Disaster or accident"),
    LOGISTICS("物流の問題", "Logistics problem"),
    SUPPLIER_WITHDRAWAL("供給元・製造元の撤退", "Supplier or manufacturer withdrawal"),
    BUSINESS_DECISION("事業上の判断(採算等)", "Business decision (e.g. profitability)"),
    OTHER("その他", "Other");

    private final String labelJa;
    private final String labelEn;

    CauseCategory(String labelJa, String labelEn) {
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
