package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.request.RequestTransitionException;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The port the submission side drives, over the real repository: state and process move together, unrecorded. */
class ReportRequestServiceTest extends JpaTestSupport {

    private final ReportRequestService service = new ReportRequestService();
    private final RecordingWorkflow workflow = new RecordingWorkflow();
    private long hiroshima;

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
        long cycleId = opening.open(CycleOpeningTest.r6(List.of("HUB-HIROSHIMA", "HUB-HOKKAIDO")));
        hiroshima = reportRequests().findByCycle(cycleId).stream()
                .filter(request -> request.getOrganisationCode().equals("HUB-HIROSHIMA")).findFirst().orElseThrow().getId();

        service.requests = reportRequests();
        service.workflow = workflow;
        service.clock = Clock.fixed(CycleOpeningTest.NOW.plusSeconds(3600), ZoneOffset.UTC);
    }

    @Test
    void findsTheRequestAsTheSubmissionSideSeesIt() {
        ReportRequestInfo info = service.find(hiroshima).orElseThrow();
        assertThat(info.organisationCode()).isEqualTo("HUB-HIROSHIMA");
        assertThat(info.state()).isEqualTo(RequestState.NOT_STARTED);
        assertThat(info.due()).isEqualTo(CycleOpeningTest.DUE);
        assertThat(service.find(999_999)).isEmpty();
    }

    @Test
    void draftSubmitReturnResubmitApproveWithoutRecordingOnItsOwn() {
        assertThat(service.draftSaved(hiroshima)).isEqualTo(RequestState.DRAFT);
        assertThat(service.draftSaved(hiroshima)).isEqualTo(RequestState.DRAFT);
        assertThat(service.submitted(hiroshima)).isEqualTo(RequestState.SUBMITTED);
        assertThat(service.returned(hiroshima, "研修の区分を確認してください")).isEqualTo(RequestState.RETURNED);
        assertThat(service.draftSaved(hiroshima)).isEqualTo(RequestState.DRAFT);
        assertThat(service.submitted(hiroshima)).isEqualTo(RequestState.SUBMITTED);
        assertThat(service.approved(hiroshima)).isEqualTo(RequestState.APPROVED);
        flushAndClear();

        assertThat(service.find(hiroshima).orElseThrow().state()).isEqualTo(RequestState.APPROVED);
        assertThat(reportRequests().find(hiroshima).orElseThrow().lastComment()).contains("研修の区分を確認してください");
        assertThat(workflow.calls).containsExactly("submitted " + hiroshima, "returned " + hiroshima,
                "submitted " + hiroshima, "approved " + hiroshima);
    }

    @Test
    void aWrongMoveIsRefusedAndNotPassedToTheProcess() {
        assertThatThrownBy(() -> service.approved(hiroshima))
                .isInstanceOf(RequestTransitionException.class)
                .hasMessageContaining("it is NOT_STARTED (allowed from SUBMITTED)");
        assertThatThrownBy(() -> service.returned(hiroshima, "x")).isInstanceOf(RequestTransitionException.class);
        assertThat(workflow.calls).isEmpty();
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertThatThrownBy(() -> service.submitted(999_999)).isInstanceOf(ReportRequestNotFoundException.class);
    }
}
