package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import jp.go.mhlw.kpi.application.EntryRejectedException;
import jp.go.mhlw.kpi.application.followup.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.published.EntryProblem;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening a cycle over the real repositories and the migrated reference bodies. */
class CycleOpeningTest extends JpaTestSupport {

    static final Instant NOW = Instant.parse("2025-04-10T01:00:00Z");
    static final LocalDate DUE = LocalDate.of(2025, 5, 31);

    private final CycleOpening opening = new CycleOpening();
    private final RecordingAudit audit = new RecordingAudit();
    private final RecordingWorkflow workflow = new RecordingWorkflow();

    @BeforeEach
    void wire() {
        opening.plans = basicPlans();
        opening.cycles = cycles();
        opening.organisations = organisations();
        opening.requests = reportRequests();
        opening.kpiValues = kpiValues();
        opening.reports = cycleReports();
        opening.auditTrail = audit;
        opening.workflow = workflow;
        opening.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    static CycleOpeningRequest r6(List<String> bodies) {
        return new CycleOpeningRequest("PLAN-2", 2024, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), 1, 1, DUE,
                "14,7,1", bodies);
    }

    @Test
    void onlyTheSecretariatOpensCycles() {
        assertThat(CycleOpening.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Role.Names.SECRETARIAT);
    }

    @Test
    void theDefaultBodiesAreTheActiveHubsAmedTheMinistryDivisionsAndTheSurveyBody() {
        List<Organisation> bodies = opening.reportingBodies();
        assertThat(bodies).hasSize(27);
        assertThat(bodies).extracting(Organisation::getCode).contains("HUB-HIROSHIMA", "AMED", "MHLW-KIKI", "JFMDA-SURVEY")
                .doesNotContain("JFMDA", "COMMITTEE");
    }

    @Test
    void opensTheCycleWithOneRequestPerBodyAuditedAndStartsItsProcesses() {
        List<String> codes = opening.reportingBodies().stream().map(Organisation::getCode).toList();

        long cycleId = opening.open(r6(codes));
        flushAndClear();

        FollowUpCycle cycle = cycles().find("PLAN-2", JapaneseFiscalYear.of(2024)).orElseThrow();
        assertThat(cycle.getId()).isEqualTo(cycleId);
        assertThat(cycle.getStatus()).isEqualTo(CycleStatus.COLLECTING);
        assertThat(cycle.collectionDue()).contains(DUE);
        assertThat(cycle.reminderSchedule().daysBefore()).containsExactly(14, 7, 1);
        assertThat(cycle.collectionOpenedAt()).contains(NOW);

        List<ReportRequest> requests = reportRequests().findByCycle(cycleId);
        assertThat(requests).hasSize(27).allSatisfy(request -> {
            assertThat(request.getState()).isEqualTo(RequestState.NOT_STARTED);
            assertThat(request.getDue()).isEqualTo(DUE);
        });
        ReportRequestInfo amed = requests.stream().filter(r -> r.getOrganisationCode().equals("AMED")).findFirst()
                .orElseThrow().info();
        assertThat(amed.kind()).isEqualTo(SubmissionKind.AMED_THEME_REPORT);
        assertThat(amed.cycleId()).isEqualTo(cycleId);

        assertThat(audit.actions()).first().isEqualTo("follow-up-cycle.collection-opened");
        assertThat(audit.actions()).filteredOn("report-request.created"::equals).hasSize(27);
        assertThat(workflow.calls).containsExactly("opened " + cycleId);
    }

    @Test
    void namesEveryProblemAndStoresNothing() {
        CycleOpeningRequest wrong = new CycleOpeningRequest("PLAN-2", 2023, LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 3, 1), 0, null, LocalDate.of(2025, 4, 10), "14,x",
                List.of("HUB-HIROSHIMA", "JFMDA", "NOPE"));

        assertThatThrownBy(() -> opening.open(wrong))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(EntryProblem::field)
                        .containsExactly("periodStart", "periodEnd", "normalisationNumerator", "normalisationDenominator",
                                "due", "reminderDays", "bodies", "bodies"));
        assertThat(audit.entries).isEmpty();
        assertThat(workflow.calls).isEmpty();
    }

    @Test
    void aYearHeldOnlyAsPrintedHistoryCollectsWithItsRegisteredPeriodOnce() {
        FollowUpCycle r5 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2023)).orElseThrow();
        CycleOpeningRequest otherPeriod = new CycleOpeningRequest("PLAN-2", 2023, LocalDate.of(2023, 4, 1),
                LocalDate.of(2024, 3, 31), 1, 2, DUE, "7", List.of("AMED"));
        assertThatThrownBy(() -> opening.open(otherPeriod))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(EntryProblem::getMessageEn).containsExactly("The cycle of 令和5年度 (FY2023) is registered"
                                + " with 2023-04-01 to 2024-03-31, factor 1: open it with the same period and factor."));

        long opened = opening.open(new CycleOpeningRequest("PLAN-2", 2023, LocalDate.of(2023, 4, 1),
                LocalDate.of(2024, 3, 31), 1, 1, DUE, "7", List.of("AMED")));
        flushAndClear();

        assertThat(opened).as("the printed history's cycle, not a second one").isEqualTo(r5.getId());
        assertThat(cycles().find(opened).orElseThrow().getStatus()).isEqualTo(CycleStatus.COLLECTING);
        assertThatThrownBy(() -> opening.open(new CycleOpeningRequest("PLAN-2", 2023, LocalDate.of(2023, 4, 1),
                LocalDate.of(2024, 3, 31), 1, 1, DUE, "7", List.of("AMED"))))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(EntryProblem::getMessageEn).containsExactly("The cycle of 令和5年度 (FY2023) exists already."));
    }

    @Test
    void refusesAMissingPlanYearDeadlineAndBodies() {
        CycleOpeningRequest empty = new CycleOpeningRequest(null, null, null, null, 1, 1, null, null, List.of());
        assertThatThrownBy(() -> opening.open(empty))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(EntryProblem::field)
                        .containsExactly("plan", "fiscalYear", "periodStart", "periodEnd", "due", "bodies"));
    }

    @Test
    void aDeadlineMoreThanAYearAheadIsATypo() {
        CycleOpeningRequest far = new CycleOpeningRequest("PLAN-2", 2024, LocalDate.of(2024, 4, 1),
                LocalDate.of(2025, 3, 31), 1, 2, LocalDate.of(2026, 5, 31), "", List.of("AMED"));
        assertThatThrownBy(() -> opening.open(far))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(EntryProblem::getMessageEn).containsExactly("The deadline (2026-05-31) must be within a year."));
    }
}
