package jp.go.mhlw.kpi.application.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import jp.go.mhlw.kpi.application.Callers;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.domain.computation.Discrepancy;
import jp.go.mhlw.kpi.domain.computation.DiscrepancyKind;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.Shares;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.lineage.KpiHistory;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.published.HistoryAdoption;
import jp.go.mhlw.kpi.domain.model.published.HistoryAdoption.Outcome;
import jp.go.mhlw.kpi.domain.model.published.PrintedFigureReconciliation;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;
import jp.go.mhlw.kpi.domain.model.published.ReconciliationGap;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The printed-figures service over the real repositories and the migrated R4/R5 figures (V10), with the audit trail
 * recorded in memory (container security aside).
 */
class PublishedFiguresTest extends JpaTestSupport {

    private static final String PLAN = "PLAN-2";
    private static final int R4 = 2022;
    private static final int R5 = 2023;
    private static final Instant NOW = Instant.parse("2024-03-01T01:00:00Z");

    private final PublishedFigures service = new PublishedFigures();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();

    @BeforeEach
    void wire() {
        service.figures = publishedFigures();
        service.plans = basicPlans();
        service.cycles = cycles();
        service.kpiValues = kpiValues();
        service.auditTrail = audit;
        service.currentCaller = Callers.secretariat();
        service.clock = Clock.fixed(NOW, ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void reconcilingTheSeededR5FiguresListsExactlyTheKnownContradictions() {
        List<Discrepancy> found = service.reconcile(PLAN, R5);

        // the five findings of docs/domain.md §5, the average-grant one once per population: the same as
        // PublishedR5ReconciliationTest finds from the tables typed in code
        assertThat(found).extracting(Discrepancy::kind, Discrepancy::subject).containsExactly(
                tuple(DiscrepancyKind.GROUP_COUNTS_DO_NOT_ADD_UP, "採択時 2nd 製品開発 theme count"),
                tuple(DiscrepancyKind.IMPOSSIBLE_PERCENTAGE, "重点分野3 stage-up ratio"),
                tuple(DiscrepancyKind.TOTAL_DISAGREES_WITH_GROUPS, "全体 stage-up ratio"),
                tuple(DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE, "全体 average single-year grant"),
                tuple(DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE, "全体 average single-year grant"),
                tuple(DiscrepancyKind.QUOTIENT_DOES_NOT_MATCH, "企業人材研修 (category 2) participants per course"));
        assertThat(found).extracting(Discrepancy::table).containsExactly(
                "R5 all themes (186 themes)", "R5 all themes (186 themes)", "R5 all themes (186 themes)",
                "R5 all themes (186 themes)", "R5 mature themes (133, leaving out 53 adopted less than a year before)", "R5 training");
        assertThat(found.get(0).english()).contains("printed with 64 themes", "only possible with 65");
        assertThat(found.get(1).english()).contains("55.5%", "11 / 20 = 55.0%");
        assertThat(found.get(2).english()).contains("27.4%", "46 / 186 = 24.7%");
        assertThat(found.get(3).english()).contains("60,016千円", "57,360千円", "57,874千円");
        assertThat(found.get(4).english()).contains("70,702千円", "67,946千円", "67,811千円");
        assertThat(found.get(5).english()).contains("653 participants / 17 courses = 38.4, printed 37");

        PrintedFigureReconciliation reconciliation = service.reconciliation(PLAN, R5);
        assertThat(reconciliation.getGaps()).isEmpty();
        assertThat(reconciliation.getFindings()).hasSize(6);
        assertThat(reconciliation.getCycle()).isEqualTo("令和5年度 (FY2023)");
    }

    @Test
    void r4PrintedTooLittleToReconcileAndSaysWhat() {
        PrintedFigureReconciliation reconciliation = service.reconciliation(PLAN, R4);

        assertThat(reconciliation.discrepancies()).isEmpty();
        assertThat(reconciliation.getGaps()).extracting(ReconciliationGap::getTable)
                .containsExactly("R4 all themes", "R4 training");
        assertThat(reconciliation.getGaps().get(0).getEnglish())
                .contains("全体 row lacks", "G6-ADOPTED-THEMES", "G6-STAGE-UP-RATIO");
        assertThat(reconciliation.getGaps().get(1).getEnglish())
                .contains("医療従事者育成研修 (category 1) (G1-TRAINING-COURSES, G1-PARTICIPANTS-PER-COURSE)");
        assertThat(service.reconcile(PLAN, 2030)).isEmpty();
        assertThat(service.reconcile("PLAN-1", R5)).isEmpty();
    }

    @Test
    void correctingATypoMakesItsDiscrepancyDisappear() {
        PublishedFigure overall = figure(R5, "G6-STAGE-UP-RATIO", KpiBreakdown.TOTAL, FigureUnit.PERCENT);

        service.correct(overall.getId(), new PrintedFigureCorrection("24.7％", overall.getSource(), null, false,
                "digits swapped in the printed material (46 / 186)"));

        assertThat(service.reconcile(PLAN, R5)).extracting(Discrepancy::subject).doesNotContain("全体 stage-up ratio");
    }

    @Test
    void listsACyclesPrintedFiguresInCatalogueOrder() {
        List<PublishedFigure> r5 = service.list(PLAN, R5);

        assertThat(r5).hasSize(125);
        assertThat(r5.subList(0, 3)).extracting(f -> f.getKpi().getCode() + " " + f.getBreakdown() + " " + f.getUnit())
                .containsExactly("G1-TRAINING-PARTICIPANTS HEALTHCARE_PROFESSIONALS COUNT",
                        "G1-TRAINING-PARTICIPANTS HEALTHCARE_PROFESSIONALS TIMES",
                        "G1-TRAINING-PARTICIPANTS INDUSTRY COUNT");
        assertThat(r5).extracting(f -> f.getKpi().getGoal().getNumber()).isSorted();
        PublishedFigure fa3 = figure(R5, "G6-STAGE-UP-RATIO", "FA3", FigureUnit.PERCENT);
        assertThat(fa3.getPrintedText()).isEqualTo("55.5％");
        assertThat(fa3.getPrintedValue()).isEqualByComparingTo("55.5").hasScaleOf(1);
        assertThat(figure(R5, "G6-LAUNCH-RATIO", "FA3", FigureUnit.PERCENT).getPrintedValue()).hasScaleOf(0);
        assertThat(service.list(PLAN, R4)).hasSize(28);
        assertThat(service.list(PLAN, 2030)).isEmpty();
    }

    @Test
    void entersAFigureAsPrintedAndRecordsItOnce() {
        PublishedFigure entered = service.enter(PLAN, R5, new PrintedFigureEntry("G3-JOINT-RESEARCH-AVERAGE-AMOUNT",
                "BASIC", FigureUnit.THOUSAND_YEN, "2,608", "資料3-1 p.37", " stage as read from the chart ", false));
        flushAndClear();

        PublishedFigure stored = publishedFigures().findById(entered.getId()).orElseThrow();
        assertThat(stored.getPrintedText()).isEqualTo("2,608");
        assertThat(stored.getPrintedValue()).isEqualByComparingTo("2608");
        assertThat(stored.getPrintedDecimals()).isZero();
        assertThat(stored.getNote()).isEqualTo("stage as read from the chart");
        assertThat(stored.getEnteredBy()).isEqualTo(Callers.SECRETARIAT_USER);
        assertThat(stored.getEnteredAt().toInstant()).isEqualTo(NOW);
        assertThat(stored.isCorrected()).isFalse();
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("published-figure.entered");
            assertThat(entry.objectType()).isEqualTo("PublishedFigure");
            assertThat(entry.objectId()).isEqualTo(String.valueOf(entered.getId()));
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).contains("\"printedText\":\"2,608\"", "\"printedValue\":\"2608\"",
                    "\"kpi\":\"G3-JOINT-RESEARCH-AVERAGE-AMOUNT\"");
        });
    }

    @Test
    void refusesWhatIsNotAPrintedFigureWithEveryProblemAtOnce() {
        assertThatThrownBy(() -> service.enter(PLAN, R5, new PrintedFigureEntry("G6-STAGE-UP-RATIO", "FA9",
                FigureUnit.COUNT, "about 30", " ", null, false)))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::field)
                        .containsExactly("breakdown", "unit", "printedText", "source"));
        assertThatThrownBy(() -> service.enter(PLAN, R5, new PrintedFigureEntry("G2-VENTURE-SHARE", null,
                FigureUnit.PERCENT, "1.3倍", "資料3-1 p.32", null, false)))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .singleElement().satisfies(problem -> assertThat(problem.messageEn())
                                .contains("「1.3倍」 is printed in another unit than PERCENT")));
        assertThatThrownBy(() -> service.enter(PLAN, R5, new PrintedFigureEntry("G7-OVERSEAS-BASE-SHARE", null,
                FigureUnit.PERCENT, "101%", "x", null, false)))
                .hasMessageContaining("A share cannot exceed 100%");
        assertThatThrownBy(() -> service.enter(PLAN, R5, new PrintedFigureEntry("G9-FEE-SYSTEM-REVISIONS", null,
                FigureUnit.COUNT, "1", "x", null, false)))
                .hasMessageContaining("narrative follow-up item");
        assertThatThrownBy(() -> service.enter(PLAN, 2030, new PrintedFigureEntry("G-UNKNOWN", null,
                FigureUnit.COUNT, "1", "x", null, false)))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::field).containsExactly("cycle", "kpi"));
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void refusesASecondEntryForTheSameFigure() {
        assertThatThrownBy(() -> service.enter(PLAN, R5, new PrintedFigureEntry("G6-STAGE-UP-RATIO", "TOTAL",
                FigureUnit.PERCENT, "24.7%", "資料3-1 p.45", null, false)))
                .isInstanceOf(EntryRejectedException.class)
                .hasMessageContaining("already entered as 「27.4％」")
                .hasMessageContaining("correct that entry instead");
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void onlyCountsOfANormalisedKpiInANormalisedCycleArePrintedNormalised() {
        // an average amount, a state (hubs running courses) and a ratio are never brought to a yearly basis
        assertThatThrownBy(() -> enter(R4, "G3-JOINT-RESEARCH-AVERAGE-AMOUNT", "CLINICAL", FigureUnit.THOUSAND_YEN,
                "8,883", true)).hasMessageContaining("Only counts of a KPI normalised by period can be printed normalised");
        assertThatThrownBy(() -> enter(R4, "G1-TRAINING-HUBS", "INDUSTRY", FigureUnit.COUNT, "14", true))
                .hasMessageContaining("Only counts of a KPI normalised by period");
        assertThatThrownBy(() -> enter(R5, "G3-HUB-COOPERATION", "TOTAL", FigureUnit.TIMES, "1.3倍", true))
                .hasMessageContaining("Only counts of a KPI normalised by period");
        // R5's factor is 1: nothing was normalised
        assertThatThrownBy(() -> service.correct(figure(R5, "G3-HUB-COOPERATION", "TOTAL", FigureUnit.COUNT).getId(),
                new PrintedFigureCorrection("70件", "資料3-1 p.38 (p.12)", null, true, "flag")))
                .hasMessageContaining("R5's normalisation factor is 1");
        // a count printed after ×1/2 may be a half; a raw count is whole
        PublishedFigure half = enter(R4, "G1-TRAINING-COURSES", "AI", FigureUnit.COUNT, "3.5コース", true);
        assertThat(half.getPrintedValue()).isEqualByComparingTo("3.5");
        assertThatThrownBy(() -> enter(R4, "G1-TRAINING-COURSES", "OTHER", FigureUnit.COUNT, "2.5", false))
                .hasMessageContaining("A count is a whole number unless it was printed after a period normalisation");
    }

    @Test
    void correctsAnEntryOnceAndIgnoresAnUnchangedForm() {
        PublishedFigure typo = service.enter(PLAN, R5, new PrintedFigureEntry("G7-INTERNATIONAL-ACTIVITY-SHARE", null,
                FigureUnit.PERCENT, "6.23%", "資料3-1 p.51", null, false));

        assertThatThrownBy(() -> service.correct(typo.getId(),
                new PrintedFigureCorrection("62.3%", "資料3-1 p.51", null, false, " ")))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::field).containsExactly("reason"));
        PublishedFigure corrected = service.correct(typo.getId(),
                new PrintedFigureCorrection("62.3%", "資料3-1 p.51", null, false, "decimal point misplaced"));
        service.correct(typo.getId(), new PrintedFigureCorrection("62.3%", "資料3-1 p.51", null, false, "again"));
        flushAndClear();

        PublishedFigure stored = publishedFigures().findById(corrected.getId()).orElseThrow();
        assertThat(stored.getPrintedValue()).isEqualByComparingTo("62.3");
        assertThat(stored.getCorrectedBy()).isEqualTo(Callers.SECRETARIAT_USER);
        assertThat(stored.getEnteredBy()).isEqualTo(Callers.SECRETARIAT_USER);
        assertThat(audit.actions()).containsExactly("published-figure.entered", "published-figure.corrected");
        AuditEntry correction = audit.entries.get(1);
        assertThat(correction.summary()).contains("「62.3%」", "was 「6.23%」", "decimal point misplaced");
        assertThat(correction.before()).contains("\"printedText\":\"6.23%\"");
        assertThat(correction.after()).contains("\"printedText\":\"62.3%\"");
        assertThatThrownBy(() -> service.correct(999_999L, new PrintedFigureCorrection("1", "x", null, false, "r")))
                .hasMessageContaining("no printed figure 999999");
    }

    @Test
    void adoptsPrintedFiguresAsHistoryWhereNoComputedValueExists() {
        FollowUpCycle r5 = cycles().find(PLAN, JapaneseFiscalYear.of(R5)).orElseThrow();
        Kpi ventures = kpi("G2-VENTURE-SHARE");
        // R5's venture share was computed from the survey rows: it wins over the printed 13.3%
        kpiValues().store(new KpiValue(r5, ventures, KpiBreakdown.TOTAL,
                Shares.share("venture share R5", "ventures", 17, "domestic-capital respondents", 128),
                List.of(SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 42)), OffsetDateTime.now()));

        HistoryAdoption r4 = service.adoptAsHistory(PLAN, R4);
        HistoryAdoption r5Adoption = service.adoptAsHistory(PLAN, R5);
        flushAndClear();

        assertThat(r4.getAdopted()).isEqualTo(28);
        assertThat(r5Adoption.getAdopted()).isEqualTo(124);
        assertThat(r5Adoption.with(Outcome.KEPT_COMPUTED)).singleElement()
                .satisfies(line -> assertThat(line.figure().getPrintedText()).isEqualTo("13.3%"));
        assertThat(audit.entries).hasSize(28 + 124);
        assertThat(audit.actions()).containsOnly("kpi-value.adopted-from-published");

        KpiHistory history = kpiValues().findHistory(kpi("G2-VENTURE-SHARE"));
        List<KpiValue> shares = history.series(KpiBreakdown.TOTAL, FigureUnit.PERCENT);
        assertThat(shares).extracting(KpiValue::getDisplayValue).containsExactly("7.5%", "13.3%");
        assertThat(shares.get(0).getFormula()).isEqualTo("as published: 7.5% (資料3-1 p.32 (p.9))");
        assertThat(shares.get(0).getInputs()).isEmpty();
        assertThat(shares.get(1).getValue()).isEqualByComparingTo("13.28125");
        assertThat(history.series(KpiBreakdown.TOTAL, FigureUnit.PERCENTAGE_POINTS))
                .extracting(KpiValue::getDisplayValue).containsExactly("+5.8 pt");

        // R4 participants were printed after ×1/2: stored as printed, the normalisation noted, not applied again
        List<KpiValue> participants = kpiValues().findHistory(kpi("G1-TRAINING-PARTICIPANTS"))
                .series("HEALTHCARE_PROFESSIONALS", FigureUnit.COUNT);
        assertThat(participants).extracting(KpiValue::getDisplayValue).containsExactly("594", "770");
        assertThat(participants.get(0).getValue()).isEqualByComparingTo("594");
        assertThat(participants.get(0).normalisation()).contains("R4 (2021-04-01〜2023-03-06) ×1/2");
        assertThat(participants.get(0).getFormula())
                .isEqualTo("as published: 594 (資料3-1 p.27 (p.6)), printed after R4 (2021-04-01〜2023-03-06) ×1/2");
        assertThat(participants.get(1).normalisation()).isEmpty();
        assertThat(kpiValues().findHistory(kpi("G6-STAGE-UP-RATIO")).series("FA3", FigureUnit.PERCENT))
                .extracting(KpiValue::getDisplayValue).containsExactly("55.5%");
    }

    @Test
    void adoptingAgainChangesNothingButRefreshesACorrectedFigure() {
        service.adoptAsHistory(PLAN, R5);
        audit.entries.clear();
        HistoryAdoption again = service.adoptAsHistory(PLAN, R5);
        assertThat(again.getUnchanged()).isEqualTo(125);
        assertThat(audit.entries).isEmpty();

        PublishedFigure overall = figure(R5, "G6-STAGE-UP-RATIO", KpiBreakdown.TOTAL, FigureUnit.PERCENT);
        service.correct(overall.getId(), new PrintedFigureCorrection("24.7％", overall.getSource(),
                "corrected: 46 / 186", false, "digits swapped"));
        HistoryAdoption refreshed = service.adoptAsHistory(PLAN, R5);
        flushAndClear();

        assertThat(refreshed.getRefreshed()).isEqualTo(1);
        assertThat(refreshed.getUnchanged()).isEqualTo(124);
        assertThat(audit.actions()).containsExactly("published-figure.corrected", "kpi-value.refreshed-from-published");
        assertThat(audit.entries.get(1).before()).contains("27.4％");
        FollowUpCycle r5 = cycles().find(PLAN, JapaneseFiscalYear.of(R5)).orElseThrow();
        assertThat(kpiValues().find(r5, kpi("G6-STAGE-UP-RATIO"), KpiBreakdown.TOTAL, FigureUnit.PERCENT).orElseThrow()
                .getDisplayValue()).isEqualTo("24.7%");
    }

    @Test
    void onlyTheSecretariatChangesPrintedFigures() throws NoSuchMethodException {
        assertThat(PublishedFigures.class.getAnnotation(RolesAllowed.class).value()).containsExactlyInAnyOrder(
                Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.COMMITTEE_MEMBER, Role.Names.ADMIN);
        for (String method : List.of("enter", "correct", "adoptAsHistory")) {
            RolesAllowed roles = java.util.Arrays.stream(PublishedFigures.class.getMethods())
                    .filter(m -> m.getName().equals(method)).findFirst().orElseThrow().getAnnotation(RolesAllowed.class);
            assertThat(roles.value()).as(method).containsExactly(Role.Names.SECRETARIAT);
        }
    }

    private PublishedFigure enter(int fiscalYear, String kpiCode, String breakdown, FigureUnit unit, String printed,
                                  boolean printedNormalised) {
        return service.enter(PLAN, fiscalYear, new PrintedFigureEntry(kpiCode, breakdown, unit, printed, "資料3-1",
                null, printedNormalised));
    }

    private PublishedFigure figure(int fiscalYear, String kpiCode, String breakdown, FigureUnit unit) {
        FollowUpCycle cycle = cycles().find(PLAN, JapaneseFiscalYear.of(fiscalYear)).orElseThrow();
        return publishedFigures().find(cycle, kpi(kpiCode), breakdown, unit).orElseThrow();
    }

    private Kpi kpi(String code) {
        return basicPlans().findKpi(PLAN, code).orElseThrow();
    }
}
