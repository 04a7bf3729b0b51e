package jp.go.mhlw.kpi.domain.model.supply;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A complete form 10-2 report that passes its rules, for the demo's living year and the load data: a class IV
 * device with one affected lot, two and a half months of stock, an alternative from MAKER-B and its contact person.
 */
public final class SampleSupplyReport {

    private SampleSupplyReport() {
    }

    /** Begun two weeks before {@code today}, recovered six months after, the medical institutions told a week ago. */
    public static SupplyReport complete(LocalDate today, String product, DisruptionKind kind, Cause cause,
                                        ClinicalImpact impact, String impactReasoning) {
        return SupplyReport.builder()
                .productName(product)
                .approvalNumber("30200BZX00001000")
                .jmdnCode("35094000")
                .deviceClass(DeviceClass.CLASS_IV)
                .affectedLot(new AffectedLot("DM-100", "LOT" + today.getYear() + "-04", 1_200L))
                .disruptionKind(kind)
                .cause(cause)
                .startDate(today.minusWeeks(2))
                .expectedRecoveryOrEndDate(today.plusMonths(6))
                .stockOnHand(3_000L)
                .stockMonths(new BigDecimal("2.5"))
                .monthlyDemand(1_200L)
                .alternative(new Alternative("デモ代替品", "デモ医療機器株式会社B", "MAKER-B"))
                .assessedImpact(impact)
                .impactReasoning(impactReasoning)
                .informationGiven(today.minusWeeks(1) + " 関係学会・主要医療機関へ文書で通知")
                .contact(new ContactPerson("山田 太郎", "品質保証部", "03-0000-0000", "yamada@example.jp"))
                .build();
    }
}
