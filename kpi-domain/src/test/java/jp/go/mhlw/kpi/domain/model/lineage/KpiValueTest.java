package jp.go.mhlw.kpi.domain.model.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.computation.Shares;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.CatalogueFixture;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.catalogue.Vision;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import org.junit.jupiter.api.Test;

class KpiValueTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2024-02-01T10:00:00+09:00");
    private static final List<SubmissionReference> HUB_REPORTS = List.of(SubmissionReference.of(SubmissionKind.HUB_REPORT, 3));

    private final BasicPlan plan = CatalogueFixture.secondPlan();
    private final Vision visionA = CatalogueFixture.visionA(plan);
    private final Kpi participants = CatalogueFixture.trainingParticipants(CatalogueFixture.goal(visionA, 1));
    private final Kpi ventures = CatalogueFixture.ventureShare(CatalogueFixture.goal(visionA, 2));
    private final FollowUpCycle r4 = new FollowUpCycle(plan, JapaneseFiscalYear.of(2022),
            LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 6), 1, 2);
    private final FollowUpCycle r5 = FollowUpCycle.forFiscalYear(plan, JapaneseFiscalYear.of(2023));

    @Test
    void refusesAnUnnormalisedCountForACycleThatMustBeNormalised() {
        KpiFigure raw = KpiFigure.count("training participants, category 1, R4", "Σ over R4 courses", 1188);

        assertThatThrownBy(() -> new KpiValue(r4, participants, "HEALTHCARE_PROFESSIONALS", raw, HUB_REPORTS, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PLAN-2 G1-TRAINING-PARTICIPANTS is normalised by period, but the R4 figure"
                        + " \"training participants, category 1, R4\" does not apply R4 (2021-04-01〜2023-03-06) ×1/2");

        KpiFigure normalised = r4.normalisation().normalise("training participants, category 1, R4",
                new BigDecimal("1188"), FigureUnit.COUNT);
        KpiValue value = new KpiValue(r4, participants, "HEALTHCARE_PROFESSIONALS", normalised, HUB_REPORTS, NOW);
        assertThat(value.getValue()).isEqualByComparingTo("594");
        assertThat(value.normalisation()).contains("R4 (2021-04-01〜2023-03-06) ×1/2");
        // a yearly cycle needs no factor
        assertThat(new KpiValue(r5, participants, "HEALTHCARE_PROFESSIONALS",
                KpiFigure.count("participants R5", "Σ", 770), HUB_REPORTS, NOW).normalisation()).isEmpty();
    }

    @Test
    void refusesABreakdownTheKpiDoesNotHave() {
        KpiFigure share = Shares.share("venture share R5", "ventures", 17, "respondents", 128);

        assertThatThrownBy(() -> new KpiValue(r5, ventures, "FA3", share, List.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PLAN-2 G2-VENTURE-SHARE has no breakdown \"FA3\"; it accepts TOTAL only");
        assertThatThrownBy(() -> new KpiValue(r5, participants, "CATEGORY_7", KpiFigure.count("x", "x", 1), List.of(), NOW))
                .hasMessage("PLAN-2 G1-TRAINING-PARTICIPANTS has no breakdown \"CATEGORY_7\"; it accepts TOTAL and"
                        + " [HEALTHCARE_PROFESSIONALS, INDUSTRY, ACADEMIA, COORDINATORS, AI, OTHER]");
    }

    @Test
    void refusesNarrativeItemsAndKpisOfAnotherPlan() {
        Goal goal4 = CatalogueFixture.goal(visionA, 4);
        Kpi narrative = CatalogueFixture.nonClinicalEvaluation(goal4);
        BasicPlan third = new BasicPlan("PLAN-3", "第3期", "3rd", LocalDate.of(2027, 5, 31), LocalDate.of(2027, 5, 31));
        FollowUpCycle thirdPlanCycle = FollowUpCycle.forFiscalYear(third, JapaneseFiscalYear.of(2028));
        KpiFigure one = KpiFigure.count("x", "x", 1);

        assertThatThrownBy(() -> new KpiValue(r5, narrative, KpiBreakdown.TOTAL, one, List.of(), NOW))
                .hasMessage("PLAN-2 G4-NON-CLINICAL-EVALUATION is a narrative follow-up item; it has no computed value");
        assertThatThrownBy(() -> new KpiValue(thirdPlanCycle, ventures, KpiBreakdown.TOTAL, one, List.of(), NOW))
                .hasMessage("PLAN-2 G2-VENTURE-SHARE belongs to another plan than the cycle PLAN-3 令和10年度 (FY2028)");
    }

    @Test
    void storesSixteenDecimalsAndKeepsTheExactFraction() {
        KpiFigure third = KpiFigure.quotient("one third", "1 / 3", FigureUnit.AVERAGE, BigDecimal.ONE, new BigDecimal("3"));

        KpiValue value = new KpiValue(r5, participants, KpiBreakdown.TOTAL, third, List.of(), NOW);

        assertThat(value.getValue()).isEqualTo(new BigDecimal("0.3333333333333333"));
        assertThat(value.getNumerator()).isEqualByComparingTo("1");
        assertThat(value.getDenominator()).isEqualByComparingTo("3");
        assertThat(value.toFigure().display()).isEqualTo("0.3");
    }

    @Test
    void replacesOnlyTheSameFigure() {
        KpiValue share = new KpiValue(r5, ventures, KpiBreakdown.TOTAL,
                Shares.share("venture share R5", "ventures", 16, "respondents", 128), List.of(), NOW);
        KpiValue corrected = new KpiValue(r5, ventures, KpiBreakdown.TOTAL,
                Shares.share("venture share R5", "ventures", 17, "respondents", 128),
                List.of(SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 9)), NOW.plusHours(1));
        KpiValue change = new KpiValue(r5, ventures, KpiBreakdown.TOTAL, Shares.pointChange("change",
                Shares.share("R4", "ventures", 7, "respondents", 93), corrected.toFigure()), List.of(), NOW);

        share.replaceWith(corrected);

        assertThat(share.getDisplayValue()).isEqualTo("13.3%");
        assertThat(share.getComputedAt()).isEqualTo(NOW.plusHours(1));
        assertThat(share.getInputs()).containsExactly(SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 9));
        assertThatThrownBy(() -> share.replaceWith(change)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void historyIsReadableFromFacesExpressions() throws IntrospectionException {
        // Jakarta EL 5 resolves bean properties only, not record accessors
        assertThat(Arrays.stream(Introspector.getBeanInfo(KpiHistory.class).getPropertyDescriptors())
                .map(PropertyDescriptor::getName)).contains("kpi", "values");
    }

    @Test
    void submissionReferencesNeedAKindAndAPositiveId() {
        assertThat(SubmissionReference.of(SubmissionKind.HUB_REPORT, 5)).isEqualTo(SubmissionReference.of(SubmissionKind.HUB_REPORT, 5))
                .hasToString("HUB_REPORT#5");
        assertThatThrownBy(() -> SubmissionReference.of(SubmissionKind.HUB_REPORT, 0))
                .hasMessage("submission id must be positive, was 0");
    }
}
