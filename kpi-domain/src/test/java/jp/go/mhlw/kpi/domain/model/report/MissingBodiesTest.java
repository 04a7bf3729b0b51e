package jp.go.mhlw.kpi.domain.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

class MissingBodiesTest {

    private static final LocalDate DUE = LocalDate.of(2025, 5, 31);
    private static final LocalDate BEFORE_DUE = DUE.minusDays(1);
    private static final LocalDate AFTER_DUE = DUE.plusDays(1);
    private static final Instant OPENED = Instant.parse("2025-04-10T00:00:00Z");
    private static final Instant LATER = Instant.parse("2025-05-01T00:00:00Z");

    private static final FollowUpCycle R6 = FollowUpCycle.forFiscalYear(
            new BasicPlan("PLAN-2", "第2期", "2nd plan", LocalDate.of(2022, 5, 31), LocalDate.of(2022, 4, 1)),
            JapaneseFiscalYear.of(2024));
    private static final Organisation HIROSHIMA = new Organisation("HUB-HIROSHIMA", OrganisationKind.HUB, "広島大学",
            "Hiroshima University");
    private static final Organisation IRYO = new Organisation("MHLW-IRYO", OrganisationKind.MINISTRY_DIVISION,
            "厚生労働省 保険局 医療課", "Medical Economics Division");

    @Test
    void aRequestNotStartedIsListedAsNotStarted() {
        assertThat(MissingBodies.of(List.of(asked(HIROSHIMA)), BEFORE_DUE))
                .singleElement().satisfies(body -> {
                    assertThat(body.getOrganisationCode()).isEqualTo("HUB-HIROSHIMA");
                    assertThat(body.getNameJa()).isEqualTo("広島大学");
                    assertThat(body.state()).contains(MissingState.NOT_STARTED);
                });
    }

    @Test
    void aDraftIsListedAsADraft() {
        ReportRequest request = asked(HIROSHIMA);
        request.saveDraft(LATER);
        assertThat(stateOf(request, BEFORE_DUE)).isEqualTo(MissingState.DRAFT);
    }

    @Test
    void aSubmissionNeverApprovedIsListedAsWaitingForReviewEvenAfterTheDueDate() {
        ReportRequest request = asked(IRYO);
        request.submit(LATER);
        assertThat(stateOf(request, BEFORE_DUE)).isEqualTo(MissingState.AWAITING_REVIEW);
        assertThat(stateOf(request, AFTER_DUE)).as("waiting on the ministry, not late").isEqualTo(
                MissingState.AWAITING_REVIEW);
    }

    @Test
    void aReturnedSubmissionIsListedAsReturned() {
        ReportRequest request = asked(HIROSHIMA);
        request.submit(LATER);
        request.returnToReporter("受講者数を確認してください", LATER.plusSeconds(60));
        assertThat(stateOf(request, BEFORE_DUE)).isEqualTo(MissingState.RETURNED);
    }

    @Test
    void anApprovedRequestIsNotListed() {
        ReportRequest request = asked(HIROSHIMA);
        request.submit(LATER);
        request.approve(LATER.plusSeconds(60));
        assertThat(MissingBodies.of(List.of(request), AFTER_DUE)).isEmpty();
    }

    @Test
    void aClosedRequestIsListedAsClosedAsMissing() {
        ReportRequest request = asked(HIROSHIMA);
        request.close("期限までに提出がなかった", LATER);
        assertThat(stateOf(request, AFTER_DUE)).isEqualTo(MissingState.CLOSED);
        assertThat(MissingState.CLOSED.label(Texts.JAPANESE)).isEqualTo("締切（未提出）");
        assertThat(MissingState.CLOSED.label(Texts.ENGLISH)).isEqualTo("closed as missing");
    }

    @Test
    void aRequestStillWithTheReporterAfterItsDueDateIsListedAsOverdue() {
        ReportRequest notStarted = asked(HIROSHIMA);
        ReportRequest returned = asked(IRYO);
        returned.submit(LATER);
        returned.returnToReporter("値を確認してください", LATER.plusSeconds(60));
        assertThat(MissingBodies.of(List.of(notStarted, returned), AFTER_DUE))
                .extracting(body -> body.state().orElseThrow())
                .containsExactly(MissingState.OVERDUE, MissingState.OVERDUE);
    }

    @Test
    void aBodyNeverAskedIsNeverListedAndAnAskedOneOnlyOnce() {
        Organisation amed = new Organisation("AMED", OrganisationKind.AMED, "日本医療研究開発機構", "AMED");
        ReportRequest approvedAmed = new ReportRequest(R6, amed, DUE, OPENED);
        approvedAmed.submit(LATER);
        approvedAmed.approve(LATER);

        List<MissingBody> missing = MissingBodies.of(
                List.of(asked(HIROSHIMA), approvedAmed, asked(HIROSHIMA)), BEFORE_DUE);

        // only the cycle's requests count: the survey body, the other hubs and divisions were not asked
        assertThat(missing).extracting(MissingBody::getOrganisationCode).containsExactly("HUB-HIROSHIMA");
        assertThat(MissingBodies.of(List.of(), AFTER_DUE)).isEmpty();
    }

    private static ReportRequest asked(Organisation body) {
        return new ReportRequest(R6, body, DUE, OPENED);
    }

    private static MissingState stateOf(ReportRequest request, LocalDate today) {
        return MissingBodies.of(List.of(request), today).get(0).state().orElseThrow();
    }
}
