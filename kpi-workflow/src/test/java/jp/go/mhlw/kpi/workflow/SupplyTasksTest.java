package jp.go.mhlw.kpi.workflow;

import static jp.go.mhlw.kpi.application.supply.SupplyStep.CONSIDER_RESPONSE;
import static jp.go.mhlw.kpi.application.supply.SupplyStep.FILE_ADDITIONAL_REPORT;
import static jp.go.mhlw.kpi.application.supply.SupplyStep.TRIAGE_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.supply.SupplyDeadlines;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.application.tasks.TaskSubject;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.workflow.TaskInbox.InboxTask;
import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The supply steps as tasks: due by the deadline rules the case was started with, labelled with the case and its
 * product when they are created, listed for the maker whose case it is and no other, and given a follow-up date.
 */
@Deployment(resources = {ProcessModels.SUPPLY_DISRUPTION, ProcessModels.SUPPLY_TERMINATION,
        ProcessModels.COORDINATE_ALTERNATIVES})
class SupplyTasksTest {

    private static final Caller MAKER_A = new Caller("maker-a", Set.of(Role.MANUFACTURER), Optional.of("MAKER-A"));
    private static final Caller MAKER_B = new Caller("maker-b", Set.of(Role.MANUFACTURER), Optional.of("MAKER-B"));
    private static final Caller OFFICER = new Caller("officer1", Set.of(Role.MINISTRY_OFFICER), Optional.of("MHLW-KIKI"));
    private static final Instant NOW = Instant.parse("2026-04-01T03:00:00Z");
    /** Deadlines other than the tests' usual ones, so a due date cannot come from anywhere else. */
    private static final SupplyDeadlines.Durations DEADLINES =
            new SupplyDeadlines.Durations(Duration.ofDays(10), Duration.ofHours(36), Duration.ofDays(21));

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private ProcessEngine engine;
    private SupplyCaseProcess process;
    private TaskInbox inbox;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        process = new SupplyCaseProcess(() -> engine);
        inbox = new TaskInbox(() -> engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        InMemoryEngine.subjects = new InMemoryEngine.NoSubjects() {
            @Override
            public Optional<TaskSubject> ofSupplyCase(String caseNumber) {
                return Optional.of(new TaskSubject(caseNumber, "製品 " + caseNumber, "製品 " + caseNumber, null));
            }
        };
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        InMemoryEngine.subjects = new InMemoryEngine.NoSubjects();
    }

