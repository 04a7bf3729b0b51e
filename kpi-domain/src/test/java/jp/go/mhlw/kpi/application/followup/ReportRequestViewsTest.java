package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.Test;

/** What a reporter's home lists: its body's open requests, due first, and nobody else's. */
class ReportRequestViewsTest extends JpaTestSupport {

    private static final Instant NOW = Instant.parse("2025-04-10T01:00:00Z");

    private ReportRequestViews views(Caller caller) {
        ReportRequestViews views = new ReportRequestViews();
        views.requests = reportRequests();
        views.currentCaller = new CurrentCaller();
        views.currentCaller.establish(caller);
        return views;
    }

    private ReportRequest request(int fiscalYear, String organisationCode, LocalDate due) {
        FollowUpCycle cycle = cycles().store(FollowUpCycle.forFiscalYear(basicPlans().findByCode("PLAN-2").orElseThrow(),
                JapaneseFiscalYear.of(fiscalYear)));
        ReportRequest request = new ReportRequest(cycle, organisations().findByCode(organisationCode).orElseThrow(), due, NOW);
        reportRequests().store(request);
        return request;
    }

    @Test
    void aHubSeesItsOpenRequestsDueFirstWithTheirLastCommentAndNeitherSettledOnesNorAnotherHubs() {
        ReportRequest later = request(2024, "HUB-HIROSHIMA", LocalDate.of(2025, 6, 30));
        ReportRequest returned = request(2025, "HUB-HIROSHIMA", LocalDate.of(2025, 5, 31));
        returned.submit(NOW.plusSeconds(60));
        returned.returnToReporter("単位を確認してください", NOW.plusSeconds(120));
        ReportRequest approved = request(2026, "HUB-HIROSHIMA", LocalDate.of(2025, 5, 1));
        approved.submit(NOW.plusSeconds(60));
        approved.approve(NOW.plusSeconds(120));
        flushAndClear();

        Caller hiroshima = new Caller("hub-hiroshima", Set.of(Role.HUB_REPORTER), Optional.of("HUB-HIROSHIMA"));
        assertThat(views(hiroshima).myOpenRequests())
                .extracting(ReportRequest::getId, request -> request.lastComment().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(returned.getId(), "単位を確認してください"),
                        org.assertj.core.groups.Tuple.tuple(later.getId(), ""));

        Caller otherHub = new Caller("hub-other", Set.of(Role.HUB_REPORTER), Optional.of("HUB-TOHOKU"));
        assertThat(views(otherHub).myOpenRequests()).as("another hub's requests are not its own").isEmpty();
        Caller noOrganisation = new Caller("nobody", Set.of(Role.HUB_REPORTER), Optional.empty());
        assertThat(views(noOrganisation).myOpenRequests()).isEmpty();
    }
}
