package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
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

    static SurveyDates surveyDates(int fiscalYear) {
        return SurveyDates.proposedFor(JapaneseFiscalYear.of(fiscalYear));
    }

    static CycleOpeningRequest r6(List<String> bodies) {
        return new CycleOpeningRequest("PLAN-2", 2024, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), 1, 1, DUE,
                "14,7,1", bodies, surveyDates(2024));
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
        assertThat(audit.entries.get(0).after()).isEqualTo("{\"status\":\"COLLECTING\",\"due\":\"" + DUE + "\"}");
        assertThat(audit.entries.get(1).after()).isEqualTo("{\"state\":\"NOT_STARTED\"}");
        assertThat(audit.actions()).filteredOn("report-request.created"::equals).hasSize(27);
        assertThat(workflow.calls).containsExactly("opened " + cycleId);
    }

    @Test
    void namesEveryProblemAndStoresNothing() {
        CycleOpeningRequest wrong = new CycleOpeningRequest("PLAN-2", 2023, LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 3, 1), 0, null, LocalDate.of(2025, 4, 10), "14,x",
                List.of("HUB-HIROSHIMA", "JFMDA", "NOPE"), surveyDates(2023));

        assertThatThrownBy(() -> opening.open(wrong))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::field)
                        .containsExactly("periodStart", "periodEnd", "normalisationNumerator", "normalisationDenominator",
                                "due", "reminderDays", "bodies", "bodies"));
        assertThat(audit.entries).isEmpty();
        assertThat(workflow.calls).isEmpty();
    }

    @Test
    void aYearHeldOnlyAsPrintedHistoryCollectsWithItsRegisteredPeriodOnce() {
        FollowUpCycle r5 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2023)).orElseThrow();
        CycleOpeningRequest otherPeriod = new CycleOpeningRequest("PLAN-2", 2023, LocalDate.of(2023, 4, 1),
                LocalDate.of(2024, 3, 31), 1, 2, DUE, "7", List.of("AMED"), surveyDates(2023));
        assertThatThrownBy(() -> opening.open(otherPeriod))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::messageEn).containsExactly("The cycle of 令和5年度 (FY2023) is registered"
                                + " with 2023-04-01 to 2024-03-31, factor 1: open it with the same period and factor."));

        long opened = opening.open(new CycleOpeningRequest("PLAN-2", 2023, LocalDate.of(2023, 4, 1),
                LocalDate.of(2024, 3, 31), 1, 1, DUE, "7", List.of("AMED"), surveyDates(2023)));
        flushAndClear();

        assertThat(opened).as("the printed history's cycle, not a second one").isEqualTo(r5.getId());
        assertThat(cycles().find(opened).orElseThrow().getStatus()).isEqualTo(CycleStatus.COLLECTING);
        assertThatThrownBy(() -> opening.open(new CycleOpeningRequest("PLAN-2", 2023, LocalDate.of(2023, 4, 1),
                LocalDate.of(2024, 3, 31), 1, 1, DUE, "7", List.of("AMED"), surveyDates(2023))))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::messageEn).containsExactly("The cycle of 令和5年度 (FY2023) exists already."));
    }

    @Test
    void refusesAMissingPlanYearDeadlineAndBodies() {
        CycleOpeningRequest empty = new CycleOpeningRequest(null, null, null, null, 1, 1, null, null, List.of(), null);
        assertThatThrownBy(() -> opening.open(empty))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::field)
                        .containsExactly("plan", "fiscalYear", "periodStart", "periodEnd", "due", "bodies",
                                "surveyReferenceDate", "previousSnapshot", "currentSnapshot"));
    }

    @Test
    void aYearOpenedOnTheScreenHasItsSurveyDatesSoItsThemesAndSharesAreComputed() {
        SurveyDates typed = new SurveyDates(LocalDate.of(2025, 1, 31), LocalDate.of(2024, 1, 31), LocalDate.of(2025, 1, 31));
        CycleOpeningRequest form = r6(List.of("AMED", "JFMDA-SURVEY"));
        long cycleId = opening.open(new CycleOpeningRequest(form.planCode(), form.fiscalYear(), form.periodStart(),
                form.periodEnd(), 1, 1, form.due(), form.reminderDays(), form.organisationCodes(), typed));
        flushAndClear();

        assertThat(cycles().find(cycleId).orElseThrow().surveyDates()).isEqualTo(typed);
        assertThat(opening.proposedSurveyDates(2024)).as("what the form proposes for FY2024")
                .isEqualTo(new SurveyDates(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
    }

    @Test
    void theSecretariatCorrectsTheSurveyDatesWhileCollectingAuditedWithBeforeAndAfter() {
        long cycleId = opening.open(r6(List.of("AMED")));
        flushAndClear();
        SurveyDates corrected = new SurveyDates(LocalDate.of(2025, 2, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2025, 2, 1));

        opening.changeSurveyDates(cycleId, corrected);
        flushAndClear();

        assertThat(cycles().find(cycleId).orElseThrow().surveyDates()).isEqualTo(corrected);
        assertThat(audit.actions()).last().isEqualTo("follow-up-cycle.survey-dates-changed");
        assertThat(audit.entries.get(audit.entries.size() - 1)).satisfies(entry -> {
            assertThat(entry.before()).isEqualTo("{\"reference\":\"2025-01-01\",\"previousSnapshot\":\"2024-01-01\","
                    + "\"currentSnapshot\":\"2025-01-01\"}");
            assertThat(entry.after()).isEqualTo("{\"reference\":\"2025-02-01\",\"previousSnapshot\":\"2024-02-01\","
                    + "\"currentSnapshot\":\"2025-02-01\"}");
        });
        assertThatThrownBy(() -> opening.changeSurveyDates(cycleId, new SurveyDates(null, null, LocalDate.of(2025, 2, 1))))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::field).containsExactly("surveyReferenceDate", "previousSnapshot"));

        FollowUpCycle cycle = cycles().find(cycleId).orElseThrow();
        cycle.closeCollection(NOW.plusSeconds(3600));
        cycles().store(cycle);
        flushAndClear();
        assertThatThrownBy(() -> opening.changeSurveyDates(cycleId, corrected))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::messageEn)
                        .containsExactly("The collection of 令和6年度 (FY2024) is over: its survey dates can no longer change."));
    }

    @Test
    void aDeadlineMoreThanAYearAheadIsATypo() {
        CycleOpeningRequest far = new CycleOpeningRequest("PLAN-2", 2024, LocalDate.of(2024, 4, 1),
                LocalDate.of(2025, 3, 31), 1, 2, LocalDate.of(2026, 5, 31), "", List.of("AMED"), surveyDates(2024));
        assertThatThrownBy(() -> opening.open(far))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::messageEn).containsExactly("The deadline (2026-05-31) must be within a year."));
    }
}
