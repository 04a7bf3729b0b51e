package jp.go.mhlw.kpi.web.diagram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import jp.go.mhlw.kpi.application.process.ProcessPosition;

/**
 * What a page shows of where a process stands: one picture per model the cycle, request or case runs (the rendered
 * PNG with boxes drawn over the steps it is at, and, thinner, over those it has done), and the current steps by name,
 * so that nothing is said by the picture or by colour alone.
 */
public final class ProcessDiagram implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far a box reaches beyond the element's own bounds, in pixels of the PNG. */
    static final int PADDING = 5;

    /** One box over the PNG, in its pixels: the step being done ({@code active}) or done. */
    public static final class Box implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String id;
        private final String name;
        private final long x;
        private final long y;
        private final long width;
        private final long height;
        private final boolean active;

        Box(DiagramLayout.Shape shape, String name, boolean active) {
            this.id = shape.id();
            this.name = name;
            this.x = Math.round(shape.x()) - PADDING;
            this.y = Math.round(shape.y()) - PADDING;
            this.width = Math.round(shape.width()) + 2 * PADDING;
            this.height = Math.round(shape.height()) + 2 * PADDING;
            this.active = active;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public long getX() {
            return x;
        }

        public long getY() {
            return y;
        }

        public long getWidth() {
            return width;
        }

        public long getHeight() {
            return height;
        }

        public boolean isActive() {
            return active;
        }

        /** The box's CSS class: a thick outline for the current step, a thin dashed one for a done step. */
        public String getStyleClass() {
            return active ? "kpi-diagram-current" : "kpi-diagram-done";
        }
    }

    /** One model's picture and its boxes. */
    public static final class Panel implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String processKey;
        private final String title;
        private final int width;
        private final int height;
        private final List<Box> boxes;
        private final List<String> current;

        Panel(String processKey, String title, int width, int height, List<Box> boxes, List<String> current) {
            this.processKey = processKey;
            this.title = title;
            this.width = width;
            this.height = height;
            this.boxes = List.copyOf(boxes);
            this.current = List.copyOf(current);
        }

        public String getProcessKey() {
            return processKey;
        }

        /** The image's path under the application: the servlet that serves the rendered models. */
        public String getImagePath() {
            return "/process-diagram/" + processKey + ".png";
        }

        public String getTitle() {
            return title;
        }

        public int getWidth() {
            return width;
        }

        public int getHeight() {
            return height;
        }

        /** The SVG overlay's view box: the PNG's own pixels, so that the boxes scale with the image. */
        public String getViewBox() {
            return "0 0 " + width + " " + height;
        }

        /** The done steps first, so that a current step's box is drawn over them. */
        public List<Box> getBoxes() {
            return boxes;
        }

        /** The names of the steps this model is at now. */
        public List<String> getCurrent() {
            return current;
        }
    }

    private final List<Panel> panels;

    private ProcessDiagram(List<Panel> panels) {
        this.panels = List.copyOf(panels);
    }

    /** No process (not started, or none for a cycle entered as history). */
    public static ProcessDiagram none() {
        return new ProcessDiagram(List.of());
    }

    /**
     * The diagram of these positions. {@code layouts} gives each model's layout; {@code names} may name a step
     * better than the model does (a screen's own wording of it), returning {@code null} to keep the model's name.
     * A step that the model does not draw (e.g. a job between two steps) is named, not boxed.
     */
    public static ProcessDiagram of(List<ProcessPosition> positions, Function<String, DiagramLayout> layouts,
            UnaryOperator<String> names, Locale locale) {
        List<Panel> panels = new ArrayList<>();
        for (ProcessPosition position : positions) {
            DiagramLayout layout = layouts.apply(position.processKey());
            List<Box> boxes = new ArrayList<>();
            for (String done : position.completed()) {
                layout.shape(done).filter(ProcessDiagram::worthABox)
                        .ifPresent(shape -> boxes.add(new Box(shape, name(layout, done, names, locale), false)));
            }
            List<String> current = new ArrayList<>();
            for (String active : position.active()) {
                String name = name(layout, active, names, locale);
                if (!current.contains(name)) {
                    current.add(name);
                }
                layout.shape(active).ifPresent(shape -> boxes.add(new Box(shape, name, true)));
            }
            panels.add(new Panel(position.processKey(), layout.processName(locale), layout.width(), layout.height(),
                    boxes, current));
        }
        return new ProcessDiagram(panels);
    }

    /** Events and gateways are small: a done box around each would clutter the picture; tasks are boxed. */
    private static boolean worthABox(DiagramLayout.Shape shape) {
        return shape.width() > 50;
    }

    private static String name(DiagramLayout layout, String id, UnaryOperator<String> names, Locale locale) {
        String own = names.apply(id);
        if (own != null) {
            return own;
        }
        return layout.shape(id).map(shape -> shape.name(locale)).orElse(id);
    }

    public List<Panel> getPanels() {
        return panels;
    }

    /** True when some model shows a step being done now. */
    public boolean isRunning() {
        return panels.stream().anyMatch(panel -> !panel.getCurrent().isEmpty());
    }

    /** The names of every step being done now, each once, in the order of the models. */
    public List<String> getCurrentSteps() {
        List<String> all = new ArrayList<>();
        panels.forEach(panel -> panel.getCurrent().stream().filter(name -> !all.contains(name)).forEach(all::add));
        return all;
    }

    public boolean isEmpty() {
        return panels.isEmpty();
    }

    /** True when there is a diagram to draw; for the pages, where {@code empty} is a word of the expression language. */
    public boolean isDrawn() {
        return !panels.isEmpty();
    }
}
