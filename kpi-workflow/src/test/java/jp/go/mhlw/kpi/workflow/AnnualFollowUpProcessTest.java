package jp.go.mhlw.kpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import jp.go.mhlw.kpi.workflow.engine.ProcessModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The annual follow-up model, loaded from the bpmn module as the application deploys it. */
@Deployment(resources = ProcessModels.ANNUAL_FOLLOW_UP)
class AnnualFollowUpProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InMemoryEngine.get())
            .build();

    private ProcessEngine engine;
    private FollowUpProcess followUp;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        followUp = new FollowUpProcess(() -> engine);
    }

    @Test
    void aCycleRunsFromCollectionToPublicationWithTheSecretariat() {
        String id = followUp.startCycle("PLAN-2/FY2023");
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(id).singleResult();

        assertThat(instance).isWaitingAt("closeCollection").hasBusinessKey("PLAN-2/FY2023");
        assertThat(task(instance)).hasCandidateGroup("secretariat");

        followUp.complete("PLAN-2/FY2023", "closeCollection");
        assertThat(followUp.waitingAt("PLAN-2/FY2023")).containsExactly("approvePublication");

        followUp.complete("PLAN-2/FY2023", "approvePublication");
        assertThat(instance).isEnded().hasPassedInOrder("closeCollection", "approvePublication", "reportPublished");
        assertThat(followUp.waitingAt("PLAN-2/FY2023")).isEmpty();
    }

    @Test
    void aCycleCannotBeStartedTwiceEvenAfterItEnded() {
        followUp.startCycle("PLAN-2/FY2024");

        assertThatThrownBy(() -> followUp.startCycle("PLAN-2/FY2024"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PLAN-2/FY2024");

        followUp.complete("PLAN-2/FY2024", "closeCollection");
        followUp.complete("PLAN-2/FY2024", "approvePublication");
        assertThatThrownBy(() -> followUp.startCycle("PLAN-2/FY2024")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completingAStepTheCycleIsNotAtIsRefused() {
        followUp.startCycle("PLAN-2/FY2025");

        assertThatThrownBy(() -> followUp.complete("PLAN-2/FY2025", "approvePublication"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not waiting at approvePublication");
        assertThatThrownBy(() -> followUp.startCycle(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theModelKeepsItsHistoryForTenYearsAndIsVersioned() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(FollowUpProcess.PROCESS_KEY).latestVersion().singleResult();

        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
        assertThat(definition.getVersionTag()).isNotBlank();
    }
}
