package jp.go.mhlw.kpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/** Checks shared by the supply process tests on the deployed models themselves. */
final class SupplyModelChecks {

    private SupplyModelChecks() {
    }

    /** Every flow node has a shape and every sequence flow an edge, so the model renders in a modeller. */
    static void assertEveryElementIsDrawn(ProcessEngine engine, ProcessDefinition definition) {
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());

        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> assertThat(shapes).contains(node.getId()));
        assertThat(model.getModelElementsByType(SequenceFlow.class)).allSatisfy(flow -> assertThat(edges).contains(flow.getId()));
    }

    /** User tasks are offered to a role; the organisation is a process variable, not a group. */
    static void assertUserTasksAreForTheThreeRoles(ProcessEngine engine, ProcessDefinition definition) {
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());

        assertThat(model.getModelElementsByType(UserTask.class)).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getCamundaCandidateGroups()).as(task.getId())
                    .isIn("manufacturer", "ministry-officer", "industry-association");
            assertThat(task.getName()).as(task.getId()).contains(" / ");
        });
    }
}
