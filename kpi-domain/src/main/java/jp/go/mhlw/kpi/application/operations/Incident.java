package jp.go.mhlw.kpi.application.operations;

import java.time.Instant;

/**
 * A process step that failed after its retries (an engine incident): which process and step, the business key of
 * the instance (e.g. the account request id), what went wrong, and since when.
 */
public record Incident(String id, String processKey, String processName, String step, String stepName,
                       String businessKey, String message, Instant since) {

    /** For the screens: EL cannot read record components. */
    public String getId() {
        return id;
    }

    public String getProcessKey() {
        return processKey;
    }

    public String getProcessName() {
        return processName;
    }

    public String getStep() {
        return step;
    }

    public String getStepName() {
        return stepName;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getMessage() {
        return message;
    }

    public Instant getSince() {
        return since;
    }
}
