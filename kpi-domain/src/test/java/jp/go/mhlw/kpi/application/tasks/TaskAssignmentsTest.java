package jp.go.mhlw.kpi.application.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.InMemoryWorkflowTasks;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claiming, releasing and reassigning process tasks: who may, which tasks, and one audit record per change. */
class TaskAssignmentsTest {

    private static final Caller HUB_REPORTER = caller("hub1", Role.HUB_REPORTER, "HUB-HIROSHIMA");
    private static final Caller OTHER_HUB_REPORTER = caller("hub2", Role.HUB_REPORTER, "HUB-HOKKAIDO");
    private static final Caller HUB_COLLEAGUE = caller("hub1b", Role.HUB_REPORTER, "HUB-HIROSHIMA");
    private static final Caller OFFICER = caller("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI");
    private static final Caller SECRETARIAT = caller("isei1", Role.SECRETARIAT, "MHLW-ISEI");
    private static final Caller MANUFACTURER = caller("maker1", Role.MANUFACTURER, "MAKER-A");

    private final InMemoryWorkflowTasks tasks = new InMemoryWorkflowTasks();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final List<String> mails = new ArrayList<>();

    @BeforeEach
    void openTasks() {
        tasks.add("report-1", "submitReport", null, "hub-reporter:HUB-HIROSHIMA");
        tasks.add("review-1", "reviewSubmission", null, "ministry-officer");
        tasks.add("draft-1", "prepareDraftReport", null, "secretariat", "committee-member");
    }

    private static Caller caller(String user, Role role, String organisation) {
        return new Caller(user, Set.of(role), Optional.of(organisation));
    }

    private TaskAssignments as(Caller caller) {
        CurrentCaller current = new CurrentCaller();
        current.establish(caller);
        TaskAssignments assignments = new TaskAssignments(tasks, audit, current,
                (mail, reference, party) -> mails.add(mail + " " + reference + " " + party));
        assignments.clock = Clock.fixed(Instant.parse("2026-05-10T15:30:00Z"), JapaneseFiscalYear.JAPAN_TIME); // 11 May in Japan
        return assignments;
    }

    @Test
    void aMakersSupplyStepIsOnlyForThatMakersUsers() {
        tasks.addForOrganisation("file-1", "fileAdditionalReport", "MAKER-A", "manufacturer");
        Caller makerB = caller("maker2", Role.MANUFACTURER, "MAKER-B");

        assertThatThrownBy(() -> as(makerB).claim("file-1")).isInstanceOf(TaskAssignmentRefusedException.class);
        as(MANUFACTURER).claim("file-1");

        assertThat(tasks.assigneeOf("file-1")).isEqualTo("maker1");
        assertThat(audit.actions()).containsExactly("task.claimed");
    }

    @Test
    void theHolderSetsAndClearsTheFollowUpDateAndEachChangeIsRecorded() {
        as(HUB_REPORTER).claim("report-1");

        as(HUB_REPORTER).setFollowUp("report-1", LocalDate.of(2026, 5, 11));
        assertThat(tasks.followUps).containsEntry("report-1", LocalDate.of(2026, 5, 11));
        as(HUB_REPORTER).setFollowUp("report-1", null);

        assertThat(tasks.followUps).containsEntry("report-1", null);
        assertThat(audit.entries).hasSize(3).extracting(AuditEntry::action)
                .containsExactly("task.claimed", "task.follow-up-set", "task.follow-up-set");
        assertThat(audit.entries.get(1).summary())
                .isEqualTo("Step submitReport (submitReport): フォローアップ日を 2026-05-11 に設定");
        assertThat(audit.entries.get(2).summary()).isEqualTo("Step submitReport (submitReport): フォローアップ日を解除");
    }

