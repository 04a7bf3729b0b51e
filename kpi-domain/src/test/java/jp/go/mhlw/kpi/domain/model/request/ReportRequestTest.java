package jp.go.mhlw.kpi.domain.model.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.security.Role;
import org.junit.jupiter.api.Test;

class ReportRequestTest {

    private static final LocalDate DUE = LocalDate.of(2025, 5, 31);
    private static final Instant OPENED = Instant.parse("2025-04-10T00:00:00Z");
    private static final Instant LATER = Instant.parse("2025-05-01T00:00:00Z");

    private static final FollowUpCycle R6 = FollowUpCycle.forFiscalYear(
            new BasicPlan("PLAN-2", "第2期", "2nd plan", LocalDate.of(2022, 5, 31), LocalDate.of(2022, 4, 1)),
            JapaneseFiscalYear.of(2024));
    private static final Organisation HIROSHIMA = new Organisation("HUB-HIROSHIMA", OrganisationKind.HUB, "広島大学",
            "Hiroshima University");

    private final ReportRequest request = new ReportRequest(R6, HIROSHIMA, DUE, OPENED);

    @Test
    void aNewRequestWaitsForTheReporterWithTheTemplateOfItsKindOfBody() {
        assertThat(request.getState()).isEqualTo(RequestState.NOT_STARTED);
        assertThat(request.getKind()).isEqualTo(SubmissionKind.HUB_REPORT);
        assertThat(request.getReporterRole()).isEqualTo(Role.HUB_REPORTER);
        assertThat(request.getDue()).isEqualTo(DUE);
        assertThat(request.getRequestedAt()).isEqualTo(OPENED);
    }