    private Task openTask(String caseNumber, SupplyStep step) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(step.id()).singleResult();
    }

    @Test
    void eachStepWithADeadlineIsDueByItsRuleFromWhenTheStepBegan() {
        process.startDisruption("ST-01", "MAKER-A", false, DEADLINES);
        assertThat(openTask("ST-01", FILE_ADDITIONAL_REPORT).getDueDate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(10))));

        Instant filed = NOW.plus(Duration.ofDays(3));
        ClockUtil.setCurrentTime(Date.from(filed));
        process.complete("ST-01", FILE_ADDITIONAL_REPORT);
        assertThat(openTask("ST-01", TRIAGE_REPORT).getDueDate()).isEqualTo(Date.from(filed.plus(Duration.ofHours(36))));

        process.recordTriage("ST-01", ClinicalImpact.LARGE);
        process.decideFurtherAction("ST-01", true);
        assertThat(openTask("ST-01", CONSIDER_RESPONSE).getDueDate()).isEqualTo(Date.from(filed.plus(Duration.ofDays(21))));
    }

    @Test
    void flowBsStepsAreDueByTheSameRules() {
        process.startTermination("ST-02", "MAKER-A", DEADLINES);

        assertThat(openTask("ST-02", TRIAGE_REPORT).getDueDate()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(36))));
    }

    @Test
    void aStepWithoutADeadlineRuleHasNoDueDate() {
        process.startDisruption("ST-03", "MAKER-A", true, DEADLINES);
        process.recordTriage("ST-03", ClinicalImpact.SMALL);

        assertThat(openTask("ST-03", SupplyStep.DECIDE_FURTHER_ACTION).getDueDate()).isNull();
    }

    @Test
    void theInboxListsEachMakersStepsWithTheirCaseAndProductAndNotAnotherMakers() {
        process.startDisruption("ST-04", "MAKER-A", false, DEADLINES);
        process.startDisruption("ST-05", "MAKER-A", false, DEADLINES);
        process.startDisruption("ST-06", "MAKER-B", false, DEADLINES);

        assertThat(inbox.tasks(MAKER_A)).filteredOn(task -> task.step().equals(FILE_ADDITIONAL_REPORT.id()))
                .extracting(InboxTask::caseNumber, task -> task.subject().name(false), InboxTask::due)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ST-04", "製品 ST-04", Date.from(NOW.plus(Duration.ofDays(10)))),
                        org.assertj.core.groups.Tuple.tuple("ST-05", "製品 ST-05", Date.from(NOW.plus(Duration.ofDays(10)))));
        assertThat(inbox.tasks(MAKER_B)).extracting(InboxTask::caseNumber).containsExactly("ST-06");
        assertThat(inbox.tasks(MAKER_B)).singleElement().extracting(InboxTask::organisationCode).isEqualTo("MAKER-B");
        assertThat(inbox.tasks(OFFICER)).extracting(InboxTask::caseNumber).doesNotContain("ST-04", "ST-05", "ST-06");
    }

    @Test
    void theMakersNextReportPerCaseIsItsStepDueFirst() {
        process.startDisruption("ST-10", "MAKER-A", false, DEADLINES);
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(1))));
        process.startDisruption("ST-11", "MAKER-A", true, DEADLINES); // at MHLW's triage: nothing due from the maker
        process.startDisruption("ST-12", "MAKER-B", false, DEADLINES);
        ClockUtil.setCurrentTime(Date.from(NOW.minus(Duration.ofDays(2))));
        process.startDisruption("ST-13", "MAKER-A", false, DEADLINES);

        assertThat(inbox.nextDuePerCase(MAKER_A)).extracting(InboxTask::caseNumber, InboxTask::step, InboxTask::due)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ST-13", FILE_ADDITIONAL_REPORT.id(),
                                Date.from(NOW.minus(Duration.ofDays(2)).plus(Duration.ofDays(10)))),
                        org.assertj.core.groups.Tuple.tuple("ST-10", FILE_ADDITIONAL_REPORT.id(),
                                Date.from(NOW.plus(Duration.ofDays(10)))));
        assertThat(inbox.nextDuePerCase(MAKER_B)).extracting(InboxTask::caseNumber).containsExactly("ST-12");
    }

    @Test
    void aMakerCannotFindAnotherMakersStepThroughThePort() {
        process.startDisruption("ST-07", "MAKER-B", false, DEADLINES);
        String taskId = openTask("ST-07", FILE_ADDITIONAL_REPORT).getId();

        var task = new WorkflowTasksFacade(() -> engine).find(taskId).orElseThrow();

        assertThat(task.organisationCode()).isEqualTo("MAKER-B");
        assertThat(task.isVisibleTo(MAKER_A)).isFalse();
        assertThat(task.isVisibleTo(MAKER_B)).isTrue();
    }

    @Test
    void aTaskWhoseSubjectCannotBeFoundIsStillCreated() {
        InMemoryEngine.subjects = new InMemoryEngine.NoSubjects() {
            @Override
            public Optional<TaskSubject> ofSupplyCase(String caseNumber) {
                throw new IllegalStateException("no such case");
            }
        };
        process.startDisruption("ST-08", "MAKER-A", false, DEADLINES);

        assertThat(inbox.tasks(MAKER_A)).filteredOn(task -> "ST-08".equals(task.caseNumber())).singleElement()
                .satisfies(task -> assertThat(task.subject()).isNull());
    }

    @Test
    void theFollowUpDateIsTheStartOfTheDayInJapanAndCanBeCleared() {
        process.startDisruption("ST-09", "MAKER-A", false, DEADLINES);
        String taskId = openTask("ST-09", FILE_ADDITIONAL_REPORT).getId();
        WorkflowTasksFacade tasks = new WorkflowTasksFacade(() -> engine);

        tasks.setFollowUp(taskId, LocalDate.of(2026, 4, 8));
        assertThat(openTask("ST-09", FILE_ADDITIONAL_REPORT).getFollowUpDate())
                .isEqualTo(Date.from(LocalDate.of(2026, 4, 8).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant()));
        assertThat(openTask("ST-09", FILE_ADDITIONAL_REPORT).getDueDate()).as("the flow's, untouched")
                .isEqualTo(Date.from(NOW.plus(Duration.ofDays(10))));

        tasks.setFollowUp(taskId, null);
        assertThat(openTask("ST-09", FILE_ADDITIONAL_REPORT).getFollowUpDate()).isNull();
    }
}
