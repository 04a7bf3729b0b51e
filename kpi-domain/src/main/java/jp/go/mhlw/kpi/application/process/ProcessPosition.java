package jp.go.mhlw.kpi.application.process;

import java.util.List;
import java.util.Objects;

/**
 * Where one run of a BPMN model stands, for its diagram: the model ({@code processKey}, the file
 * {@code bpmn/<processKey>.bpmn} and its rendered {@code .png}), the activities it is in now and the ones it has
 * completed (element ids, in the order they began, each once). A run that has ended has no active activity.
 */
public record ProcessPosition(String processKey, List<String> active, List<String> completed) {

    public ProcessPosition {
        Objects.requireNonNull(processKey, "processKey");
        active = List.copyOf(active);
        completed = List.copyOf(completed);
    }

    public boolean ended() {
        return active.isEmpty();
    }
}
