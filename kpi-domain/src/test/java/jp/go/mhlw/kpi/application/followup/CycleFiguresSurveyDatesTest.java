package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions.Approved;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import org.junit.jupiter.api.Test;

/** The overseas shares are counted at the snapshots the cycle's survey asked about, whatever their dates. */
class CycleFiguresSurveyDatesTest {

    private static final PeriodNormalisation FY2024 = PeriodNormalisation.yearly("R6", LocalDate.of(2024, 4, 1),
            LocalDate.of(2025, 3, 31));
    private static final LocalDate PREVIOUS = LocalDate.of(2023, 10, 1);
    private static final LocalDate CURRENT = LocalDate.of(2024, 10, 1);

    @Test
    void theExportShareAndItsChangeAreCountedAtTheCyclesTwoSnapshots() {
        // three domestic companies: one exported at both snapshots, one started, one never did
        List<SurveyResponse> rows = List.of(
                company("A", Set.of(OverseasActivity.EXPORT), Set.of(OverseasActivity.EXPORT)),
                company("B", Set.of(), Set.of(OverseasActivity.EXPORT)),
                company("C", Set.of(), Set.of()));

        List<CycleFigures.Computed> figures = new CycleFigures(FY2024, Optional.empty(),
                new SurveyDates(LocalDate.of(2025, 1, 1), PREVIOUS, CURRENT), CycleFigures.PreviousValues.none())
                .compute(List.of(), List.of(), List.of(new Approved<>(
                        SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 7), "JFMDA-SURVEY", rows)), List.of());

        assertThat(value(figures, FigureUnit.PERCENT)).isEqualByComparingTo("66.66666666666666666666666666666667");
        assertThat(value(figures, FigureUnit.PERCENTAGE_POINTS)).isEqualByComparingTo("33.33333333333333333333333333333333");
    }

    private static SurveyResponse company(String name, Set<OverseasActivity> before, Set<OverseasActivity> now) {
        return new SurveyResponse(name, true, false, false, Map.of(PREVIOUS, before, CURRENT, now), Map.of());
    }

    private static BigDecimal value(List<CycleFigures.Computed> figures, FigureUnit unit) {
        return figures.stream()
                .filter(f -> f.kpiCode().equals("G7-INTERNATIONAL-ACTIVITY-SHARE") && f.breakdown().equals("EXPORT")
                        && f.figure().unit() == unit)
                .findFirst().orElseThrow(() -> new AssertionError("no export share in " + unit)).figure().value();
    }
}
