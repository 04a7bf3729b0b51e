package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.account.EmailDelivery;
import jp.go.mhlw.kpi.domain.model.account.IdentityProvider;
import jp.go.mhlw.kpi.domain.model.account.Invitation;
import jp.go.mhlw.kpi.domain.model.account.NewAccount;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the collection's jobs do: e-mail the right people, count reminders, tell when collection is complete. */
class CollectionJobsTest extends JpaTestSupport {

    private final CollectionJobs jobs = new CollectionJobs();
    private final List<RequestMail> sent = new ArrayList<>();
    private final RecordingAudit audit = new RecordingAudit();
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
        cycleId = opening.open(CycleOpeningTest.r6(List.of("HUB-HIROSHIMA", "HUB-HOKKAIDO")));
        requestIds = reportRequests().findByCycle(cycleId).stream()
                .collect(Collectors.toMap(ReportRequest::getOrganisationCode, ReportRequest::getId));

        jobs.requests = reportRequests();
        jobs.cycles = cycles();
        jobs.identities = new Users(List.of(
                user("hub-hiroshima", "hub-hiroshima@example.test", "HUB-HIROSHIMA", Role.HUB_REPORTER, true),
                user("hiroshima-2", "second@example.test", "HUB-HIROSHIMA", Role.HUB_REPORTER, true),
                user("hiroshima-off", "off@example.test", "HUB-HIROSHIMA", Role.HUB_REPORTER, false),
                user("hiroshima-admin", "admin@example.test", "HUB-HIROSHIMA", Role.ADMIN, true),
                user("hiroshima-nomail", null, "HUB-HIROSHIMA", Role.HUB_REPORTER, true)));
        jobs.mailSender = sent::add;
        jobs.settings = new FollowUpSettings(name -> name.equals("kpi.app.base-url")
                ? Optional.of("https://kpi.example.go.jp/") : Optional.empty());
        jobs.auditTrail = audit;
        jobs.clock = Clock.fixed(CycleOpeningTest.NOW.plusSeconds(60), ZoneOffset.UTC);
    }

    @Test
    void theRequestGoesToTheBodysEnabledReportersWithTheFormLink() {
        long hiroshima = requestIds.get("HUB-HIROSHIMA");
        jobs.sendRequestMail(hiroshima);

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.recipients()).containsExactly("hub-hiroshima@example.test", "second@example.test");
            assertThat(mail.subject()).contains("令和6年度 (FY2024)", "広島大学", "2025-05-31", "報告のお願い");
            assertThat(mail.body()).contains("https://kpi.example.go.jp/report/form.xhtml?request=" + hiroshima,
                    "Hiroshima University", "Due: 2025-05-31");
        });
        assertThat(audit.actions()).containsExactly("report-request.mail-sent");
    }

    @Test
    void aBodyWithoutReportersGetsNothingAndTheJobDoesNotFail() {
        jobs.sendRequestMail(requestIds.get("HUB-HOKKAIDO"));
        assertThat(sent).isEmpty();
    }

    @Test
    void aReminderIsCountedOnTheRequestAndNotSentOnceSubmitted() {
        long hiroshima = requestIds.get("HUB-HIROSHIMA");
        jobs.sendReminder(hiroshima);
        assertThat(sent).singleElement().extracting(RequestMail::subject).asString().contains("【催促】");
        assertThat(reportRequests().find(hiroshima).orElseThrow().getRemindersSent()).isEqualTo(1);

        reportRequests().find(hiroshima).orElseThrow().submit(CycleOpeningTest.NOW.plusSeconds(90));
        jobs.sendReminder(hiroshima);
        assertThat(sent).hasSize(1);
    }

    @Test
    void aFailedMailFailsTheJobSoThatItIsRetried() {
        jobs.mailSender = mail -> {
            throw new IllegalStateException("The e-mail to hub-hiroshima@example.test could not be sent: connection refused");
        };
        assertThatThrownBy(() -> jobs.sendRequestMail(requestIds.get("HUB-HIROSHIMA")))
                .hasMessageContaining("connection refused");
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void collectionIsCompleteWhenEveryRequestIsSettledAndThenTheCycleGoesToReview() {
        long hiroshima = requestIds.get("HUB-HIROSHIMA");
        ReportRequest request = reportRequests().find(hiroshima).orElseThrow();
        request.submit(CycleOpeningTest.NOW.plusSeconds(1));
        request.approve(CycleOpeningTest.NOW.plusSeconds(2));
        assertThat(jobs.collectionComplete(hiroshima)).isFalse();

        reportRequests().find(requestIds.get("HUB-HOKKAIDO")).orElseThrow().close("未提出", CycleOpeningTest.NOW.plusSeconds(3));
        assertThat(jobs.collectionComplete(hiroshima)).isTrue();

        jobs.collectionEnded(cycleId);
        jobs.collectionEnded(cycleId);
        assertThat(cycles().find(cycleId).orElseThrow().getStatus()).isEqualTo(CycleStatus.REVIEWING);
        assertThat(audit.actions()).as("a retried job records nothing twice").containsExactly("follow-up-cycle.collection-ended");
        assertThat(audit.entries.get(0).before()).isEqualTo("{\"status\":\"COLLECTING\"}");
        assertThat(audit.entries.get(0).after()).isEqualTo("{\"status\":\"REVIEWING\"}");
        assertThat(jobs.openRequests(cycleId)).isEmpty();
    }

    @Test
    void theProcessesStartForOpenRequestsWithTheirReportersRole() {
        assertThat(jobs.openRequests(cycleId)).extracting(CollectionJobs.OpenRequest::reporterRole).containsOnly("hub-reporter");
        assertThat(jobs.schedule(requestIds.get("HUB-HIROSHIMA")).reminders().text())
                .isEqualTo("14,7,1");
    }

    private static UserAccount user(String name, String email, String org, Role role, boolean enabled) {
        return new UserAccount("id-" + name, name, email, "姓", "名", org, Set.of(role), enabled, false);
    }

    /** The identity provider's accounts, read-only. */
    private record Users(List<UserAccount> accounts) implements IdentityProvider {

        @Override
        public List<UserAccount> findByOrganisation(String organisationCode) {
            return accounts.stream().filter(user -> organisationCode.equals(user.getOrganisationCode())).toList();
        }

        @Override
        public List<UserAccount> findEnabledWithoutPlatformRole() {
            return List.of();
        }

        @Override
        public Optional<UserAccount> find(String userId) {
            return accounts.stream().filter(user -> user.getId().equals(userId)).findFirst();
        }

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return accounts.stream().filter(user -> user.getUsername().equals(username)).findFirst();
        }

        @Override
        public Invitation invite(NewAccount account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EmailDelivery sendSetPasswordEmail(String userId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void disable(String userId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void enable(String userId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceRoles(String userId, Set<Role> roles) {
            throw new UnsupportedOperationException();
        }
    }
}
