package jp.go.mhlw.kpi.workflow;

import java.time.Duration;
import java.util.List;
import jp.go.mhlw.kpi.application.supply.SupplyCaseWorkflow.WaitingStep;
import jp.go.mhlw.kpi.application.supply.SupplyDeadlines;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;

/** What the supply process tests share: the deadlines they start cases with, and where a case stands. */
final class SupplyProcesses {

    static final SupplyDeadlines.Durations DEADLINES =
            new SupplyDeadlines.Durations(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(30));

    private SupplyProcesses() {
    }

    /** The user tasks' step-mail listener, doing nothing: StepMailProcessTest is about the mails. */
    static void withoutMails() {
        Mocks.register("stepMail", (TaskListener) task -> { });
    }

    /** The steps the case waits at, oldest first, as the port lists them. */
    static List<SupplyStep> waitingAt(SupplyCaseProcess process, String caseNumber) {
        return process.waitingSteps(caseNumber).stream().map(WaitingStep::step).toList();
    }

    /** The process the flow instance calls and waits for now (the coordination, or flow B). */
    static ProcessInstance calledInstance(ProcessEngine engine, ProcessInstance caller) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
                .singleResult();
    }

    /** The case's flow as it was started: the root of its process tree. */
    static ProcessInstance rootInstance(ProcessEngine engine, String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .rootProcessInstances().singleResult();
    }
}
