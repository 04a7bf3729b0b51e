package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.RequestListing;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.submission.BulkReview;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The secretariat's dashboard and bulk actions over the real repositories. */
class CollectionManagementTest extends JpaTestSupport {

    private static final Instant OVERDUE = Instant.parse("2025-06-02T01:00:00Z");

    private final CollectionManagement management = new CollectionManagement();
    private final RecordingAudit audit = new RecordingAudit();
    private final RecordingWorkflow workflow = new RecordingWorkflow();
    private long cycleId;
    private Map<String, Long> requestIds;

    @BeforeEach
    void openACycle() {
        CycleOpening opening = new CycleOpening();
        opening.plans = basicPlans();
        opening.cycles = cycles();
        opening.organisations = organisations();
        opening.requests = reportRequests();
        opening.auditTrail = new RecordingAudit();
        opening.workflow = new RecordingWorkflow();
        opening.clock = Clock.fixed(CycleOpeningTest.NOW, ZoneOffset.UTC);
        cycleId = opening.open(CycleOpeningTest.r6(List.of("HUB-HIROSHIMA", "HUB-HOKKAIDO", "AMED")));
        requestIds = reportRequests().findByCycle(cycleId).stream()
                .collect(Collectors.toMap(ReportRequest::getOrganisationCode, ReportRequest::getId));

        management.cycles = cycles();
        management.requests = reportRequests();
        management.auditTrail = audit;
        management.workflow = workflow;
        management.submissions = submissionRows();
        management.currentCaller = jp.go.mhlw.kpi.application.Callers.secretariat();
        at(CycleOpeningTest.NOW.plusSeconds(60));
    }

