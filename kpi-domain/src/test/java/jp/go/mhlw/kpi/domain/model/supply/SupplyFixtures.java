package jp.go.mhlw.kpi.domain.model.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** Callers and reports shared by the supply tests; organisations as in the demo realm. */
final class SupplyFixtures {

    static final Caller MAKER_A = caller("maker-a", Role.MANUFACTURER, "MAKER-A");
    static final Caller MAKER_B = caller("maker-b", Role.MANUFACTURER, "MAKER-B");
    static final Caller MAKER_C = caller("maker-c", Role.MANUFACTURER, "MAKER-C");
    /** Belongs to MAKER-A but has no role: must not act for it. */
    static final Caller NO_ROLE_A = new Caller("norole1", Set.of(), Optional.of("MAKER-A"));
    static final Caller OFFICER = caller("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI");
    static final Caller ASSOCIATION = caller("assoc1", Role.INDUSTRY_ASSOCIATION, "JFMDA");
    static final Caller OTHER_ASSOCIATION = caller("assoc2", Role.INDUSTRY_ASSOCIATION, "OTHER-ASSOC");

    static final Instant T0 = Instant.parse("2025-04-01T00:00:00Z");

    static final Product PRODUCT = new Product("デモカテーテルA", "30200BZX00001000");

    private SupplyFixtures() {
    }

    static Caller caller(String user, Role role, String organisation) {
        return new Caller(user, Set.of(role), Optional.of(organisation));
    }

    static Instant day(int days) {
        return T0.plusSeconds(86_400L * days);
    }

    /** What a manufacturer knows on day one: the product, the kind of disruption and a contact. */
    static SupplyReport firstReport(DisruptionKind kind) {
        return SupplyReport.builder()
                .productName("デモカテーテルA")
                .disruptionKind(kind)
                .contact(new ContactPerson("山田 太郎", "品質保証部", "03-0000-0000", null))
                .build();
    }

    /** A report with every field answered (market share included). */
    static SupplyReport.Builder complete(DisruptionKind kind) {
        return SupplyReport.builder()
                .productName("デモカテーテルA")
                .approvalNumber("30200BZX00001000")
                .jmdnCode("35094000")
                .deviceClass(DeviceClass.CLASS_IV)
                .affectedLot(new AffectedLot("DC-A-100", "LOT2025-04", 1_200L))
                .disruptionKind(kind)
                .cause(new Cause(CauseCategory.RAW_MATERIAL, "海外サプライヤーの樹脂供給停止"))
                .startDate(LocalDate.of(2025, 4, 1))
                .expectedRecoveryOrEndDate(LocalDate.of(2025, 9, 30))
                .stockOnHand(3_000L)
                .stockMonths(new BigDecimal("2.5"))
                .monthlyDemand(1_200L)
                .marketSharePercent(new BigDecimal("35.0"))
                .alternative(new Alternative("デモカテーテルB", "デモ医療機器株式会社B", "MAKER-B"))
                .assessedImpact(ClinicalImpact.LARGE)
                .impactReasoning("代替品の供給余力が限られるため")
                .informationGiven("2025-04-03 日本循環器学会・主要医療機関へ文書で通知")
                .contact(new ContactPerson("山田 太郎", "品質保証部", "03-0000-0000", "yamada@example.jp"));
    }

    static SupplyReport additionalReport() {
        return complete(DisruptionKind.SHORTAGE).build();
    }

    static SupplyReport terminationReport() {
        return complete(DisruptionKind.TERMINATION)
                .cause(Cause.of(CauseCategory.BUSINESS_DECISION))
                .expectedRecoveryOrEndDate(LocalDate.of(2026, 3, 31))
                .build();
    }

    static SupplyCase openedCase() {
        return SupplyCase.open("SD-2025-0001", MAKER_A, PRODUCT, T0);
    }
}
