package jp.go.mhlw.kpi.web.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The boxes drawn over a model's PNG stand where the PNG shows the model's elements: the PNG is as large as the
 * render script makes it from the diagram's bounds, and every task's outline is drawn at the pixels the layout says.
 */
class DiagramLayoutTest {

    private static final ClassLoader LOADER = DiagramLayoutTest.class.getClassLoader();

    @ParameterizedTest
    @ValueSource(strings = {"annual-follow-up", "report-request", "supply-disruption", "supply-termination",
            "coordinate-alternatives", "account-request", "step-mail"})
    void thePngIsAsLargeAsTheDiagramsExtentWithTheRenderersMargin(String model) throws IOException {
        DiagramLayout layout = DiagramLayout.load(model, LOADER);
        try (InputStream png = LOADER.getResourceAsStream("bpmn/" + model + ".png")) {
            assertThat(DiagramLayout.pngSize(png)).containsExactly(layout.width(), layout.height());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"annual-follow-up", "report-request", "supply-disruption", "supply-termination",
            "coordinate-alternatives"})
    void everyTasksOutlineIsOnThePngWhereTheLayoutPutsIt(String model) throws IOException {
        DiagramLayout layout = DiagramLayout.load(model, LOADER);
        BufferedImage png;
        try (InputStream in = LOADER.getResourceAsStream("bpmn/" + model + ".png")) {
            png = ImageIO.read(in);
        }
        List<DiagramLayout.Shape> tasks = layout.shapes().values().stream()
                .filter(shape -> shape.width() >= 100 && shape.width() <= 120 && shape.height() == 80).toList();
        assertThat(tasks).as("tasks of " + model).isNotEmpty();
        for (DiagramLayout.Shape task : tasks) {
            int top = (int) Math.round(task.y()) + 15;
            int left = (int) Math.round(task.x());
            int right = (int) Math.round(task.x() + task.width());
            assertThat(darkNear(png, left, top)).as(task.id() + "'s left edge at " + left + "," + top).isTrue();
            assertThat(darkNear(png, right, top)).as(task.id() + "'s right edge at " + right + "," + top).isTrue();
            // inside, near the bottom-left corner (clear of the task type's icon, the name and any marker)
            int bottom = (int) Math.round(task.y() + task.height()) - 8;
            assertThat(darkNear(png, left + 12, bottom)).as("inside " + task.id()).isFalse();
        }
    }

    @Test
    void aPointOfTheModelIsMovedByTheMarginLessTheSmallestCoordinate() throws IOException {
        DiagramLayout layout = DiagramLayout.load("annual-follow-up", LOADER);
        // the start event is the leftmost element (x 150) and at y 172; the smallest y of any bounds is 62
        DiagramLayout.Shape start = layout.shape("cycleOpened").orElseThrow();
        assertThat(start.x()).isCloseTo(40, within(0.001));
        assertThat(start.y()).isCloseTo(172 - 62 + 40, within(0.001));
        assertThat(start.width()).isEqualTo(36);
    }

    @Test
    void namesAreTheModelsJapaneseOrEnglishHalf() {
        DiagramLayout layout = DiagramLayout.load("report-request", LOADER);
        DiagramLayout.Shape submit = layout.shape("submitReport").orElseThrow();
        assertThat(submit.name(Locale.JAPANESE)).isEqualTo("報告の作成・提出");
        assertThat(submit.name(Locale.ENGLISH)).isEqualTo("Fill in and submit the report");
        assertThat(layout.processName(Locale.ENGLISH)).isEqualTo("Report request");
        assertThat(layout.processName(Locale.JAPANESE)).isEqualTo("報告依頼");
    }

    /** A dark pixel (the outline bpmn-js draws, 2 px wide) within 2 px of (x, y). */
    private static boolean darkNear(BufferedImage png, int x, int y) {
        for (int dx = -2; dx <= 2; dx++) {
            int rgb = png.getRGB(x + dx, y);
            int r = (rgb >> 16) & 0xff;
            int g = (rgb >> 8) & 0xff;
            int b = rgb & 0xff;
            if (r + g + b < 3 * 110) {
                return true;
            }
        }
        return false;
    }
}
