package jp.go.mhlw.kpi.workflow.engine;

import java.util.List;

/** The models of the {@code bpmn} module that the application deploys; the process tests load the same files. */
public final class ProcessModels {

    public static final String ANNUAL_FOLLOW_UP = "bpmn/annual-follow-up.bpmn";

    /** One body's report request of a cycle; started by the annual follow-up, one instance per body. */
    public static final String REPORT_REQUEST = "bpmn/report-request.bpmn";

    /**
     * The correction of an approved report request: started when the secretariat reopens it (the request's own
     * process ended at the approval), the reporter's task again, then the review as usual.
     */
    public static final String REPORT_REQUEST_CORRECTION = "bpmn/report-request-correction.bpmn";

    /**
     * Flow A of supply-disruption reporting (instability, shortage); calls {@link #SUPPLY_TERMINATION} and
     * {@link #COORDINATE_ALTERNATIVES}.
     */
    public static final String SUPPLY_DISRUPTION = "bpmn/supply-disruption.bpmn";

    /**
     * Flow B (termination); calls {@link #COORDINATE_ALTERNATIVES}. Deployed with flow A, which calls the version
     * deployed with it.
     */
    public static final String SUPPLY_TERMINATION = "bpmn/supply-termination.bpmn";

    /** The coordination with makers of alternatives and the industry association, called by flows A and B alike. */
    public static final String COORDINATE_ALTERNATIVES = "bpmn/coordinate-alternatives.bpmn";

    /** A manufacturer's account request: the officers' review, then the account's creation in the background. */
    public static final String ACCOUNT_REQUEST = "bpmn/account-request.bpmn";

    /** One e-mail of a step that waits for someone, sent by an asynchronous job (queued by the flows' task listener). */
    public static final String STEP_MAIL = "bpmn/step-mail.bpmn";

    public static final List<String> ALL = List.of(ANNUAL_FOLLOW_UP, SUPPLY_DISRUPTION, SUPPLY_TERMINATION,
            COORDINATE_ALTERNATIVES, REPORT_REQUEST, REPORT_REQUEST_CORRECTION, ACCOUNT_REQUEST, STEP_MAIL);

    private ProcessModels() {
    }
}