    private void at(Instant now) {
        management.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private void approve(String code) {
        ReportRequest request = reportRequests().find(requestIds.get(code)).orElseThrow();
        request.submit(CycleOpeningTest.NOW.plusSeconds(30));
        request.approve(CycleOpeningTest.NOW.plusSeconds(40));
    }

    @Test
    void theSecretariatActsAndOfficersMayLook() {
        assertThat(CollectionManagement.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Role.Names.SECRETARIAT);
    }

    @Test
    void theOverviewCountsCompletionTimelinessAndTheOverdueBodies() {
        approve("HUB-HIROSHIMA");
        at(OVERDUE);

        CycleOverview overview = management.overview(cycleId);

        assertThat(overview.getRequested()).isEqualTo(3);
        assertThat(overview.getCompletionPercent()).isEqualByComparingTo("33.3");
        assertThat(overview.getTimelinessPercent()).isEqualByComparingTo("33.3");
        assertThat(overview.getOverdue()).isEqualTo(2);
        assertThat(overview.getKinds()).extracting(CycleOverview.KindProgress::getKind)
                .containsExactly("AMED_THEME_REPORT", "HUB_REPORT");
        assertThat(management.bodies(cycleId, RequestListing.ALL.overdueOnly(true), 0, 50))
                .extracting(CycleOverview.Row::getOrganisationCode).containsExactly("AMED", "HUB-HOKKAIDO");
        assertThat(overview.getStatus()).isEqualTo(CycleStatus.COLLECTING);
        assertThatThrownBy(() -> management.overview(999_999)).isInstanceOf(CycleNotFoundException.class);
    }

    @Test
    void theBodiesAreReadAPageAtATimeEachAsItStands() {
        approve("HUB-HIROSHIMA");
        at(OVERDUE);

        assertThat(management.bodies(cycleId, RequestListing.ALL, 0, 2)).extracting(CycleOverview.Row::getOrganisationCode)
                .containsExactly("AMED", "HUB-HIROSHIMA");
        List<CycleOverview.Row> second = management.bodies(cycleId, RequestListing.ALL, 2, 2);
        assertThat(second).extracting(CycleOverview.Row::getOrganisationCode, CycleOverview.Row::isOverdue,
                        CycleOverview.Row::getState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HUB-HOKKAIDO", true, RequestState.NOT_STARTED));
        assertThat(management.countBodies(cycleId, RequestListing.ALL)).isEqualTo(3);
        RequestListing hubs = RequestListing.ALL.ofKind(jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind.HUB_REPORT);
        assertThat(management.countBodies(cycleId, hubs)).isEqualTo(2);
        assertThat(management.countBodies(cycleId, hubs.overdueOnly(true))).isEqualTo(1);
        assertThat(management.body(cycleId, requestIds.get("HUB-HIROSHIMA"))).get()
                .extracting(CycleOverview.Row::getState, CycleOverview.Row::isSubmittedOnTime)
                .containsExactly(RequestState.APPROVED, true);
        assertThat(management.body(cycleId + 1, requestIds.get("HUB-HIROSHIMA"))).as("another cycle's").isEmpty();
        assertThatThrownBy(() -> management.bodies(cycleId, RequestListing.ALL, 0, CollectionManagement.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The request approved, with its submission's first version approved. */
    private long approvedWithSubmission(String code) {
        approve(code);
        long requestId = requestIds.get(code);
        jp.go.mhlw.kpi.domain.model.submission.Submission submission = jp.go.mhlw.kpi.domain.model.submission.Submission
                .start(requestId, cycleId, code, jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind.HUB_REPORT);
        jp.go.mhlw.kpi.domain.model.submission.HubReportContent content =
                jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures.hubReport();
        submission.submit(content, new jp.go.mhlw.kpi.domain.model.submission.SubmissionValidator(
                        jp.go.mhlw.kpi.domain.model.submission.ChangeThresholds.DEFAULT)
                .validate(content, jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures.R5, java.util.Optional.empty()),
                Map.of(), "hub-hiroshima", CycleOpeningTest.NOW.plusSeconds(30));
        submission.review(jp.go.mhlw.kpi.domain.model.submission.ReviewDecision.APPROVED, null, "officer1",
                CycleOpeningTest.NOW.plusSeconds(40));
        submissionRows().store(submission);
        return requestId;
    }

    @Test
    void theSecretariatReopensAnApprovedRequestWithAReasonAndTheReporterGetsItBack() {
        long hiroshima = approvedWithSubmission("HUB-HIROSHIMA");

        management.reopenForCorrection(hiroshima, "  共同研究の件数に誤りがありました  ");
        flushAndClear();

        ReportRequest request = reportRequests().find(hiroshima).orElseThrow();
        assertThat(request.getState()).isEqualTo(RequestState.REOPENED);
        assertThat(request.lastComment()).contains("共同研究の件数に誤りがありました");
        jp.go.mhlw.kpi.domain.model.submission.Submission submission = submissionRows().findByRequest(hiroshima)
                .orElseThrow();
        assertThat(submission.isWithReporter()).isTrue();
        assertThat(submission.reopening()).get().extracting(jp.go.mhlw.kpi.domain.model.submission.Submission.Reopening::by)
                .isEqualTo(jp.go.mhlw.kpi.application.Callers.SECRETARIAT_USER);
        assertThat(submission.approvedVersion()).as("the approved version still counts").isPresent();
        assertThat(workflow.calls).containsExactly("reopened " + hiroshima + " hub-reporter:HUB-HIROSHIMA");
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("report-request.reopened");
            assertThat(entry.summary()).contains("共同研究の件数に誤りがありました").contains("第1版");
            assertThat(entry.before()).contains("APPROVED");
            assertThat(entry.after()).contains("REOPENED");
        });
    }

    @Test
    void reopeningIsRefusedWithoutAReasonOrForARequestThatIsNotApprovedWithNothingChanged() {
        long hiroshima = approvedWithSubmission("HUB-HIROSHIMA");

        assertThatThrownBy(() -> management.reopenForCorrection(hiroshima, " "))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::field).containsExactly("reason"));
        assertThatThrownBy(() -> management.reopenForCorrection(requestIds.get("AMED"), "誤り"))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::messageEn).singleElement().asString()
                        .contains("is not approved and cannot be reopened").contains("(it is NOT_STARTED)"));
        management.reopenForCorrection(hiroshima, "誤り");
        assertThatThrownBy(() -> management.reopenForCorrection(hiroshima, "もう一度"))
                .as("reopened already").isInstanceOf(EntryRejectedException.class);
        assertThat(workflow.calls).hasSize(1);
        assertThat(audit.entries).hasSize(1);
    }

    @Test
    void remindingTheOverdueResendsTheirRequestsOnly() {
        approve("HUB-HIROSHIMA");
        at(OVERDUE);

        assertThat(management.remindOverdue(cycleId)).isEqualTo(2);

        assertThat(workflow.calls).containsExactlyInAnyOrder("resent " + requestIds.get("HUB-HOKKAIDO"),
                "resent " + requestIds.get("AMED"));
        assertThat(audit.actions()).containsOnly("report-request.resend-ordered").hasSize(2);
    }

    @Test
    void remindingTheChosenResendsToTheBodiesWithSomethingToDoAndListsTheOthers() throws Exception {
        approve("HUB-HIROSHIMA");
        long hiroshima = requestIds.get("HUB-HIROSHIMA");
        long hokkaido = requestIds.get("HUB-HOKKAIDO");

        BulkReview.Plan plan = management.remindSelected(cycleId, List.of(hiroshima, hokkaido, 999_999L));

        assertThat(plan.taken()).extracting(BulkReview.Taken::requestId).containsExactly(hokkaido);
        assertThat(plan.skipped()).extracting(BulkReview.Skipped::reason).containsExactly(
                BulkReview.SkipReason.NOT_WITH_REPORTER, BulkReview.SkipReason.NOT_IN_CYCLE);
        assertThat(workflow.calls).containsExactly("resent " + hokkaido);
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("report-request.resend-ordered");
            assertThat(entry.objectId()).isEqualTo(String.valueOf(hokkaido));
        });
        // officers remind too, from the same dashboard
        assertThat(CollectionManagement.class.getMethod("remindSelected", long.class, java.util.Collection.class)
                .getAnnotation(RolesAllowed.class).value()).containsExactlyInAnyOrder(Role.Names.SECRETARIAT,
                Role.Names.MINISTRY_OFFICER);
    }

    @Test
    void anExtensionMovesTheChosenRequestsAndTheirTimers() {
        long hokkaido = requestIds.get("HUB-HOKKAIDO");
        management.extendDeadline(cycleId, List.of(hokkaido), LocalDate.of(2025, 6, 14));
        flushAndClear();

        assertThat(reportRequests().find(hokkaido).orElseThrow().getDue()).isEqualTo(LocalDate.of(2025, 6, 14));
        assertThat(reportRequests().find(requestIds.get("AMED")).orElseThrow().getDue()).isEqualTo(CycleOpeningTest.DUE);
        assertThat(workflow.calls).containsExactly("due changed " + hokkaido);
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("report-request.due-extended");
            assertThat(entry.before()).isEqualTo("{\"due\":\"2025-05-31\"}");
            assertThat(entry.after()).isEqualTo("{\"due\":\"2025-06-14\"}");
        });
    }

    @Test
    void anExtensionIsRefusedForAnEarlierDateASettledRequestOrNoChoiceWithNothingChanged() {
        approve("HUB-HIROSHIMA");
        assertThatThrownBy(() -> management.extendDeadline(cycleId, List.of(requestIds.get("HUB-HIROSHIMA"),
                requestIds.get("AMED")), LocalDate.of(2025, 6, 14)))
                .isInstanceOfSatisfying(EntryRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(Problem::messageEn).containsExactly("The request of Hiroshima University is settled."));
        assertThatThrownBy(() -> management.extendDeadline(cycleId, List.of(requestIds.get("AMED")), LocalDate.of(2025, 5, 30)))
                .isInstanceOf(EntryRejectedException.class).hasMessageContaining("is 2025-05-31 already");
        assertThatThrownBy(() -> management.extendDeadline(cycleId, List.of(), LocalDate.of(2025, 6, 14)))
                .isInstanceOf(EntryRejectedException.class).hasMessageContaining("Choose the bodies");
        assertThatThrownBy(() -> management.extendDeadline(cycleId, List.of(requestIds.get("AMED")), null))
                .isInstanceOf(EntryRejectedException.class).hasMessageContaining("Enter the new deadline");
        assertThat(workflow.calls).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void closingTheCollectionClosesTheOpenRequestsAndNamesTheMissingBodies() {
        approve("HUB-HIROSHIMA");
        at(OVERDUE);

        List<String> missing = management.closeCollection(cycleId, "検討会の日程のため締切");
        flushAndClear();

        assertThat(missing).containsExactlyInAnyOrder("HUB-HOKKAIDO", "AMED");
        assertThat(reportRequests().findByCycle(cycleId)).extracting(ReportRequest::getState)
                .containsOnly(RequestState.APPROVED, RequestState.CLOSED);
        assertThat(workflow.calls).containsExactlyInAnyOrder("closed " + requestIds.get("HUB-HOKKAIDO"),
                "closed " + requestIds.get("AMED"), "collection closed " + cycleId);
        assertThat(audit.actions()).containsExactlyInAnyOrder("report-request.closed", "report-request.closed",
                "follow-up-cycle.collection-closed");
        assertThat(audit.entries.get(2).summary()).contains("未提出 2 機関");
    }

    @Test
    void closingTheCollectionLeavesARequestReopenedForACorrection() {
        long hiroshima = approvedWithSubmission("HUB-HIROSHIMA");
        management.reopenForCorrection(hiroshima, "件数の訂正");
        at(OVERDUE);

        assertThat(management.overview(cycleId).getOpen()).isEqualTo(2);
        assertThat(management.closeCollection(cycleId, "検討会の日程のため締切")).containsExactly("AMED", "HUB-HOKKAIDO");
        flushAndClear();

        assertThat(reportRequests().find(hiroshima).orElseThrow().getState()).isEqualTo(RequestState.REOPENED);
    }

    @Test
    void closingNeedsAReason() {
        assertThatThrownBy(() -> management.closeRequest(requestIds.get("AMED"), " "))
                .isInstanceOf(EntryRejectedException.class).hasMessageContaining("needs a comment");
        assertThat(workflow.calls).isEmpty();
    }
}