    @Test
    void onlyTheHolderSetsAFollowUpDateAndNotInThePast() {
        assertThatThrownBy(() -> as(HUB_REPORTER).setFollowUp("report-1", LocalDate.of(2026, 6, 1)))
                .isInstanceOf(TaskAssignmentRefusedException.class).hasMessageContaining("Only its assignee");
        as(HUB_COLLEAGUE).claim("report-1");
        assertThatThrownBy(() -> as(HUB_REPORTER).setFollowUp("report-1", LocalDate.of(2026, 6, 1)))
                .isInstanceOf(TaskAssignmentRefusedException.class);
        assertThatThrownBy(() -> as(HUB_COLLEAGUE).setFollowUp("report-1", LocalDate.of(2026, 5, 10)))
                .isInstanceOf(TaskAssignmentRefusedException.class).hasMessageContaining("today or later");
        assertThatThrownBy(() -> as(OTHER_HUB_REPORTER).setFollowUp("report-1", LocalDate.of(2026, 6, 1)))
                .isInstanceOf(TaskAssignmentRefusedException.class).hasMessageContaining("no task");

        assertThat(tasks.followUps).isEmpty();
        assertThat(audit.actions()).containsExactly("task.claimed");
    }

    @Test
    void aReporterClaimsTheTaskOfTheirOrganisationAndTheClaimIsRecorded() {
        as(HUB_REPORTER).claim("report-1");

        assertThat(tasks.assigneeOf("report-1")).isEqualTo("hub1");
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("task.claimed");
            assertThat(entry.objectType()).isEqualTo("task");
            assertThat(entry.objectId()).isEqualTo("report-1");
            assertThat(entry.summary()).isEqualTo("Step submitReport (submitReport): タスクを担当: hub1");
        });
    }

    @Test
    void aTaskOfAnotherOrganisationOrRoleIsNotTheirsToClaim() {
        assertThatThrownBy(() -> as(OTHER_HUB_REPORTER).claim("report-1"))
                .isInstanceOf(TaskAssignmentRefusedException.class).hasMessageContaining("no task report-1 for you");
        assertThatThrownBy(() -> as(MANUFACTURER).claim("review-1")).isInstanceOf(TaskAssignmentRefusedException.class);
        assertThatThrownBy(() -> as(HUB_REPORTER).claim("no-such-task")).isInstanceOf(TaskAssignmentRefusedException.class);
        assertThatThrownBy(() -> as(HUB_REPORTER).claim(null)).isInstanceOf(TaskAssignmentRefusedException.class);

        assertThat(tasks.assigneeOf("report-1")).isNull();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aTaskAColleagueHoldsCannotBeClaimedButStaysVisible() {
        as(HUB_COLLEAGUE).claim("report-1");

        assertThatThrownBy(() -> as(HUB_REPORTER).claim("report-1"))
                .isInstanceOf(TaskAssignmentRefusedException.class).hasMessageContaining("already been claimed by hub1b");
        assertThat(tasks.assigneeOf("report-1")).isEqualTo("hub1b");
        assertThat(audit.actions()).containsExactly("task.claimed");
    }

    @Test
    void aTaskHandedToSomeoneOutsideItsGroupsIsTheirsToSeeAndRelease() {
        tasks.add("review-2", "reviewSubmission", "hub1", "ministry-officer");

        as(HUB_REPORTER).release("review-2");

        assertThat(tasks.assigneeOf("review-2")).isNull();
        assertThat(audit.entries).singleElement().extracting(AuditEntry::summary)
                .isEqualTo("Step reviewSubmission (reviewSubmission): タスクの担当を解除（hub1）");
    }

    @Test
    void onlyTheHolderReleasesATaskUnlessTheCallerIsAnOfficerOrTheSecretariat() {
        as(HUB_COLLEAGUE).claim("report-1");
        tasks.add("review-2", "reviewSubmission", "officer2", "ministry-officer");
        tasks.add("draft-2", "prepareDraftReport", "isei2", "secretariat");

        assertThatThrownBy(() -> as(HUB_REPORTER).release("report-1"))
                .isInstanceOf(TaskAssignmentRefusedException.class).hasMessageContaining("Only its assignee");
        as(OFFICER).release("review-2");
        as(SECRETARIAT).release("draft-2");

        assertThat(tasks.assigneeOf("report-1")).isEqualTo("hub1b");
        assertThat(tasks.assigneeOf("review-2")).isNull();
        assertThat(tasks.assigneeOf("draft-2")).isNull();
        assertThat(audit.actions()).containsExactly("task.claimed", "task.released", "task.released");
    }

    @Test
    void aReporterCannotReleaseATaskNobodyHolds() {
        assertThatThrownBy(() -> as(HUB_REPORTER).release("report-1")).isInstanceOf(TaskAssignmentRefusedException.class);
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void officersHandATaskTheySeeToAnotherUser() {
        as(OFFICER).claim("review-1");

        as(OFFICER).reassign("review-1", " officer2 ");

        assertThat(tasks.assigneeOf("review-1")).isEqualTo("officer2");
        assertThat(audit.entries).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("task.reassigned");
            assertThat(entry.summary()).isEqualTo("Step reviewSubmission (reviewSubmission): タスクを officer2 に割当（前: officer1）");
        });
        assertThat(mails).containsExactly("TASK_REASSIGNED Step reviewSubmission officer2");
    }

    @Test
    void handingATaskToItsHolderSendsNoMail() {
        as(OFFICER).claim("review-1");

        as(OFFICER).reassign("review-1", "officer1");

        assertThat(mails).isEmpty();
    }

    @Test
    void onlyOfficersAndTheSecretariatReassignAndOnlyTasksTheySee() {
        assertThatThrownBy(() -> as(HUB_REPORTER).reassign("report-1", "hub1b"))
                .isInstanceOf(TaskAssignmentRefusedException.class).hasMessageContaining("Only ministry officers");
        assertThatThrownBy(() -> as(SECRETARIAT).reassign("review-1", "isei2"))
                .isInstanceOf(TaskAssignmentRefusedException.class).hasMessageContaining("no task review-1");
        assertThatThrownBy(() -> as(OFFICER).reassign("review-1", "two words"))
                .isInstanceOf(TaskAssignmentRefusedException.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> as(OFFICER).reassign("review-1", null)).isInstanceOf(TaskAssignmentRefusedException.class);
        as(SECRETARIAT).reassign("draft-1", "isei2");

        assertThat(tasks.assigneeOf("review-1")).isNull();
        assertThat(tasks.assigneeOf("draft-1")).isEqualTo("isei2");
        assertThat(audit.actions()).containsExactly("task.reassigned");
    }

    @Test
    void theContainerLetsEveryRoleWithTasksClaimAndReleaseAndOnlyOfficersAndTheSecretariatReassign() throws Exception {
        assertThat(TaskAssignments.class.isAnnotationPresent(Stateless.class)).isTrue();
        assertThat(TaskAssignments.class.getAnnotation(RolesAllowed.class).value()).containsExactlyInAnyOrder(
                Arrays.stream(Role.values()).filter(role -> role != Role.ADMIN).map(Role::roleName).toArray(String[]::new));
        assertThat(TaskAssignments.class.getMethod("reassign", String.class, String.class).getAnnotation(RolesAllowed.class)
                .value()).containsExactlyInAnyOrder(Role.Names.MINISTRY_OFFICER, Role.Names.SECRETARIAT);
        assertThat(TaskAssignments.mayReassign(OFFICER)).isTrue();
        assertThat(TaskAssignments.mayReassign(SECRETARIAT)).isTrue();
        assertThat(TaskAssignments.mayReassign(HUB_REPORTER)).isFalse();
    }

    @Test
    void theCallersGroupsAreTheirRolesAloneAndWithinTheirOrganisation() {
        assertThat(TaskGroups.of(HUB_REPORTER)).containsExactly("hub-reporter", "hub-reporter:HUB-HIROSHIMA");
        assertThat(TaskGroups.of(new Caller("u", Set.of(Role.SECRETARIAT), Optional.empty()))).containsExactly("secretariat");
    }
}
