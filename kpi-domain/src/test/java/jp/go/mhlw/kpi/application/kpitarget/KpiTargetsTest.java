package jp.go.mhlw.kpi.application.kpitarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import jp.go.mhlw.kpi.application.Callers;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.published.PublishedFigures;
import jp.go.mhlw.kpi.application.published.PublishedFiguresWiring;
import jp.go.mhlw.kpi.domain.computation.Achievement;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.TargetRule;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetAchievement;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetRuleKind;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetStatus;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Targets over the stored KPI values: R4 and R5 as printed and adopted as history (V10), judged by the targets the
 * tests propose in R4 for R5. The proposals seeded by V11 apply from FY2024 and so judge nothing yet.
 */
class KpiTargetsTest extends JpaTestSupport {

    private static final String PLAN = "PLAN-2";
    private static final int R4 = 2022;
    private static final int R5 = 2023;

    private final KpiTargets service = new KpiTargets();
    private PublishedFigures printed;
    private final RecordingAuditTrail audit = new RecordingAuditTrail();

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
        service.targets = kpiTargets();
        service.plans = basicPlans();
        service.cycles = cycles();
        service.kpiValues = kpiValues();
        service.auditTrail = audit;
        service.currentCaller = Callers.secretariat();
        service.clock = clock;
        printed = PublishedFiguresWiring.publishedFigures(publishedFigures(), basicPlans(), cycles(), kpiValues(),
                new RecordingAuditTrail(), Callers.secretariat(), clock);
    }

    @Test
    void theSeededProposalsApplyFromFy2024() {
        List<KpiTarget> seeded = service.targets(PLAN);

        assertThat(seeded).extracting(t -> t.getKpi().getCode() + " " + t.getBreakdown(), KpiTarget::getRuleJa)
                .containsExactly(
                        tuple("G1-TRAINING-PARTICIPANTS INDUSTRY", "前年度の1.2倍以上"),
                        tuple("G1-TRAINING-PARTICIPANTS COORDINATORS", "前年度の1.2倍以上"),
                        tuple("G1-TRAINING-PARTICIPANTS AI", "前年度の1.2倍以上"),
                        tuple("G1-TRAINING-SATISFACTION HEALTHCARE_PROFESSIONALS", "前年度より増加"),
                        tuple("G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE TOTAL", "前年度より増加"),
                        tuple("G6-ADOPTED-THEMES FA5", "前年度より増加"));
        assertThat(seeded).allSatisfy(target -> {
            assertThat(target.getStatus()).isEqualTo(TargetStatus.PROPOSED);
            assertThat(target.proposedIn().orElseThrow().getFiscalYear().shortName()).isEqualTo("R5");
            assertThat(target.getEffectivePeriod()).isEqualTo("令和6年度 (FY2024)〜");
            assertThat(target.getWordingJa()).contains("KPIに設定することも考えられる");
        });
        assertThat(seeded.get(0).rule()).isEqualTo(new TargetRule.AtLeastMultipleOfPrevious(new BigDecimal("1.2")));
        assertThat(service.evaluate(PLAN, R5)).isEmpty();
    }

    @Test
    void judgesEachTargetMetNotMetOrNoDataFromTheStoredValues() {
        printed.adoptAsHistory(PLAN, R4);
        printed.adoptAsHistory(PLAN, R5);
        propose("G1-TRAINING-PARTICIPANTS", "HEALTHCARE_PROFESSIONALS", FigureUnit.COUNT,
                TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS, "1.2", null);
        propose("G1-TRAINING-PARTICIPANTS", "INDUSTRY", FigureUnit.COUNT,
                TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS, "1.2", 2023);
        propose("G2-VENTURE-SHARE", null, FigureUnit.PERCENT, TargetRuleKind.UP_BY_AT_LEAST_POINTS, "1", null);
        propose("G2-OTHER-INDUSTRY-SHARE", null, FigureUnit.PERCENT, TargetRuleKind.UP_BY_AT_LEAST_POINTS, "2", null);
        propose("G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE", null, FigureUnit.COUNT, TargetRuleKind.HIGHER_THAN_PREVIOUS,
                null, 2023);
        // R5 printed no R4 per-course figures: nothing to compare with
        propose("G1-PARTICIPANTS-PER-COURSE", "AI", FigureUnit.AVERAGE, TargetRuleKind.HIGHER_THAN_PREVIOUS, null, null);
        // nothing was printed about overseas bases in either year
        propose("G7-OVERSEAS-BASE-SHARE", null, FigureUnit.PERCENT, TargetRuleKind.HIGHER_THAN_PREVIOUS, null, null);

        List<TargetAchievement> r5 = service.evaluate(PLAN, R5);

        assertThat(r5).extracting(a -> a.getTarget().getKpi().getCode() + " " + a.getTarget().getBreakdown(),
                TargetAchievement::getAchievement).containsExactly(
                tuple("G1-TRAINING-PARTICIPANTS HEALTHCARE_PROFESSIONALS", Achievement.MET),
                tuple("G1-TRAINING-PARTICIPANTS INDUSTRY", Achievement.NOT_MET),
                tuple("G1-PARTICIPANTS-PER-COURSE AI", Achievement.NO_DATA),
                tuple("G2-VENTURE-SHARE TOTAL", Achievement.MET),
                tuple("G2-OTHER-INDUSTRY-SHARE TOTAL", Achievement.NOT_MET),
                tuple("G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE TOTAL", Achievement.NOT_MET),
                tuple("G7-OVERSEAS-BASE-SHARE TOTAL", Achievement.NO_DATA));
        // R4 as printed was already halved: 770 against 594, not against 297
        assertThat(r5.get(0).getExplanation()).isEqualTo("≥ 1.2 × previous cycle: 770 against 594 → MET");
        assertThat(r5.get(0).getAchievementLabel()).isEqualTo("達成");
        assertThat(r5.get(1).getExplanation()).isEqualTo("≥ 1.2 × previous cycle: 653 against 734 → NOT_MET");
        assertThat(r5.get(2).getExplanation()).endsWith("no figure for the previous cycle");
        assertThat(r5.get(2).getPrevious()).isNull();
        assertThat(r5.get(2).getCurrent().getDisplayValue()).isEqualTo("71.0");
        assertThat(r5.get(3).getExplanation()).isEqualTo("share up by ≥ 1 pt: 13.3% against 7.5% → MET");
        // 5.4% − 3.5% as printed is 1.9 pt: not 2
        assertThat(r5.get(4).getPrevious().getDisplayValue()).isEqualTo("3.5%");
        assertThat(r5.get(5).getExplanation()).isEqualTo("higher than previous cycle: 0 against 0 → NOT_MET");
        assertThat(r5.get(6).getExplanation()).endsWith("no figure for both cycles");
        assertThat(r5.get(6).getAchievementLabel()).isEqualTo("データなし");
        // the first cycle of the plan has no previous one
        assertThat(service.evaluate(PLAN, R4)).isEmpty();
    }

    @Test
    void aWithdrawnTargetIsKeptButNoLongerJudged() {
        KpiTarget target = propose("G2-VENTURE-SHARE", null, FigureUnit.PERCENT, TargetRuleKind.HIGHER_THAN_PREVIOUS,
                null, null);
        service.adopt(target.getId());
        assertThat(service.evaluate(PLAN, R5)).extracting(TargetAchievement::getAchievement)
                .containsExactly(Achievement.NO_DATA);

        service.withdraw(target.getId(), "superseded by a points target");

        assertThat(service.evaluate(PLAN, R5)).isEmpty();
        assertThat(service.targets(PLAN)).filteredOn(t -> t.getStatus() == TargetStatus.WITHDRAWN).hasSize(1);
        assertThat(audit.actions()).containsExactly("kpi-target.proposed", "kpi-target.adopted", "kpi-target.withdrawn");
        assertThat(audit.entries.get(1).before()).contains("\"status\":\"PROPOSED\"");
        assertThat(audit.entries.get(1).after()).contains("\"status\":\"ADOPTED\"");
        assertThat(audit.entries.get(2).summary()).contains("superseded by a points target");
        assertThatThrownBy(() -> service.adopt(target.getId())).isInstanceOf(EntryRejectedException.class)
                .hasMessageContaining("only a proposed target can be adopted");
        assertThatThrownBy(() -> service.withdraw(target.getId(), "again")).hasMessageContaining("already withdrawn");
        assertThat(audit.entries).hasSize(3);
    }

    @Test
    void recordsAProposalOnceWithTheCommitteesWording() {
        KpiTarget target = propose("G1-TRAINING-PARTICIPANTS", "HEALTHCARE_PROFESSIONALS", FigureUnit.COUNT,
                TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS, "1.2", null);
        flushAndClear();

        KpiTarget stored = kpiTargets().findById(target.getId()).orElseThrow();
        assertThat(stored.rule()).isEqualTo(new TargetRule.AtLeastMultipleOfPrevious(new BigDecimal("1.2")));
        assertThat(stored.getRuleEn()).isEqualTo("at least 1.2 × the previous cycle");
        assertThat(stored.getEffectiveFrom().shortName()).isEqualTo("R5");
        assertThat(stored.effectiveTo()).isEmpty();
        assertThat(stored.getRecordedBy()).isEqualTo(Callers.SECRETARIAT_USER);
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("kpi-target.proposed");
            assertThat(entry.objectId()).isEqualTo(String.valueOf(target.getId()));
            assertThat(entry.after()).contains("\"ruleKind\":\"AT_LEAST_MULTIPLE_OF_PREVIOUS\"", "\"parameter\":\"1.2\"",
                    "\"effectiveFrom\":2023", "\"effectiveTo\":null");
        });
    }

    @Test
    void refusesATargetThatCannotBeJudged() {
        assertThatThrownBy(() -> propose("G1-TRAINING-PARTICIPANTS", "AI", FigureUnit.COUNT,
                TargetRuleKind.UP_BY_AT_LEAST_POINTS, "1", null))
                .hasMessageContaining("A rise in points is a target for a share (PERCENT), not for COUNT");
        assertThatThrownBy(() -> service.propose(PLAN, R4, new TargetProposal("G2-VENTURE-SHARE", null,
                FigureUnit.PERCENT, TargetRuleKind.HIGHER_THAN_PREVIOUS, null, 2022, null, "増加", "資料3-1")))
                .hasMessageContaining("applies from the next fiscal year at the earliest");
        assertThatThrownBy(() -> propose("G1-TRAINING-PARTICIPANTS", "AI", FigureUnit.COUNT,
                TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS, null, null))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::field).containsExactly("parameter"));
        assertThatThrownBy(() -> service.propose(PLAN, 2030, new TargetProposal("G-UNKNOWN", null, FigureUnit.COUNT,
                TargetRuleKind.HIGHER_THAN_PREVIOUS, null, null, null, " ", null)))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::field).containsExactly("proposedIn", "kpi"));
        // the seeded proposal for AI participants applies from FY2024 without end: a second one would overlap
        assertThatThrownBy(() -> propose("G1-TRAINING-PARTICIPANTS", "AI", FigureUnit.COUNT,
                TargetRuleKind.HIGHER_THAN_PREVIOUS, null, null))
                .hasMessageContaining("Another target for the same figure (at least 1.2 × the previous cycle");
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void onlyTheSecretariatRecordsTargets() {
        assertThat(KpiTargets.class.getAnnotation(RolesAllowed.class).value()).containsExactlyInAnyOrder(
                Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.COMMITTEE_MEMBER, Role.Names.ADMIN);
        for (String method : List.of("propose", "adopt", "withdraw")) {
            RolesAllowed roles = Arrays.stream(KpiTargets.class.getMethods()).filter(m -> m.getName().equals(method))
                    .findFirst().orElseThrow().getAnnotation(RolesAllowed.class);
            assertThat(roles.value()).as(method).containsExactly(Role.Names.SECRETARIAT);
        }
    }

    /** A target proposed at the R4 meeting, so that it judges R5 (or from R5 until {@code lastYear}). */
    private KpiTarget propose(String kpi, String breakdown, FigureUnit unit, TargetRuleKind kind, String parameter,
                              Integer lastYear) {
        return service.propose(PLAN, R4, new TargetProposal(kpi, breakdown, unit, kind,
                parameter == null ? null : new BigDecimal(parameter), null, lastYear, "前年度から増加させる", "test"));
    }
}
