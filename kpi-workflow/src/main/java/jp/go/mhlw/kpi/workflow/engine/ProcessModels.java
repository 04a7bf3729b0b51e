package jp.go.mhlw.kpi.workflow.engine;

import java.util.List;

/** The models of the {@code bpmn} module that the application deploys; the process tests load the same files. */
public final class ProcessModels {

    public static final String ANNUAL_FOLLOW_UP = "bpmn/annual-follow-up.bpmn";

    public static final List<String> ALL = List.of(ANNUAL_FOLLOW_UP);

    private ProcessModels() {
    }
}
