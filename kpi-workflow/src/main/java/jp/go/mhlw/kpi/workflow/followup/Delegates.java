package jp.go.mhlw.kpi.workflow.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading the ids the follow-up models carry. */
final class Delegates {

    private Delegates() {
    }

    static long requestId(DelegateExecution execution) {
        return id(execution, "requestId");
    }

    static long cycleId(DelegateExecution execution) {
        return id(execution, "cycleId");
    }

    private static long id(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("The process " + execution.getProcessInstanceId() + " has no " + name);
        }
        return number.longValue();
    }
}
