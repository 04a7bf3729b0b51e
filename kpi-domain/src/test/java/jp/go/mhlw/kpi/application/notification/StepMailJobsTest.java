package jp.go.mhlw.kpi.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.go.mhlw.kpi.application.InMemoryIdentityProvider;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.followup.FollowUpSettings;
import jp.go.mhlw.kpi.application.followup.RequestMail;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.Texts;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import jp.go.mhlw.kpi.infrastructure.persistence.SupplyCaseFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who gets which step mail, in which language, with which link: the identity provider in memory, the cases and
 * requests on H2 with the reference organisations (MHLW-KIKI and MHLW-ISEI are the ministry's divisions).
 */
class StepMailJobsTest extends JpaTestSupport {

    private static final String CASE = "SC-2026-000042";
    private static final String BASE = "https://kpi.example.go.jp";

    private final InMemoryIdentityProvider identities = new InMemoryIdentityProvider();
    private final List<RequestMail> sent = new ArrayList<>();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private StepMailJobs jobs;

    @BeforeEach
    void wire() {
        SupplyCaseFixtures.registerDemoManufacturers(entityManager);
        supplyCases().store(SupplyCaseFixtures.openCase(CASE));
        identities.add("maker-a", "MAKER-A", Role.MANUFACTURER);
        identities.add("maker-a-en", "MAKER-A", Locale.ENGLISH, Role.MANUFACTURER);
        identities.add("maker-a-norole", "MAKER-A");
        identities.add("maker-b", "MAKER-B", Locale.ENGLISH, Role.MANUFACTURER);
        identities.add("officer1", "MHLW-KIKI", Role.MINISTRY_OFFICER);
        identities.add("officer2", "MHLW-ISEI", Locale.ENGLISH, Role.MINISTRY_OFFICER);
        identities.add("secretariat1", "MHLW-ISEI", Role.SECRETARIAT);
        identities.add("hub-hiroshima", "HUB-HIROSHIMA", Role.HUB_REPORTER);
        identities.add("assoc1", "JFMDA", Role.INDUSTRY_ASSOCIATION);
        jobs = new StepMailJobs();
        jobs.identities = identities;
        jobs.organisations = organisations();
        jobs.cases = supplyCases();
        jobs.requests = reportRequests();
        jobs.mailSender = sent::add;
        jobs.settings = new FollowUpSettings(name -> name.equals("kpi.app.base-url") ? Optional.of(BASE + "/")
                : Optional.empty());
        jobs.auditTrail = audit;
    }

    @Test
    void theManufacturersUsersWithTheRoleGetTheMailInTheirOwnLanguageWithTheLinkToTheCase() {
        int count = jobs.send(StepMail.SUPPLY_REPORT_DUE, CASE, "MAKER-A");

        assertThat(count).isEqualTo(2);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).recipients()).containsExactly("maker-a@example.test");
        assertThat(sent.get(0).subject()).isEqualTo("【医療機器基本計画KPI】供給案件 " + CASE + ": 報告の提出をお願いします");
        assertThat(sent.get(0).body()).contains("デモカテーテルA", BASE + "/supply/case.xhtml?case=" + CASE)
                .doesNotContain("Dear");
        assertThat(sent.get(1).recipients()).containsExactly("maker-a-en@example.test");
        assertThat(sent.get(1).subject()).isEqualTo("[Medical Device KPI] Supply case " + CASE + ": please file your report");
        assertThat(sent.get(1).body()).startsWith("Dear manufacturer,").contains(BASE + "/supply/case.xhtml?case=" + CASE);
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("mail.sent");
            assertThat(entry.objectType()).as("not the case's own: its history lists what people did").isEqualTo("mail");
            assertThat(entry.objectId()).isEqualTo(CASE);
            assertThat(entry.objectOrganisation()).isEqualTo("MAKER-A");
            assertThat(entry.summary()).isEqualTo("供給案件で報告の提出を求められたとき: 2 名にメール送信");
        });
    }

    @Test
    void theOfficersOfEveryMinistryDivisionGetTheMailsForTheOfficersAndNobodyElse() {
        jobs.send(StepMail.SUPPLY_REPORT_FILED, CASE, null);

        assertThat(sent).flatExtracting(RequestMail::recipients)
                .containsExactlyInAnyOrder("officer1@example.test", "officer2@example.test");
        assertThat(sent).extracting(RequestMail::subject).containsExactlyInAnyOrder(
                "【医療機器基本計画KPI】供給案件 " + CASE + ": 報告が提出されました",
                "[Medical Device KPI] Supply case " + CASE + ": a report was filed");
    }

    @Test
    void theAlternativeMakerAndTheAssociationAskedGetTheirMail() {
        jobs.send(StepMail.SUPPLY_STOCK_ASKED, CASE, "MAKER-B");
        jobs.send(StepMail.SUPPLY_SUPPORT_ASKED, CASE, "JFMDA");

        assertThat(sent).extracting(mail -> mail.recipients().get(0))
                .containsExactly("maker-b@example.test", "assoc1@example.test");
        assertThat(sent.get(0).subject()).contains("stock and production data");
        assertThat(sent.get(1).subject()).contains("業界団体への支援のお願い");
    }

    @Test
    void theNewAssigneeIsMailedByUserName() {
        jobs.send(StepMail.TASK_REASSIGNED, "提出内容の審査 / Review the submission", "officer2");

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.recipients()).containsExactly("officer2@example.test");
            assertThat(mail.subject()).isEqualTo(
                    "[Medical Device KPI] A task was assigned to you: 提出内容の審査 / Review the submission");
            assertThat(mail.body()).contains(BASE + "/tasks/index.xhtml");
        });
    }

    @Test
    void aReturnGoesToTheBodysReportersAndAnEscalationToTheSecretariat() {
        FollowUpCycle cycle = cycles().store(FollowUpCycle.forFiscalYear(basicPlans().findByCode("PLAN-2").orElseThrow(),
                JapaneseFiscalYear.of(2024)));
        ReportRequest request = new ReportRequest(cycle, organisations().findByCode("HUB-HIROSHIMA").orElseThrow(),
                LocalDate.of(2025, 5, 31), Instant.parse("2025-04-10T01:00:00Z"));
        reportRequests().store(request);
        String id = String.valueOf(request.getId());

        jobs.send(StepMail.REQUEST_RETURNED, id, null);
        jobs.send(StepMail.REQUEST_ESCALATED, id, null);

        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).recipients()).containsExactly("hub-hiroshima@example.test");
        assertThat(sent.get(0).subject()).contains("報告が差し戻されました", "広島大学");
        assertThat(sent.get(0).body()).contains(BASE + "/report/form.xhtml?request=" + id);
        assertThat(sent.get(1).recipients()).containsExactly("secretariat1@example.test");
        assertThat(sent.get(1).body()).contains(BASE + "/cycle/dashboard.xhtml?cycle=" + cycle.getId());
    }

    @Test
    void nobodyToMailSendsNothingAndAFailureToSendIsAnExceptionForTheJobToRetry() {
        assertThat(jobs.send(StepMail.SUPPLY_SUPPORT_ASKED, CASE, "JFMDA-NOBODY")).isZero();
        assertThat(sent).isEmpty();
        assertThat(audit.entries).isEmpty();

        jobs.mailSender = mail -> {
            throw new IllegalStateException("The e-mail to assoc1@example.test could not be sent");
        };
        assertThatThrownBy(() -> jobs.send(StepMail.SUPPLY_SUPPORT_ASKED, CASE, "JFMDA"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void everyStepOfTheTableIsAUserTaskTheFlowsKnowAndEveryMailHasItsTextsInBothLanguages() {
        assertThat(StepMail.onStepOpened("chaseOverdueResponse"))
                .containsExactly(StepMail.SUPPLY_OVERDUE, StepMail.SUPPLY_DEADLINE_PASSED);
        assertThat(StepMail.onStepOpened("triageReport")).containsExactly(StepMail.SUPPLY_REPORT_FILED);
        assertThat(StepMail.onStepOpened("decideFurtherAction")).isEmpty();
        assertThat(StepMail.onStepDone("answerStockRequest")).containsExactly(StepMail.SUPPLY_ANSWER_RECEIVED);
        assertThat(StepMail.onStepDone("triageReport")).isEmpty();
        assertThat(StepMail.receivedBy(Role.INDUSTRY_ASSOCIATION)).containsExactly(StepMail.SUPPLY_SUPPORT_ASKED);
        assertThat(StepMail.receivedBy(Role.COMMITTEE_MEMBER)).isEmpty();
        for (StepMail mail : StepMail.values()) {
            assertThat(Texts.has(mail.bundleKey("subject"))).as(mail.name()).isTrue();
            assertThat(Texts.has(mail.bundleKey("body"))).as(mail.name()).isTrue();
            assertThat(Texts.has(mail.bundleKey("label"))).as(mail.name()).isTrue();
        }
    }
}
