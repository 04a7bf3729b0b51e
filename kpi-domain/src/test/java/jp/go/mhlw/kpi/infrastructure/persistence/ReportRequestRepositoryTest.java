package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
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

    private FollowUpCycle r6() {
        FollowUpCycle cycle = FollowUpCycle.forFiscalYear(basicPlans().findByCode("PLAN-2").orElseThrow(),
                JapaneseFiscalYear.of(2024));
        return cycles().store(cycle);
    }
}
