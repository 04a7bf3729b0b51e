package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.computation.Shares;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.computation.YearOverYear;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.lineage.KpiHistory;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KpiValueRepositoryTest extends JpaTestSupport {

    private static final OffsetDateTime COMPUTED_AT = OffsetDateTime.of(2024, 2, 1, 10, 0, 0, 0, ZoneOffset.ofHours(9));
    private static final String CATEGORY_1 = TrainingCategory.HEALTHCARE_PROFESSIONALS.name();

    private FollowUpCycle r4;
    private FollowUpCycle r5;

    @BeforeEach
    void loadCycles() {
        r4 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2022)).orElseThrow();
        r5 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2023)).orElseThrow();
    }

    @Test
    void storesAShareAtFullPrecisionWithItsFormulaAndSubmissions() {
        Kpi ventures = kpi("G2-VENTURE-SHARE");
        KpiFigure share = Shares.share("venture share R5", "ventures", 17, "domestic-capital respondents", 128);
        kpiValues().store(new KpiValue(r5, ventures, KpiBreakdown.TOTAL, share,
                List.of(SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 42)), COMPUTED_AT));
        flushAndClear();

        KpiValue stored = kpiValues().find(r5, ventures, KpiBreakdown.TOTAL, FigureUnit.PERCENT).orElseThrow();
        assertThat(stored.getValue()).isEqualByComparingTo("13.28125");
        assertThat(stored.getNumerator()).isEqualByComparingTo("17");
        assertThat(stored.getDenominator()).isEqualByComparingTo("128");
        assertThat(stored.getFormula()).isEqualTo("ventures / domestic-capital respondents = 17 / 128 × 100");
        assertThat(stored.getDisplayValue()).isEqualTo("13.3%");
        assertThat(stored.normalisation()).isEmpty();
        assertThat(stored.getComputedAt().toInstant()).isEqualTo(COMPUTED_AT.toInstant());
        assertThat(stored.getInputs()).containsExactly(SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 42));
    }

    @Test
    void keepsSixteenDecimalsOfARepeatingQuotient() {
        // all 186 themes: 46 stage-ups (the committee printed 27.4%, the rows add up to 24.7%)
        KpiFigure stageUps = Shares.share("stage-up ratio R5", "themes staged up", 46, "themes", 186);
        kpiValues().store(new KpiValue(r5, kpi("G6-STAGE-UP-RATIO"), KpiBreakdown.TOTAL, stageUps,
                List.of(SubmissionReference.of(SubmissionKind.AMED_THEME_REPORT, 7)), COMPUTED_AT));
        flushAndClear();

        KpiValue stored = kpiValues().find(r5, kpi("G6-STAGE-UP-RATIO"), KpiBreakdown.TOTAL, FigureUnit.PERCENT)
                .orElseThrow();
        assertThat(stored.getValue()).isEqualByComparingTo("24.7311827956989247");
        assertThat(stored.getDisplayValue()).isEqualTo("24.7%");
    }

    @Test
    void keepsTheNormalisationNextToANormalisedFigureAndBuildsTheHistory() {
        Kpi participants = kpi("G1-TRAINING-PARTICIPANTS");
        // R4 reported 1,188 participants over ~2 years; published as 594 a year
        KpiFigure r4Participants = r4.normalisation().normalise("training participants, category 1, R4",
                new BigDecimal("1188"), FigureUnit.COUNT);
        KpiFigure r5Participants = KpiFigure.count("training participants, category 1, R5", "Σ over R5 courses", 770);
        KpiFigure ratio = YearOverYear.ratio("participants R5 / R4, category 1", new BigDecimal("770"),
                r5.normalisation(), new BigDecimal("1188"), r4.normalisation());
        Set<SubmissionReference> hubReports = Set.of(SubmissionReference.of(SubmissionKind.HUB_REPORT, 1),
                SubmissionReference.of(SubmissionKind.HUB_REPORT, 2));
        KpiValue r5Ratio = new KpiValue(r5, participants, CATEGORY_1, ratio, hubReports, COMPUTED_AT);
        kpiValues().store(new KpiValue(r4, participants, CATEGORY_1, r4Participants, hubReports, COMPUTED_AT));
        kpiValues().store(new KpiValue(r5, participants, CATEGORY_1, r5Participants, hubReports, COMPUTED_AT));
        kpiValues().store(r5Ratio);
        flushAndClear();

        KpiHistory history = kpiValues().findHistory(kpi("G1-TRAINING-PARTICIPANTS"));
        assertThat(history.fiscalYears()).extracting(JapaneseFiscalYear::shortName).containsExactly("R4", "R5");
        List<KpiValue> counts = history.series(CATEGORY_1, FigureUnit.COUNT);
        assertThat(counts).extracting(KpiValue::getDisplayValue).containsExactly("594", "770");
        assertThat(counts.get(0).normalisation()).contains("R4 (2021-04-01〜2023-03-06) ×1/2");
        assertThat(counts.get(0).getNumerator()).isEqualByComparingTo("1188");
        assertThat(counts.get(0).getDenominator()).isEqualByComparingTo("2");
        KpiValue storedRatio = history.series(CATEGORY_1, FigureUnit.TIMES).get(0);
        assertThat(storedRatio.getDisplayValue()).isEqualTo("1.3倍");
        assertThat(storedRatio.normalisation()).contains(
                "R5 (2023-04-01〜2024-03-31) ×1; R4 (2021-04-01〜2023-03-06) ×1/2");
        assertThat(kpiValues().findByCycle(r5)).extracting(KpiValue::getUnit)
                .containsExactly(FigureUnit.COUNT, FigureUnit.TIMES);
    }

    @Test
    void recomputingReplacesTheStoredFigure() {
        Kpi entrants = kpi("G2-OTHER-INDUSTRY-SHARE");
        KpiValue first = kpiValues().store(new KpiValue(r5, entrants, KpiBreakdown.TOTAL,
                Shares.share("entrants R5", "entrants", 5, "non-ventures", 111),
                List.of(SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 1)), COMPUTED_AT));
        flushAndClear();
        kpiValues().store(new KpiValue(r5, entrants, KpiBreakdown.TOTAL,
                Shares.share("entrants R5", "entrants", 6, "non-ventures", 111),
                List.of(SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 2)), COMPUTED_AT.plusDays(1)));
        flushAndClear();

        List<KpiValue> values = kpiValues().findByCycle(r5);
        assertThat(values).hasSize(1);
        assertThat(values.get(0).getId()).isEqualTo(first.getId());
        assertThat(values.get(0).getDisplayValue()).isEqualTo("5.4%");
        assertThat(values.get(0).getInputs()).containsExactly(SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 2));
        assertThat(values.get(0).getInputCount()).isEqualTo(1);
    }

    @Test
    void aShareAndItsPointChangeAreTwoValuesOfTheSameKpi() {
        Kpi ventures = kpi("G2-VENTURE-SHARE");
        KpiFigure before = Shares.share("venture share R4", "ventures", 7, "domestic-capital respondents", 93);
        KpiFigure now = Shares.share("venture share R5", "ventures", 17, "domestic-capital respondents", 128);
        kpiValues().store(new KpiValue(r5, ventures, KpiBreakdown.TOTAL, now, List.of(), COMPUTED_AT));
        kpiValues().store(new KpiValue(r5, ventures, KpiBreakdown.TOTAL,
                Shares.pointChange("venture share change R4→R5", before, now), List.of(), COMPUTED_AT));
        flushAndClear();

        assertThat(kpiValues().findHistory(ventures).values()).extracting(KpiValue::getDisplayValue)
                .containsExactlyInAnyOrder("13.3%", "+5.8 pt");
    }

    @Test
    void theHistoryIsReadWithEachValuesNumberOfInputsButNotTheInputs() {
        Kpi participants = kpi("G1-TRAINING-PARTICIPANTS");
        Set<SubmissionReference> hubReports = Set.of(SubmissionReference.of(SubmissionKind.HUB_REPORT, 1),
                SubmissionReference.of(SubmissionKind.HUB_REPORT, 2), SubmissionReference.of(SubmissionKind.HUB_REPORT, 3));
        KpiValue r4Count = kpiValues().store(new KpiValue(r4, participants, CATEGORY_1,
                r4.normalisation().normalise("participants R4", new BigDecimal("1188"), FigureUnit.COUNT), hubReports,
                COMPUTED_AT));
        KpiValue r5Count = kpiValues().store(new KpiValue(r5, participants, CATEGORY_1,
                KpiFigure.count("participants R5", "Σ over R5 courses", 770),
                Set.of(SubmissionReference.of(SubmissionKind.HUB_REPORT, 4)), COMPUTED_AT));
        KpiValue asPublished = kpiValues().store(new KpiValue(r5, participants, KpiBreakdown.TOTAL,
                KpiFigure.count("participants R5, all", "as published: 1,000", 1000), List.of(), COMPUTED_AT));
        flushAndClear();

        List<String> statements = new java.util.ArrayList<>();
        var events = entityManager.unwrap(org.eclipse.persistence.sessions.UnitOfWork.class).getParent()
                .getEventManager();
        var counting = new org.eclipse.persistence.sessions.SessionEventAdapter() {
            @Override
            public void postExecuteCall(org.eclipse.persistence.sessions.SessionEvent event) {
                statements.add(String.valueOf(event.getCall()));
            }
        };
        events.addListener(counting);
        KpiHistory history;
        try {
            history = kpiValues().findHistory(participants);
            history.values().forEach(value -> value.getInputCount());
        } finally {
            events.removeListener(counting);
        }

        assertThat(history.values()).extracting(KpiValue::getId, KpiValue::getInputCount).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(r4Count.getId(), 3), org.assertj.core.groups.Tuple.tuple(r5Count.getId(), 1),
                org.assertj.core.groups.Tuple.tuple(asPublished.getId(), 0));
        assertThat(statements).isNotEmpty().noneSatisfy(statement -> assertThat(statement).contains("kpi_value_input"));
        // read when asked for
        assertThat(kpiValues().findById(r4Count.getId()).orElseThrow().getInputs()).isEqualTo(hubReports);
    }

    private Kpi kpi(String code) {
        return basicPlans().findKpi("PLAN-2", code).orElseThrow();
    }
}
