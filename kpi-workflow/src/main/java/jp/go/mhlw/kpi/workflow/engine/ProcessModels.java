package jp.go.mhlw.kpi.workflow.engine;

import java.util.List;

/** The models of the {@code bpmn} module that the application deploys; the process tests load the same files. */
public final class ProcessModels {

    public static final String ANNUAL_FOLLOW_UP = "bpmn/annual-follow-up.bpmn";

    /** Flow A of supply-disruption reporting (instability, shortage); calls {@link #SUPPLY_TERMINATION}. */
    public static final String SUPPLY_DISRUPTION = "bpmn/supply-disruption.bpmn";

    /** Flow B (termination). Deployed with flow A, which calls the version deployed with it. */
    public static final String SUPPLY_TERMINATION = "bpmn/supply-termination.bpmn";

    public static final List<String> ALL = List.of(ANNUAL_FOLLOW_UP, SUPPLY_DISRUPTION, SUPPLY_TERMINATION);

    private ProcessModels() {
    }
}
