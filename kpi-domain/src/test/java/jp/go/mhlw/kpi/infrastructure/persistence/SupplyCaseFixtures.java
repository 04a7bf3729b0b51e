package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.AffectedLot;
import jp.go.mhlw.kpi.domain.model.supply.Alternative;
import jp.go.mhlw.kpi.domain.model.supply.Cause;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.ContactPerson;
import jp.go.mhlw.kpi.domain.model.supply.DeviceClass;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.Product;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;

/** Callers, reports and cases for the supply persistence and service tests; organisations as in the demo realm. */
public final class SupplyCaseFixtures {

    public static final Caller MAKER_A = caller("maker-a", Role.MANUFACTURER, "MAKER-A");
    public static final Caller MAKER_B = caller("maker-b", Role.MANUFACTURER, "MAKER-B");
    /** Belongs to MAKER-A without any role. */
    public static final Caller NO_ROLE_A = new Caller("norole1", Set.of(), Optional.of("MAKER-A"));
    public static final Caller OFFICER = caller("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI");
    public static final Caller ASSOCIATION = caller("assoc1", Role.INDUSTRY_ASSOCIATION, "JFMDA");

    public static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    private SupplyCaseFixtures() {
    }

    public static Caller caller(String user, Role role, String organisation) {
        return new Caller(user, Set.of(role), Optional.of(organisation));
    }

    public static Instant day(int days) {
        return T0.plusSeconds(86_400L * days);
    }

    /** The demo manufacturers, which the reference data does not hold. */
    public static void registerDemoManufacturers(EntityManager entityManager) {
        entityManager.persist(new Organisation("MAKER-A", OrganisationKind.MANUFACTURER, "デモ医療機器株式会社A",
                "Demo Medical Devices A Co., Ltd."));
        entityManager.persist(new Organisation("MAKER-B", OrganisationKind.MANUFACTURER, "デモ医療機器株式会社B",
                "Demo Medical Devices B Co., Ltd."));
        entityManager.flush();
    }

    /** What a manufacturer knows on day one: the product, the kind of disruption and a contact. */
    public static SupplyReport firstReport(DisruptionKind kind) {
        return SupplyReport.builder()
                .productName("デモカテーテルA")
                .disruptionKind(kind)
                .contact(new ContactPerson("山田 太郎", "品質保証部", "03-0000-0000", null))
                .build();
    }

    /** Every field answered, with texts that need escaping in JSON. */
    public static SupplyReport.Builder complete(DisruptionKind kind) {
        return SupplyReport.builder()
                .productName("デモカテーテルA \"Pro\" 5Fr")
                .approvalNumber("30200BZX00001000")
                .jmdnCode("35094000")
                .deviceClass(DeviceClass.CLASS_IV)
                .affectedLot(new AffectedLot("DC-A-100", "LOT2026-04", 1_200L))
                .affectedLot(new AffectedLot(null, "LOT2026-05\\B", null))
                .disruptionKind(kind)
                .cause(new Cause(CauseCategory.RAW_MATERIAL, "海外サプライヤーの樹脂供給停止\n(第2報)"))
                .startDate(LocalDate.of(2026, 4, 1))
                .expectedRecoveryOrEndDate(LocalDate.of(2026, 9, 30))
                .stockOnHand(3_000L)
                .stockMonths(new BigDecimal("2.50"))
                .monthlyDemand(1_200L)
                .marketSharePercent(new BigDecimal("35.0"))
                .alternative(new Alternative("デモカテーテルB", "デモ医療機器株式会社B", "MAKER-B"))
                .alternative(new Alternative("海外製カテーテル", "Overseas Devices Inc.", null))
                .assessedImpact(ClinicalImpact.LARGE)
                .impactReasoning("代替品の供給余力が限られるため\t(試算)")
                .informationGiven("2026-04-03 日本循環器学会・主要医療機関へ文書で通知")
                .contact(new ContactPerson("山田 太郎", "品質保証部", "03-0000-0000", "yamada@example.jp"));
    }

