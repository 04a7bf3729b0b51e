package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.catalogue.CatalogueWiring;
import jp.go.mhlw.kpi.application.submission.SubmissionWiring;
import jp.go.mhlw.kpi.domain.imports.PlanFile;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.submission.ChangeThresholds;
import jp.go.mhlw.kpi.domain.model.submission.ReviewDecision;
import jp.go.mhlw.kpi.domain.model.submission.Submission;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionValidator;
import jp.go.mhlw.kpi.domain.model.submission.ValidationResult;
import jp.go.mhlw.kpi.domain.model.submission.ValidationWarning;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 3rd plan imported from its plan file is followed up like the 2nd (H2, migrated, rolled back): a cycle of it is
 * opened through the secretariat's service, the bodies it asks report and are approved, and the aggregation computes
 * its renamed and regrouped KPIs from the computations stored with them. The same reports in a cycle of the 2nd plan
 * give the same figures under the 2nd plan's codes; the KPI whose computation the application does not know is
 * typed in and gets no computed figure; the 2nd plan's cycles keep the 2nd plan's KPIs.
 */
class ThirdPlanCycleTest extends JpaTestSupport {

    private static final String PLAN_2 = "PLAN-2";
    private static final String PLAN_3 = "PLAN-3-SAMPLE";
    /** Both plans are in force in fiscal 2027; neither has a cycle for 2026, so no figure compares with last year. */
    private static final int FISCAL_YEAR = 2027;
    private static final Instant NOW = Instant.parse("2028-04-10T01:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2028, 5, 31);
    private static final List<String> BODIES = List.of("HUB-HIROSHIMA", "HUB-HOKKAIDO", "AMED", "JFMDA-SURVEY",
            "MHLW-KIKI");

    /** Each 3rd-plan KPI computed by the application, and the 2nd-plan KPI computed the same way. */
    private static final Map<String, String> SAME_COMPUTATION = Map.of(
            "P3-TRAINEES", "G1-TRAINING-PARTICIPANTS",
            "P3-TRAINEES-PER-COURSE", "G1-PARTICIPANTS-PER-COURSE",
            "P3-VENTURE-SHARE", "G2-VENTURE-SHARE",
            "P3-HUB-JOINT-RESEARCH", "G3-JOINT-RESEARCH",
            "P3-THEME-STAGE-UP", "G6-MATURE-STAGE-UP-RATIO",
            "P3-DEVICE-LAG", "G8-DEVICE-LAG");

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private CycleOpening opening;
    private KpiAggregationService aggregation;

    @BeforeEach
    void wire() {
        opening = FollowUpWiring.opening(basicPlans(), cycles(), organisations(), reportRequests(), audit);
        opening.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        aggregation = FollowUpWiring.aggregation(cycles(), basicPlans(), kpiValues(), kpiTargets(), audit);
        aggregation.submissions = KpiAggregationServiceTest.instance(
                SubmissionWiring.approvedSubmissions(submissionRows(), organisations()));
        aggregation.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void aCycleOfTheImported3rdPlanGivesItsRenamedKpisTheFiguresThe2ndPlanGivesForTheSameReports()
            throws IOException {
        List<String> plan2Kpis = kpiCodes(PLAN_2);
        List<Long> plan2Cycles = cycles().findByPlan(PLAN_2).stream().map(FollowUpCycle::getId).toList();
        BasicPlan plan3 = CatalogueWiring.planImport(basicPlans(), cycles(), kpiTargets(), organisations(), audit).importPlan(
                PlanFile.read(resource("/plans/plan-3-sample.json"), OptionalInt.empty()).plan().orElseThrow());
        flushAndClear();

        long third = openAndReport(plan3.getCode());
        long second = openAndReport(PLAN_2);
        aggregation.aggregate(third);
        aggregation.aggregate(second);
        flushAndClear();

        FollowUpCycle thirdCycle = cycles().find(third).orElseThrow();
        FollowUpCycle secondCycle = cycles().find(second).orElseThrow();
        assertThat(thirdCycle.getPlan().getCode()).isEqualTo(PLAN_3);
        assertThat(reportRequests().findByCycle(third)).extracting(ReportRequest::getOrganisationCode)
                .containsExactlyInAnyOrderElementsOf(BODIES);
        // each renamed or regrouped KPI: the same figures, group by group, as its 2nd-plan counterpart
        SAME_COMPUTATION.forEach((plan3Kpi, plan2Kpi) -> {
            Set<String> thirds = figures(thirdCycle, plan3Kpi);
            assertThat(thirds).as(plan3Kpi).isNotEmpty().isEqualTo(figures(secondCycle, plan2Kpi));
        });
        // the new KPI needs a computation the application does not know: typed in, nothing computed for it
        assertThat(basicPlans().findKpi(PLAN_3, "P3-SAMD-APPROVALS").orElseThrow().computation().isTypedIn()).isTrue();
        assertThat(figures(thirdCycle, "P3-SAMD-APPROVALS")).isEmpty();
        // the 3rd plan's cycle holds the 3rd plan's KPIs only
        assertThat(kpiValues().findByCycle(thirdCycle)).extracting(value -> value.getKpi().getGoal().getVision()
                .getPlan().getCode()).containsOnly(PLAN_3);

        // the 2nd plan: the same KPIs, its earlier cycles untouched, each cycle's values its own plan's KPIs
        assertThat(kpiCodes(PLAN_2)).isEqualTo(plan2Kpis);
        assertThat(cycles().findByPlan(PLAN_2)).extracting(FollowUpCycle::getId)
                .containsAll(plan2Cycles).contains(second).doesNotContain(third);
        for (FollowUpCycle cycle : cycles().findByPlan(PLAN_2)) {
            assertThat(kpiValues().findByCycle(cycle)).as(cycle.toString())
                    .allSatisfy(value -> assertThat(plan2Kpis).contains(value.getKpi().getCode()));
        }
        assertThat(audit.actions()).filteredOn(action -> action.equals("kpi.aggregated")).hasSize(2);
    }

    /** Opens the plan's fiscal-2027 cycle asking {@link #BODIES}, and has each body report and be approved. */
    private long openAndReport(String planCode) {
        long cycleId = opening.open(new CycleOpeningRequest(planCode, FISCAL_YEAR, LocalDate.of(FISCAL_YEAR, 4, 1),
                LocalDate.of(FISCAL_YEAR + 1, 3, 31), 1, 1, DUE, "14,7,1", BODIES,
                SurveyDates.proposedFor(JapaneseFiscalYear.of(FISCAL_YEAR))));
        Instant at = NOW.plusSeconds(3600);
        for (ReportRequest request : reportRequests().findByCycle(cycleId)) {
            SubmissionContent content = switch (request.getKind()) {
                case HUB_REPORT -> request.getOrganisationCode().equals("HUB-HIROSHIMA")
                        ? SubmissionFixtures.hubReport(44, 70) : SubmissionFixtures.hubReport(12, 9);
                case AMED_THEME_REPORT -> SubmissionFixtures.themes();
                case MEMBER_SURVEY -> SubmissionFixtures.survey();
                case MINISTRY_PROGRESS_REPORT -> SubmissionFixtures.ministryReport();
            };
            Submission submission = Submission.start(request.getId(), cycleId, request.getOrganisationCode(),
                    request.getKind());
            ValidationResult validation = new SubmissionValidator(ChangeThresholds.DEFAULT).validate(content,
                    SubmissionFixtures.R5, Optional.empty());
            assertThat(validation.errors()).as(request.getOrganisationCode()).isEmpty();
            submission.submit(content, validation, validation.warnings().stream()
                    .collect(Collectors.toMap(ValidationWarning::key, warning -> "確認済み")), "reporter", at);
            submission.review(ReviewDecision.APPROVED, null, "officer1", at.plusSeconds(60));
            submissionRows().store(submission);
            request.submit(at);
            request.approve(at.plusSeconds(60));
            reportRequests().store(request);
        }
        flushAndClear();
        return cycleId;
    }

    /** The KPI's values in the cycle as "group unit value". */
    private Set<String> figures(FollowUpCycle cycle, String kpiCode) {
        return kpiValues().findByCycle(cycle).stream().filter(value -> value.getKpi().getCode().equals(kpiCode))
                .map(ThirdPlanCycleTest::figure).collect(Collectors.toSet());
    }

    private static String figure(KpiValue value) {
        return value.getBreakdown() + " " + value.getUnit() + " " + value.getValue().stripTrailingZeros().toPlainString();
    }

    private List<String> kpiCodes(String planCode) {
        PlanCatalogue catalogue = basicPlans().findCatalogue(planCode).orElseThrow();
        return catalogue.visions().stream().flatMap(v -> v.goals().stream()).flatMap(g -> g.kpis().stream())
                .map(Kpi::getCode).toList();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ThirdPlanCycleTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