    @Test
    void eachKindOfReportingBodyHasItsTemplateAndOthersAreNotAsked() {
        assertThat(ReportRequest.kindFor(body(OrganisationKind.AMED))).contains(SubmissionKind.AMED_THEME_REPORT);
        assertThat(ReportRequest.kindFor(body(OrganisationKind.SURVEY_BODY))).contains(SubmissionKind.MEMBER_SURVEY);
        assertThat(ReportRequest.kindFor(body(OrganisationKind.MINISTRY_DIVISION)))
                .contains(SubmissionKind.MINISTRY_PROGRESS_REPORT);
        assertThat(ReportRequest.reporterRole(SubmissionKind.AMED_THEME_REPORT)).isEqualTo(Role.AMED_REPORTER);
        assertThat(ReportRequest.reporterRole(SubmissionKind.MEMBER_SURVEY)).isEqualTo(Role.SURVEY_REPORTER);
        assertThatThrownBy(() -> new ReportRequest(R6, body(OrganisationKind.MANUFACTURER), DUE, OPENED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not file follow-up reports");
    }

    @Test
    void draftSubmitApprove() {
        request.saveDraft(LATER);
        assertThat(request.getState()).isEqualTo(RequestState.DRAFT);
        request.saveDraft(LATER);
        assertThat(request.getState()).isEqualTo(RequestState.DRAFT);

        request.submit(LATER);
        assertThat(request.getState()).isEqualTo(RequestState.SUBMITTED);
        assertThat(request.firstSubmittedAt()).contains(LATER);

        request.approve(LATER.plusSeconds(60));
        assertThat(request.getState()).isEqualTo(RequestState.APPROVED);
        assertThat(request.settledAt()).contains(LATER.plusSeconds(60));
        assertThat(request.wasSubmittedOnTime()).isTrue();
    }

    @Test
    void aReturnedSubmissionGoesBackToTheReporterWithTheCommentAndKeepsItsFirstSubmissionTime() {
        request.submit(LATER);
        request.returnToReporter("  区分2の受講者数を確認してください  ", LATER.plusSeconds(60));
        assertThat(request.getState()).isEqualTo(RequestState.RETURNED);
        assertThat(request.lastComment()).contains("区分2の受講者数を確認してください");

        request.saveDraft(LATER.plusSeconds(120));
        Instant resubmitted = Instant.parse("2025-06-10T00:00:00Z");
        request.submit(resubmitted);
        assertThat(request.firstSubmittedAt()).contains(LATER);
        assertThat(request.lastSubmittedAt()).contains(resubmitted);
        assertThat(request.wasSubmittedOnTime()).as("timeliness counts the first submission").isTrue();
    }

    @Test
    void anApprovedRequestReopenedForACorrectionGoesBackToTheReporterAndIsSettledAgainWhenTheCorrectionIsApproved() {
        request.submit(LATER);
        request.approve(LATER.plusSeconds(60));
        Instant reopened = LATER.plusSeconds(3600);

        request.reopenForCorrection("  共同研究の件数に誤りがありました  ", reopened);

        assertThat(request.getState()).isEqualTo(RequestState.REOPENED);
        assertThat(request.getState().isWithReporter()).isTrue();
        assertThat(request.getState().isSettled()).isFalse();
        assertThat(request.settledAt()).isEmpty();
        assertThat(request.lastComment()).contains("共同研究の件数に誤りがありました");
        assertThat(request.isOverdue(DUE.plusDays(100))).as("a correction is not an overdue report").isFalse();
        request.saveDraft(reopened.plusSeconds(60));
        assertThat(request.getState()).as("a draft of the correction stays a correction").isEqualTo(RequestState.REOPENED);
        assertThatThrownBy(() -> request.close("x", reopened)).isInstanceOf(RequestTransitionException.class);

        request.submit(reopened.plusSeconds(120));
        assertThat(request.firstSubmittedAt()).as("timeliness still counts the first submission").contains(LATER);
        request.approve(reopened.plusSeconds(180));
        assertThat(request.getState()).isEqualTo(RequestState.APPROVED);
        assertThat(request.settledAt()).isPresent();
    }

    @Test
    void onlyAnApprovedRequestCanBeReopenedAndOnlyWithAReason() {
        assertThatThrownBy(() -> request.reopenForCorrection("誤り", LATER))
                .isInstanceOf(RequestTransitionException.class)
                .hasMessageContaining("Cannot reopen for correction")
                .hasMessageContaining("it is NOT_STARTED (allowed from APPROVED)");
        request.submit(LATER);
        assertThatThrownBy(() -> request.reopenForCorrection("誤り", LATER)).isInstanceOf(RequestTransitionException.class);
        request.approve(LATER);
        assertThatThrownBy(() -> request.reopenForCorrection("  ", LATER)).isInstanceOf(IllegalArgumentException.class);
        assertThat(request.getState()).isEqualTo(RequestState.APPROVED);
    }

    @Test
    void wrongMovesAreRefusedNamingTheStateAndWhatIsAllowed() {
        assertThatThrownBy(() -> request.approve(LATER))
                .isInstanceOf(RequestTransitionException.class)
                .hasMessageContaining("Cannot approve")
                .hasMessageContaining("HUB-HIROSHIMA")
                .hasMessageContaining("it is NOT_STARTED (allowed from SUBMITTED)");
        assertThatThrownBy(() -> request.returnToReporter("x", LATER)).isInstanceOf(RequestTransitionException.class);

        request.submit(LATER);
        assertThatThrownBy(() -> request.submit(LATER))
                .isInstanceOf(RequestTransitionException.class)
                .hasMessageContaining("it is SUBMITTED (allowed from DRAFT, NOT_STARTED, REOPENED, RETURNED)");
        assertThatThrownBy(() -> request.saveDraft(LATER)).isInstanceOf(RequestTransitionException.class);

        request.approve(LATER);
        assertThatThrownBy(() -> request.close("late", LATER)).isInstanceOf(RequestTransitionException.class);
        assertThatThrownBy(() -> request.extendDue(DUE.plusDays(7))).isInstanceOf(RequestTransitionException.class);
        assertThat(request.getState()).isEqualTo(RequestState.APPROVED);
    }

    @Test
    void aReturnNeedsAComment() {
        request.submit(LATER);
        assertThatThrownBy(() -> request.returnToReporter(" ", LATER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a comment");
        assertThatThrownBy(() -> request.returnToReporter("x".repeat(ReportRequest.MAX_COMMENT + 1), LATER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 4000");
        assertThat(request.getState()).isEqualTo(RequestState.SUBMITTED);
    }

    @Test
    void theSecretariatExtendsOnlyToALaterDateAndClosesAnOpenRequestWithTheBodyMissing() {
        assertThatThrownBy(() -> request.extendDue(DUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be after the current one");
        request.extendDue(DUE.plusDays(14));
        assertThat(request.getDue()).isEqualTo(DUE.plusDays(14));

        request.close("期限までに提出なし", LATER);
        assertThat(request.getState()).isEqualTo(RequestState.CLOSED);
        assertThat(request.getState().isSettled()).isTrue();
        assertThat(request.wasSubmittedOnTime()).isFalse();
        assertThatThrownBy(() -> request.submit(LATER)).isInstanceOf(RequestTransitionException.class);
    }

    @Test
    void overdueIsAnOpenRequestAfterItsDueDate() {
        assertThat(request.isOverdue(DUE)).isFalse();
        assertThat(request.isOverdue(DUE.plusDays(1))).isTrue();
        request.submit(LATER);
        request.approve(LATER);
        assertThat(request.isOverdue(DUE.plusDays(1))).isFalse();
    }

    @Test
    void aSubmissionAfterTheDueDateInJapanIsLate() {
        // 2025-05-31T15:30Z is already June 1st in Japan
        request.submit(Instant.parse("2025-05-31T15:30:00Z"));
        assertThat(request.wasSubmittedOnTime()).isFalse();
    }

    @Test
    void remindersAreCounted() {
        request.reminded(LATER);
        request.reminded(LATER.plusSeconds(1));
        assertThat(request.getRemindersSent()).isEqualTo(2);
        assertThat(request.lastRemindedAt()).contains(LATER.plusSeconds(1));
    }

    private static Organisation body(OrganisationKind kind) {
        return new Organisation("X-" + kind, kind, "x", "x");
    }
}