    public static SupplyReport additionalReport() {
        return complete(DisruptionKind.SHORTAGE).build();
    }

    public static SupplyReport terminationReport() {
        return complete(DisruptionKind.TERMINATION)
                .cause(Cause.of(CauseCategory.BUSINESS_DECISION))
                .expectedRecoveryOrEndDate(LocalDate.of(2027, 3, 31))
                .build();
    }

    /**
     * A case that has been through almost everything: flow A to coordination with consent, stock requests (one
     * answered), association support, then MHLW's request for a response on a re-report, the decision to
     * terminate, flow B with societies consulted, the additional report, the 10-3, closed; drafts in between.
     */
    public static SupplyCase caseWithFullHistory(String caseNumber) {
        SupplyCase supplyCase = openCase(caseNumber);
        fullHistory().forEach(step -> step.accept(supplyCase));
        return supplyCase;
    }

    public static SupplyCase openCase(String caseNumber) {
        return SupplyCase.open(caseNumber, MAKER_A, new Product("デモカテーテルA", "30200BZX00001000"), T0);
    }

    /** The steps of {@link #caseWithFullHistory}, one change each, after opening. */
    public static List<Consumer<SupplyCase>> fullHistory() {
        return List.of(
                c -> c.saveDraft(MAKER_A, ReportKind.FIRST, SupplyReport.empty(), day(0)),
                c -> c.saveDraft(MAKER_A, ReportKind.FIRST, SupplyReport.builder().productName("下書き").build(), day(0)),
                c -> c.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1)),
                c -> c.fileReport(MAKER_A, ReportKind.ADDITIONAL, additionalReport(), day(5)),
                c -> c.recordTriage(OFFICER, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.MEDIUM, "在庫2.5か月", day(6)),
                c -> c.decideFurtherAction(OFFICER, true, "代替品の供給余力を確認のうえ対応を検討されたい", day(7)),
                c -> c.decideToContinueSupply(MAKER_A),
                c -> c.giveConsent(MAKER_A, day(8)),
                c -> c.requestAlternativeStockData(OFFICER, List.of("MAKER-B", "MAKER-C"), day(9)),
                c -> c.answerStockRequest(MAKER_B, new StockAnswer(5_000L, 800L, "2か月で増産可能", true), day(10)),
                c -> c.requestAssociationSupport(OFFICER, "JFMDA"),
                c -> c.recordAssociationSupport(ASSOCIATION, "会員企業へ代替品の情報提供を依頼", day(11)),
                c -> c.saveDraft(MAKER_A, ReportKind.RE_REPORT, complete(DisruptionKind.SHORTAGE).stockOnHand(100L).build(),
                        day(12)),
                c -> c.fileReport(MAKER_A, ReportKind.RE_REPORT, complete(DisruptionKind.SHORTAGE).stockOnHand(800L).build(),
                        day(13)),
                c -> c.recordTriage(OFFICER, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null, day(14)),
                c -> c.decideFurtherAction(OFFICER, true, "供給継続の可否を検討されたい", day(15)),
                c -> c.decideToTerminateSupply(MAKER_A, terminationReport(), day(16)),
                c -> c.recordTriage(OFFICER, ClinicalImpact.POSSIBLY_LARGE, TriageLevel.MEDIUM, TriageLevel.HIGH, "学会に照会",
                        day(17)),
                c -> c.recordSocietyConsultation(OFFICER, "日本循環器学会", "代替品で対応可能との見解", day(18)),
                c -> c.decideFurtherAction(OFFICER, false, "代替品で対応可能", day(19)),
                c -> c.saveDraft(MAKER_A, ReportKind.ADDITIONAL, terminationReport(), day(19)),
                c -> c.fileReport(MAKER_A, ReportKind.ADDITIONAL, terminationReport(), day(20)),
                c -> c.fileReport(MAKER_A, ReportKind.TERMINATION_NOTICE, terminationReport(), day(21)),
                c -> c.refuseConsent(MAKER_A, day(21)),
                c -> c.close(OFFICER, CloseReason.TERMINATED, day(22)));
    }
}
