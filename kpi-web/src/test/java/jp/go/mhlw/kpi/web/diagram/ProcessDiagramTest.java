package jp.go.mhlw.kpi.web.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.application.process.ProcessPosition;
import org.junit.jupiter.api.Test;

/** The overlay a page draws: boxes where the steps are, the current steps by name. */
class ProcessDiagramTest {

    private final DiagramLayouts layouts = new DiagramLayouts();

    @Test
    void theCurrentStepIsBoxedThickAndNamedAndDoneTasksThin() {
        ProcessPosition position = new ProcessPosition("report-request",
                List.of("reviewSubmission"), List.of("requestOpened", "sendRequestMail", "submitReport"));

        ProcessDiagram diagram = layouts.diagram(List.of(position), id -> null, Locale.JAPANESE);

        assertThat(diagram.isRunning()).isTrue();
        assertThat(diagram.getCurrentSteps()).containsExactly("提出内容の審査");
        ProcessDiagram.Panel panel = diagram.getPanels().get(0);
        assertThat(panel.getImagePath()).isEqualTo("/process-diagram/report-request.png");
        assertThat(panel.getViewBox()).isEqualTo("0 0 1606 886");
        assertThat(panel.getTitle()).isEqualTo("報告依頼");
        // the start event is too small for a box of its own; the done tasks come first, the current step last
        DiagramLayout.Shape review = layouts.layout("report-request").shape("reviewSubmission").orElseThrow();
        assertThat(panel.getBoxes()).extracting(ProcessDiagram.Box::getId, ProcessDiagram.Box::getStyleClass)
                .containsExactly(tuple("sendRequestMail", "kpi-diagram-done"), tuple("submitReport", "kpi-diagram-done"),
                        tuple("reviewSubmission", "kpi-diagram-current"));
        ProcessDiagram.Box current = panel.getBoxes().get(2);
        assertThat(current.getX()).isEqualTo(Math.round(review.x()) - ProcessDiagram.PADDING);
        assertThat(current.getY()).isEqualTo(Math.round(review.y()) - ProcessDiagram.PADDING);
        assertThat(current.getWidth()).isEqualTo(120 + 2 * ProcessDiagram.PADDING);
        assertThat(current.getHeight()).isEqualTo(80 + 2 * ProcessDiagram.PADDING);
    }

    @Test
    void aScreensOwnNameWinsAndEnglishReadersGetTheEnglishHalf() {
        ProcessPosition flowA = new ProcessPosition("supply-disruption", List.of("triageReport"), List.of());
        ProcessPosition coordination = new ProcessPosition("coordinate-alternatives", List.of(), List.of());

        ProcessDiagram english = layouts.diagram(List.of(flowA, coordination),
                id -> id.equals("triageReport") ? "Triage (own wording)" : null, Locale.ENGLISH);

        assertThat(english.getCurrentSteps()).containsExactly("Triage (own wording)");
        assertThat(english.getPanels()).extracting(ProcessDiagram.Panel::getProcessKey)
                .containsExactly("supply-disruption", "coordinate-alternatives");
        assertThat(english.getPanels().get(1).getCurrent()).isEmpty();
    }

    @Test
    void anEndedProcessHasNoCurrentStepAndNoProcessNoPicture() {
        ProcessPosition ended = new ProcessPosition("annual-follow-up", List.of(), List.of("cycleOpened", "closeCollection"));

        assertThat(layouts.diagram(List.of(ended), id -> null, Locale.JAPANESE).isRunning()).isFalse();
        assertThat(layouts.diagram(List.of(), id -> null, Locale.JAPANESE).isEmpty()).isTrue();
        assertThat(layouts.diagram(List.of(new ProcessPosition("step-mail", List.of("x"), List.of())), id -> null,
                Locale.JAPANESE).isEmpty()).as("a model no page shows").isTrue();
    }
}
