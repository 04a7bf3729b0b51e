package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import org.junit.jupiter.api.Test;

class ReportRequestRepositoryTest extends JpaTestSupport {

    private static final Instant NOW = Instant.parse("2025-04-10T01:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2025, 5, 31);

    @Test
    void storesARequestAndItsProgress() {
        FollowUpCycle cycle = r6();
        Organisation hiroshima = organisations().findByCode("HUB-HIROSHIMA").orElseThrow();
        ReportRequest request = new ReportRequest(cycle, hiroshima, DUE, NOW);
        reportRequests().store(request);
        flushAndClear();

        ReportRequest stored = reportRequests().findForUpdate(request.getId()).orElseThrow();
        assertThat(stored.getId()).isGreaterThanOrEqualTo(1000L);
        stored.submit(NOW.plusSeconds(60));
        stored.returnToReporter("確認してください", NOW.plusSeconds(120));
        stored.extendDue(DUE.plusDays(7));
        flushAndClear();

        ReportRequest again = reportRequests().find(request.getId()).orElseThrow();
        assertThat(again.getState()).isEqualTo(RequestState.RETURNED);
        assertThat(again.getDue()).isEqualTo(DUE.plusDays(7));
        assertThat(again.lastComment()).contains("確認してください");
        assertThat(again.firstSubmittedAt()).contains(NOW.plusSeconds(60));
        assertThat(reportRequests().findByOrganisation("HUB-HIROSHIMA")).extracting(ReportRequest::getId)
                .containsExactly(request.getId());
        assertThat(reportRequests().findByCycle(cycle.getId())).hasSize(1);
    }

    @Test
    void aBodyIsAskedOncePerCycle() {
        FollowUpCycle cycle = r6();
        Organisation amed = organisations().findByCode("AMED").orElseThrow();
        reportRequests().store(new ReportRequest(cycle, amed, DUE, NOW));
        flushAndClear();
        reportRequests().store(new ReportRequest(entityManager.find(FollowUpCycle.class, cycle.getId()),
                organisations().findByCode("AMED").orElseThrow(), DUE, NOW));
        assertThatThrownBy(this::flushAndClear).isInstanceOf(PersistenceException.class);
    }

    @Test
    void aBodysRequestsAreReadAPageAtATimeNewestCycleFirst() {
        FollowUpCycle r6 = r6();
        FollowUpCycle r7 = cycles().store(FollowUpCycle.forFiscalYear(basicPlans().findByCode("PLAN-2").orElseThrow(),
                JapaneseFiscalYear.of(2025)));
        Organisation hiroshima = organisations().findByCode("HUB-HIROSHIMA").orElseThrow();
        // stored oldest cycle last: the order is the cycle's year, not the order of storing
        ReportRequest newer = new ReportRequest(r7, hiroshima, DUE.plusYears(1), NOW);
        ReportRequest older = new ReportRequest(r6, hiroshima, DUE, NOW);
        reportRequests().store(newer);
        reportRequests().store(older);
        reportRequests().store(new ReportRequest(r6, organisations().findByCode("HUB-KYOTO").orElseThrow(), DUE, NOW));
        flushAndClear();
        Set<SubmissionKind> hubReports = Set.of(SubmissionKind.HUB_REPORT);

        assertThat(reportRequests().findByOrganisation("HUB-HIROSHIMA", hubReports, 0, 1)).extracting(ReportRequest::getId)
                .containsExactly(newer.getId());
        assertThat(reportRequests().findByOrganisation("HUB-HIROSHIMA", hubReports, 1, 1)).extracting(ReportRequest::getId)
                .containsExactly(older.getId());
        assertThat(reportRequests().findByOrganisation("HUB-HIROSHIMA", hubReports, 2, 1)).isEmpty();
        assertThat(reportRequests().countByOrganisation("HUB-HIROSHIMA", hubReports)).isEqualTo(2);
        assertThat(reportRequests().countByOrganisation("HUB-HIROSHIMA", Set.of(SubmissionKind.MEMBER_SURVEY))).isZero();
        assertThat(reportRequests().findByOrganisation("HUB-HIROSHIMA", Set.of(), 0, 10)).isEmpty();
    }

    private FollowUpCycle r6() {
        FollowUpCycle cycle = FollowUpCycle.forFiscalYear(basicPlans().findByCode("PLAN-2").orElseThrow(),
                JapaneseFiscalYear.of(2024));
        return cycles().store(cycle);
    }
}
