package jp.go.mhlw.kpi.domain.model.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.CatalogueFixture;
import jp.go.mhlw.kpi.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class FollowUpCycleTest {

    private static final BasicPlan SECOND_PLAN = CatalogueFixture.secondPlan();

    private static FollowUpCycle r4() {
        return new FollowUpCycle(SECOND_PLAN, JapaneseFiscalYear.of(2022),
                LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 6), 1, 2);
    }

    @Test
    void r4FiguresAreHalvedForAYearlyComparison() {
        FollowUpCycle r4 = r4();

        assertThat(r4.getNormalisationFactor()).isEqualTo("1/2");
        assertThat(r4.getDisplayName()).isEqualTo("令和4年度 (FY2022)");
        KpiFigure participants = r4.normalisation().normalise("participants, category 1, R4", new BigDecimal("1188"),
                FigureUnit.COUNT);
        assertThat(participants.value()).isEqualByComparingTo("594");
        assertThat(participants.formula()).isEqualTo("1188 × 1/2 (R4 (2021-04-01〜2023-03-06) ×1/2)");
    }

    @Test
    void aCycleOverItsFiscalYearNeedsNoNormalisation() {
        FollowUpCycle r5 = FollowUpCycle.forFiscalYear(SECOND_PLAN, JapaneseFiscalYear.of(2023));

        assertThat(r5.getPeriodStart()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(r5.getPeriodEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(r5.getNormalisationFactor()).isEqualTo("1");
        assertThat(r5.normalisation().isIdentity()).isTrue();
        assertThat(r5.surveyReferenceDate()).isEmpty();
        r5.fixSurveyDates(SurveyDates.proposedFor(JapaneseFiscalYear.of(2023)));
        assertThat(r5.surveyReferenceDate()).contains(LocalDate.of(2024, 1, 1));
        assertThat(r5.surveyDates()).isEqualTo(new SurveyDates(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 1, 1)));
    }

    @Test
    void surveyDatesAreCompleteAndInOrderOrRefusedNamingEachField() {
        assertThat(new SurveyDates(null, null, null).problems()).extracting(Problem::field)
                .containsExactly("surveyReferenceDate", "previousSnapshot", "currentSnapshot");
        SurveyDates backwards = new SurveyDates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1));
        assertThat(backwards.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("currentSnapshot");
            assertThat(problem.messageEn()).isEqualTo("The current snapshot 2024-01-01 must be after the previous snapshot 2025-01-01.");
        });
        FollowUpCycle r6 = FollowUpCycle.forFiscalYear(SECOND_PLAN, JapaneseFiscalYear.of(2024));
        assertThatThrownBy(() -> r6.fixSurveyDates(backwards)).isInstanceOf(IllegalArgumentException.class);
        assertThat(r6.surveyDates().isComplete()).isFalse();
    }

    @Test
    void surveyDatesChangeUntilTheCollectionIsOver() {
        FollowUpCycle r6 = FollowUpCycle.forFiscalYear(SECOND_PLAN, JapaneseFiscalYear.of(2024));
        r6.fixSurveyDates(SurveyDates.proposedFor(JapaneseFiscalYear.of(2024)));
        r6.openCollection(LocalDate.of(2025, 5, 31), ReminderSchedule.of(7), java.time.Instant.parse("2025-04-10T01:00:00Z"));
        SurveyDates later = new SurveyDates(LocalDate.of(2025, 1, 31), LocalDate.of(2024, 1, 31), LocalDate.of(2025, 1, 31));
        r6.fixSurveyDates(later);
        assertThat(r6.surveyDates()).isEqualTo(later);
        r6.closeCollection(java.time.Instant.parse("2025-06-01T01:00:00Z"));
        assertThatThrownBy(() -> r6.fixSurveyDates(SurveyDates.proposedFor(JapaneseFiscalYear.of(2024))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCycleClosedWithoutAReferenceDateMayStillGetItSoThatItCanBeAggregated() {
        FollowUpCycle opened = FollowUpCycle.forFiscalYear(SECOND_PLAN, JapaneseFiscalYear.of(2024));
        opened.openCollection(LocalDate.of(2025, 5, 31), ReminderSchedule.of(7), java.time.Instant.parse("2025-04-10T01:00:00Z"));
        opened.closeCollection(java.time.Instant.parse("2025-06-01T01:00:00Z"));
        assertThat(opened.areSurveyDatesChangeable()).isTrue();
        opened.fixSurveyDates(SurveyDates.proposedFor(JapaneseFiscalYear.of(2024)));
        assertThat(opened.areSurveyDatesChangeable()).as("the aggregation now computes with them").isFalse();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new FollowUpCycle(SECOND_PLAN, JapaneseFiscalYear.of(2023),
                LocalDate.of(2024, 3, 31), LocalDate.of(2023, 4, 1), 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reporting period of R5 ends (2023-04-01) before it starts (2024-03-31)");
    }

    @Test
    void refusesAFactorThatIsNotPositive() {
        assertThatThrownBy(() -> new FollowUpCycle(SECOND_PLAN, JapaneseFiscalYear.of(2022),
                LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 6), 0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("normalisation factor of R4 must be positive, was 0/2");
    }

    @Test
    void refusesAFiscalYearOutsideThePlan() {
        assertThatThrownBy(() -> FollowUpCycle.forFiscalYear(CatalogueFixture.firstPlan(), JapaneseFiscalYear.of(2023)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PLAN-1 is not in force during 令和5年度 (FY2023)");
        assertThatThrownBy(() -> FollowUpCycle.forFiscalYear(SECOND_PLAN, JapaneseFiscalYear.of(2021)))
                .hasMessage("PLAN-2 is not in force during 令和3年度 (FY2021)");
        // FY2022 began before the 2nd plan's decision (2022-05-31) but is the 2nd plan's first cycle
        assertThat(FollowUpCycle.forFiscalYear(SECOND_PLAN, JapaneseFiscalYear.of(2022)).getPlan()).isSameAs(SECOND_PLAN);
    }

    @Test
    void goesThroughItsStatusesUntilPublished() {
        FollowUpCycle cycle = r4();
        assertThat(cycle.getStatus()).isEqualTo(CycleStatus.PLANNED);

        cycle.advance();
        cycle.advance();
        cycle.advance();
        cycle.advance();

        assertThat(cycle.getStatus()).isEqualTo(CycleStatus.PUBLISHED);
        assertThatThrownBy(cycle::advance)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a published cycle has no further status");
    }
}
