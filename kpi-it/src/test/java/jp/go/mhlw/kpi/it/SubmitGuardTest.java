package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No full-page post is sent twice (a double click filed a supply report twice): the layout loads
 * {@code resources/js/busy.js}, which holds every form from its first submit until the page is replaced. A full-page
 * submit button is therefore covered when it is in a form; one that sends a file ({@code p:fileDownload}) leaves the
 * page as it is and must say so with the class {@code kpi-download}, or its form would stay held. SupplyScreensIT
 * double-clicks the supply form on the real servers.
 */
class SubmitGuardTest {

    private static final Path WEB = WebPages.WEBAPP;
    private static final Path LAYOUT = WEB.resolve("WEB-INF/templates/layout.xhtml");
    private static final Path SCRIPT = WEB.resolve("resources/js/busy.js");
    private static final Path BUNDLES = WebPages.ROOT.resolve("kpi-web/src/main/resources/jp/go/mhlw/kpi/web");

    /** A command component with its body when it has one. */
    private static final Pattern COMMAND = Pattern.compile(
            "<(p:commandButton|h:commandButton|p:commandLink|h:commandLink)\\b([^>]*?)(/>|>(.*?)</\\1>)", Pattern.DOTALL);
    private static final Pattern PLAIN_SUBMIT = Pattern.compile("<button\\b[^>]*\\btype=\"submit\"[^>]*>");
    private static final Pattern FORM_TAG = Pattern.compile("<(/?)(h:form|form)\\b[^>]*?(/?)>");
    private static final Pattern STYLE_CLASS = Pattern.compile("\\b(?:styleClass|class)=\"([^\"]*)\"");

    @Test
    void theLayoutLoadsTheGuardAndHasTheBusyStatus() {
        String layout = WebPages.read(LAYOUT);
        assertThat(layout).containsPattern("<h:outputScript\\s+name=\"js/busy.js\"");
        assertThat(layout).containsPattern("id=\"kpiBusy\"[^>]*role=\"status\"[^>]*aria-live=\"polite\"");
        assertThat(layout).contains("data-working=\"#{msg['busy.working']}\"", "data-done=\"#{msg['busy.downloaded']}\"");
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = properties(BUNDLES.resolve(bundle));
            assertThat(texts.getProperty("busy.working")).as(bundle).isNotBlank();
            assertThat(texts.getProperty("busy.downloaded")).as(bundle).isNotBlank();
        }
        String script = WebPages.read(SCRIPT);
        // delegated through jQuery so that PrimeFaces' own submits (links, confirmations) are held as well
        assertThat(script).contains("jQuery(document).on('submit', 'form', onSubmit)").contains("preventDefault()")
                .contains("kpi-download").contains("setTimeout(");
    }

    @Test
    void everyFullPageSubmitIsInAFormAndEveryDownloadIsMarked() {
        List<String> outsideForms = new ArrayList<>();
        List<String> unmarkedDownloads = new ArrayList<>();
        List<String> markedPosts = new ArrayList<>();
        int covered = 0;
        for (Path page : WebPages.all()) {
            String text = WebPages.read(page);
            for (Submit submit : fullPageSubmits(text)) {
                String where = WebPages.name(page) + ": " + submit.tag();
                if (!insideForm(text, submit.start())) {
                    outsideForms.add(where);
                } else if (submit.download() && !submit.marked()) {
                    unmarkedDownloads.add(where);
                } else if (!submit.download() && submit.marked()) {
                    markedPosts.add(where);
                } else {
                    covered++;
                }
            }
        }
        assertThat(outsideForms).as("full-page submits outside a form: the guard holds forms").isEmpty();
        assertThat(unmarkedDownloads).as("buttons with p:fileDownload without the class kpi-download").isEmpty();
        assertThat(markedPosts).as("posts marked kpi-download: their form would be freed while the page loads")
                .isEmpty();
        // the supply screens' decisions, the supply form, the language switch, the exports and logout at least
        assertThat(covered).isGreaterThanOrEqualTo(25);
    }

    @Test
    void theScannerTellsFullPagePostsAndDownloads() {
        String page = """
                <h:form id="f">
                  <p:commandButton id="save" action="#{x.save}" ajax="false"/>
                  <p:commandButton id="check" action="#{x.check}" update="@form"/>
                  <h:commandButton id="plain" action="#{x.plain}"/>
                  <h:commandButton id="quiet" action="#{x.quiet}"><f:ajax/></h:commandButton>
                  <p:commandButton id="csv" ajax="false" styleClass="ui-button-outlined">
                    <p:fileDownload value="#{x.csv}"/>
                  </p:commandButton>
                </h:form>
                <p:commandButton id="stray" ajax="false"/>
                """;
        List<Submit> submits = fullPageSubmits(page);
        assertThat(submits).extracting(submit -> id(submit.tag())).containsExactly("save", "plain", "csv", "stray");
        assertThat(submits).extracting(Submit::download).containsExactly(false, false, true, false);
        assertThat(submits.get(2).marked()).isFalse();
        assertThat(submits).extracting(submit -> insideForm(page, submit.start()))
                .containsExactly(true, true, true, false);
        assertThat(fullPageSubmits("<form><button type=\"submit\" class=\"kpi-download\">x</button></form>"))
                .singleElement().satisfies(submit -> assertThat(submit.marked()).isTrue());
    }

    private record Submit(int start, String tag, boolean download, boolean marked) {
    }

    private static List<Submit> fullPageSubmits(String text) {
        List<Submit> found = new ArrayList<>();
        Matcher command = COMMAND.matcher(text);
        while (command.find()) {
            String attributes = command.group(2);
            String body = command.group(4) == null ? "" : command.group(4);
            boolean full = command.group(1).startsWith("p:") ? attributes.matches("(?s).*\\bajax=\"false\".*")
                    : !body.contains("<f:ajax");
            if (full) {
                found.add(new Submit(command.start(), command.group(0).lines().findFirst().orElseThrow(),
                        body.contains("<p:fileDownload"), marked(attributes)));
            }
        }
        Matcher plain = PLAIN_SUBMIT.matcher(text);
        while (plain.find()) {
            found.add(new Submit(plain.start(), plain.group(), false, marked(plain.group())));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static boolean marked(String attributes) {
        Matcher style = STYLE_CLASS.matcher(attributes);
        return style.find() && List.of(style.group(1).split("\\s+")).contains("kpi-download");
    }

    /** Whether a form opened before the position is still open there (forms do not nest in HTML). */
    private static boolean insideForm(String text, int position) {
        int depth = 0;
        Matcher tag = FORM_TAG.matcher(text.substring(0, position));
        while (tag.find()) {
            if (!tag.group(3).isEmpty()) {
                continue;
            }
            depth += tag.group(1).isEmpty() ? 1 : -1;
        }
        return depth > 0;
    }

    private static String id(String tag) {
        Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(tag);
        return id.find() ? id.group(1) : "";
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
