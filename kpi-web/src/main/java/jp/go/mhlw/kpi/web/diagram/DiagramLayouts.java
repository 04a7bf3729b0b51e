package jp.go.mhlw.kpi.web.diagram;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import jp.go.mhlw.kpi.application.process.ProcessPosition;

/**
 * The layouts of the models the screens draw, each read once from the bpmn module on the class path. Only the models
 * the application runs for cycles, requests and supply cases: {@link #MODELS}, which the diagram servlet serves.
 */
@ApplicationScoped
public class DiagramLayouts {

    /** The models whose rendered PNG a screen may show. */
    public static final Set<String> MODELS = Set.of("annual-follow-up", "report-request", "supply-disruption",
            "supply-termination", "coordinate-alternatives");

    private final Map<String, DiagramLayout> layouts = new ConcurrentHashMap<>();

    public DiagramLayout layout(String processKey) {
        if (!MODELS.contains(processKey)) {
            throw new IllegalArgumentException("No diagram of " + processKey);
        }
        return layouts.computeIfAbsent(processKey, key -> DiagramLayout.load(key, DiagramLayouts.class.getClassLoader()));
    }

    /** The diagram of these positions (see {@link ProcessDiagram#of}); a model without a diagram is left out. */
    public ProcessDiagram diagram(List<ProcessPosition> positions, UnaryOperator<String> names, Locale locale) {
        return ProcessDiagram.of(positions.stream().filter(position -> MODELS.contains(position.processKey())).toList(),
                this::layout, names, locale);
    }
}
