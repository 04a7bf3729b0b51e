package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The screens take their look from the stylesheet (kpi-web {@code resources/kpi.css}) through named classes: no page
 * carries CSS in a {@code style} attribute, nor in a component's {@code inputStyle}, {@code tableStyle} and the like.
 * A look then changes in one place, and the same look is one class wherever it appears.
 */
class InlineStylesTest {

    /** {@code style="..."} and the components' {@code inputStyle="..."}, {@code tableStyle="..."}, ... */
    private static final Pattern INLINE_STYLE = Pattern.compile("\\s(style|[a-z][A-Za-z]*Style)\\s*=\\s*[\"']");

    @Test
    void noPageHasAnInlineStyle() {
        Map<String, List<Integer>> found = new TreeMap<>();
        for (Path page : WebPages.all()) {
            String name = WebPages.name(page);
            List<Integer> lines = linesWithInlineStyles(page);
            if (!lines.isEmpty()) {
                found.put(name, lines);
            }
        }
        assertThat(found).as("pages → lines with inline styles; give the element a class of kpi.css instead")
                .isEmpty();
    }

    @Test
    void theScannerRecognisesInlineStyles() {
        assertThat(WebPages.all()).hasSizeGreaterThan(20);
        assertThat(INLINE_STYLE.matcher("<div style=\"margin:0\">").find()).isTrue();
        assertThat(INLINE_STYLE.matcher("<p:inputNumber\n    inputStyle=\"width:5rem\"/>").find()).isTrue();
        assertThat(INLINE_STYLE.matcher("<p:dataTable tableStyle='table-layout:auto'>").find()).isTrue();
        assertThat(INLINE_STYLE.matcher("<p:dataTable styleClass=\"kpi-table\" tableStyleClass=\"kpi-table-auto\">")
                .find()).isFalse();
    }

    private static List<Integer> linesWithInlineStyles(Path page) {
        String text = WebPages.read(page);
        List<Integer> lines = new ArrayList<>();
        Matcher matcher = INLINE_STYLE.matcher(text);
        while (matcher.find()) {
            lines.add((int) text.substring(0, matcher.end()).lines().count());
        }
        return lines;
    }
}
