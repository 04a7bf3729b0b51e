package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the pages and the stylesheet must keep for WCAG 2.0 AA that a reading of the files can tell (AccessibilityIT
 * checks the rendered pages): fields with a label and not a placeholder alone, labels of PrimeFaces fields that
 * PrimeFaces points at the element it renders, a skip link, and button colours with a contrast of 4.5:1 or more.
 */
class AccessibleMarkupTest {

    private static final Path PAGES = WebPages.WEBAPP;

    private static final Pattern PLACEHOLDER_FIELD = Pattern.compile("<p:input\\w*\\b[^>]*\\bplaceholder=\"[^\"]*\"[^>]*>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern LABEL_FOR = Pattern.compile("\\bfor=\"([^\"]+)\"");
    /** Components whose input is not the element of their id (a wrapper renders {@code id_input}, {@code id_focus}). */
    private static final Pattern WRAPPED_FIELD = Pattern.compile(
            "<p:(datePicker|calendar|inputNumber|selectOneMenu|autoComplete|spinner|inputMask|chips)\\b[^>]*?\\bid=\"([^\"]+)\"");
    private static final Pattern PLAIN_LABEL_FOR = Pattern.compile("<h:outputLabel\\b[^>]*?\\bfor=\"([^\"]+)\"");
    private static final Pattern CSS_RULE = Pattern.compile("([^{}]+)\\{([^}]*)\\}");
    private static final Pattern BACKGROUND = Pattern.compile("background(?:-color)?\\s*:\\s*(#[0-9a-fA-F]{6}|transparent)");
    private static final Pattern COLOUR = Pattern.compile("(?<![-\\w])color\\s*:\\s*(#[0-9a-fA-F]{3,6})");
    private static final String PAGE_BACKGROUND = "#f5f7fa";

    @Test
    void noFieldHasOnlyAPlaceholderForALabel() {
        List<String> unlabelled = new ArrayList<>();
        for (Path page : WebPages.all()) {
            String text = WebPages.read(page);
            Set<String> labelled = all(LABEL_FOR, text);
            Matcher field = PLACEHOLDER_FIELD.matcher(text);
            while (field.find()) {
                Matcher id = ID.matcher(field.group());
                if (!id.find() || !labelled.contains(id.group(1))) {
                    unlabelled.add(WebPages.name(page) + ": " + field.group());
                }
            }
        }
        assertThat(unlabelled).as("fields whose placeholder is their only label").isEmpty();
    }

    @Test
    void aPrimeFacesFieldIsLabelledThroughPrimeFaces() {
        List<String> misdirected = new ArrayList<>();
        for (Path page : WebPages.all()) {
            String text = WebPages.read(page);
            Set<String> wrapped = new TreeSet<>();
            Matcher field = WRAPPED_FIELD.matcher(text);
            while (field.find()) {
                wrapped.add(field.group(2));
            }
            all(PLAIN_LABEL_FOR, text).stream().filter(wrapped::contains)
                    .forEach(id -> misdirected.add(WebPages.name(page) + ": h:outputLabel for=\"" + id + "\""));
        }
        assertThat(misdirected).as("h:outputLabel points at the wrapper, not the input: use p:outputLabel").isEmpty();
    }

    @Test
    void everyPageOffersASkipLinkToItsContent() {
        String layout = WebPages.read(PAGES.resolve("WEB-INF/templates/layout.xhtml"));

        assertThat(layout).contains("<a href=\"#main\"").contains("<main id=\"main\"");
        assertThat(layout.indexOf("href=\"#main\"")).as("the skip link comes first").isLessThan(layout.indexOf("<header"));
        assertThat(WebPages.all().stream().filter(page -> !WebPages.name(page).startsWith("WEB-INF/"))
                .filter(page -> !WebPages.read(page).contains("template=\"/WEB-INF/templates/")).map(WebPages::name))
                .as("pages without the layout").isEmpty();
    }

    @Test
    void theStylesheetsTextAndBackgroundColoursHaveAContrastOfAtLeast45() {
        List<String> weak = new ArrayList<>();
        String css = WebPages.read(PAGES.resolve("resources/kpi.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        // the backgrounds of containers (".kpi-header"), for the rules of what is inside them (".kpi-header a")
        Map<String, String> containers = new HashMap<>();
        Matcher rule = CSS_RULE.matcher(css);
        while (rule.find()) {
            Matcher background = BACKGROUND.matcher(rule.group(2));
            if (background.find() && !background.group(1).equals("transparent")) {
                containers.put(rule.group(1).trim(), background.group(1));
            }
        }
        rule = CSS_RULE.matcher(css);
        while (rule.find()) {
            Matcher colour = COLOUR.matcher(rule.group(2));
            if (!colour.find()) {
                continue;
            }
            Matcher background = BACKGROUND.matcher(rule.group(2));
            String container = null;
            for (String part : rule.group(1).trim().split(",")[0].trim().split("\\s+")) {
                container = containers.getOrDefault(part, container);
            }
            List<String> grounds = background.find() && !background.group(1).equals("transparent")
                    ? List.of(background.group(1))
                    : container != null ? List.of(container) : List.of("#ffffff", PAGE_BACKGROUND);
            for (String ground : grounds) {
                double ratio = contrast(colour.group(1), ground);
                if (ratio < 4.5) {
                    weak.add(rule.group(1).trim() + ": " + colour.group(1) + " on " + ground + " = "
                            + String.format("%.2f", ratio));
                }
            }
        }
        assertThat(weak).isEmpty();
    }

    @Test
    void theCheckersRecogniseWhatTheyJudge() {
        assertThat(contrast("#ffffff", "#2196f3")).as("the theme's blue, refused").isLessThan(4.5);
        assertThat(contrast("#ffffff", "#1565c0")).isGreaterThan(4.5);
        assertThat(contrast("#fff", "#000")).isEqualTo(21.0);
        assertThat(PLACEHOLDER_FIELD.matcher("<p:inputText id=\"a\" placeholder=\"x\"/>").find()).isTrue();
        Matcher wrapped = WRAPPED_FIELD.matcher("<p:datePicker id=\"startDate\" value=\"#{f.d}\"/>");
        assertThat(wrapped.find()).isTrue();
        assertThat(wrapped.group(2)).isEqualTo("startDate");
        assertThat(WebPages.all()).hasSizeGreaterThan(20);
    }

    /** The WCAG 2.0 contrast ratio of two colours. */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return Math.round((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) * 100) / 100.0;
    }

    private static double luminance(String hex) {
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits = digits.chars().mapToObj(c -> "" + (char) c + (char) c).collect(Collectors.joining());
        }
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16) / 255.0;
            channels[i] = value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
