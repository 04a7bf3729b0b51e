package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions.Approved;
import jp.go.mhlw.kpi.application.followup.CycleFigures.Computed;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.computation.TrainingCourse;
import jp.go.mhlw.kpi.domain.imports.PlanFile;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiComputation;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import org.junit.jupiter.api.Test;

/**
 * What the aggregation computes for a KPI is the computation its catalogue stores with it, whatever the KPI's code:
 * a later plan's renamed KPIs get the figures the 2nd plan's got, and a typed-in KPI gets none.
 */
class CycleFiguresComputationTest {

    private static final PeriodNormalisation R9 = PeriodNormalisation.yearly("R9", LocalDate.of(2027, 4, 1),
            LocalDate.of(2028, 3, 31));
    private static final SurveyDates DATES = new SurveyDates(LocalDate.of(2028, 1, 1), LocalDate.of(2027, 1, 1),
            LocalDate.of(2028, 1, 1));
    private static final List<Approved<List<TrainingCourse>>> TRAINING = List.of(
            hub(1, new TrainingCourse("AI入門", Set.of(5), 30), new TrainingCourse("臨床研修", Set.of(1, 5), 12)),
            hub(2, new TrainingCourse("薬事講座", Set.of(2), 25)));

    @Test
    void aLaterPlansRenamedKpisGetTheFiguresTheirComputationGives() throws IOException {
        List<CatalogueKpi> plan3 = CatalogueKpi.of(PlanFile.read(resource("/plans/plan-3-sample.json"),
                OptionalInt.empty()).plan().orElseThrow());

        List<Computed> third = new CycleFigures(plan3, R9, Optional.empty(), DATES, CycleFigures.PreviousValues.none())
                .compute(TRAINING, List.of(), List.of(), List.of());
        List<Computed> second = new CycleFigures(CatalogueKpi.secondPlan(), R9, Optional.empty(), DATES,
                CycleFigures.PreviousValues.none()).compute(TRAINING, List.of(), List.of(), List.of());

        assertThat(third).extracting(Computed::kpiCode).containsOnly("P3-TRAINEES", "P3-TRAINEES-PER-COURSE");
        assertThat(value(third, "P3-TRAINEES", "AI", FigureUnit.COUNT)).isEqualByComparingTo("42");
        assertThat(value(third, "P3-TRAINEES-PER-COURSE", "AI", FigureUnit.AVERAGE)).isEqualByComparingTo("21");
        assertThat(third).extracting(c -> List.of(c.breakdown(), c.figure().display()))
                .containsExactlyElementsOf(second.stream()
                        .filter(c -> List.of("G1-TRAINING-PARTICIPANTS", "G1-PARTICIPANTS-PER-COURSE")
                                .contains(c.kpiCode()))
                        .map(c -> List.of(c.breakdown(), c.figure().display())).toList());
    }

    @Test
    void aKpiStoredAsTypedInGetsNoComputedFigure() {
        List<CatalogueKpi> hubsTypedIn = CatalogueKpi.secondPlan().stream()
                .map(kpi -> kpi.code().equals("G1-TRAINING-HUBS")
                        ? new CatalogueKpi(kpi.code(), kpi.kind(), kpi.responsibleOrganisation(),
                                KpiComputation.typedIn())
                        : kpi)
                .toList();

        List<Computed> figures = new CycleFigures(hubsTypedIn, R9, Optional.empty(), DATES,
                CycleFigures.PreviousValues.none()).compute(TRAINING, List.of(), List.of(), List.of());

        assertThat(figures).extracting(Computed::kpiCode).doesNotContain("G1-TRAINING-HUBS")
                .contains("G1-TRAINING-PARTICIPANTS", "G1-TRAINING-COURSES", "G1-PARTICIPANTS-PER-COURSE");
    }

    @Test
    void theMinistriesFiguresGoToTheKpisThatNameThemAndNotToATypedInOne() throws IOException {
        List<CatalogueKpi> plan3 = CatalogueKpi.of(PlanFile.read(resource("/plans/plan-3-sample.json"),
                OptionalInt.empty()).plan().orElseThrow());
        Approved<MinistryProgressContent> review = new Approved<>(
                SubmissionReference.of(SubmissionKind.MINISTRY_PROGRESS_REPORT, 901), "MHLW-KIKI",
                new MinistryProgressContent(List.of(new GoalProgress(8, null, Map.of(
                        ProgressFigure.DEVICE_LAG, new BigDecimal("1.5"),
                        ProgressFigure.SAMD_CONSULTATIONS, new BigDecimal("230"))))));

        MinistryFigures.Result result = new MinistryFigures("R9", plan3, CycleFigures.PreviousValues.none())
                .compute(List.of(review));

        assertThat(result.computed()).extracting(Computed::kpiCode).containsExactly("P3-DEVICE-LAG");
        assertThat(result.computed().get(0).figure().display()).isEqualTo("1.5");
        assertThat(result.missing()).isEmpty();
    }

    private static BigDecimal value(List<Computed> figures, String kpiCode, String breakdown, FigureUnit unit) {
        return figures.stream().filter(c -> c.kpiCode().equals(kpiCode) && c.breakdown().equals(breakdown)
                && c.figure().unit() == unit).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kpiCode + " " + breakdown + " in " + unit))
                .figure().value();
    }

    private static Approved<List<TrainingCourse>> hub(long versionId, TrainingCourse... courses) {
        return new Approved<>(SubmissionReference.of(SubmissionKind.HUB_REPORT, versionId), "HUB-" + versionId,
                List.of(courses));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CycleFiguresComputationTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
