package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.PlansPage;
import jp.go.mhlw.kpi.it.pages.SupplyReportPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each role's main screens against axe-core's rules for WCAG 2.0 and 2.1, levels A and AA (the level JIS X 8341-3:2016
 * AA asks for; docs/accessibility.md). A test fails with every violation: the page, the rule, its impact and help, and
 * the elements (axe's selectors). Every view is checked in Japanese and again in English, where a screen text left in
 * Japanese or a missing bundle key fails it too. The same list is written to target/accessibility/ for the record.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private WebDriver driver;
    private String testName;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @BeforeEach
    void startBrowser(TestInfo info) {
        driver = Browser.start();
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void stopBrowser() {
        Browser.screenshot(driver, "accessibility-" + testName);
        driver.quit();
    }

    @Test
    void thePublicScreens() {
        assertNoViolations(null, "/", "/public/reports.xhtml", "/public/supply.xhtml", "/public/account-request.xhtml",
                "/public/printed.xhtml?cycle=PLAN-2-FY2022");
    }

    @Test
    void theSecretariatsScreens() {
        assertNoViolations("secretariat1", List.of(View.of("/secretariat/index.xhtml"), View.of("/tasks/index.xhtml"),
                View.of("/cycle/index.xhtml"), View.of("/cycle/open.xhtml"), View.of("/cycle/report.xhtml"),
                View.of("/catalogue/index.xhtml"), View.of("/catalogue/published.xhtml"), View.of("/import/index.xhtml"),
                // a confirmation dialog open (closed again unanswered: nothing is adopted)
                new View("/catalogue/published.xhtml?plan=PLAN-2&year=2022", "confirmation dialog open", driver -> {
                    driver.findElement(By.cssSelector("[id$='adopt']")).click();
                    new WebDriverWait(driver, Duration.ofSeconds(30))
                            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='confirmYes']")));
                })));
    }

    @Test
    void theMinistryOfficersScreens() throws Exception {
        List<View> views = new ArrayList<>(Stream.of("/officer/index.xhtml", "/tasks/index.xhtml", "/cycle/index.xhtml",
                "/supply/index.xhtml", "/officer/account-requests.xhtml", "/officer/users.xhtml").map(View::of).toList());
        // the ministry's progress report, where a cycle has asked the officers' ministry for one
        long progressReport = ReportRequests.newest("MHLW-KIKI");
        if (progressReport != 0) {
            views.add(View.of("/report/form.xhtml?request=" + progressReport));
        }
        assertNoViolations("officer1", views);
    }

    @Test
    void aHubReportersScreens() throws Exception {
        assertNoViolations("hub-hiroshima", "/hub/index.xhtml", "/tasks/index.xhtml",
                "/report/form.xhtml?request=" + ReportRequests.of("HUB-HIROSHIMA"));
    }

    @Test
    void theAmedReportersScreens() {
        assertNoViolations("amed1", "/amed/index.xhtml", "/tasks/index.xhtml", "/import/index.xhtml");
    }

    @Test
    void theSurveyReportersScreens() {
        assertNoViolations("survey1", "/survey/index.xhtml", "/tasks/index.xhtml", "/import/index.xhtml");
    }

    @Test
    void aManufacturersScreens() {
        assertNoViolations("maker-a", List.of(View.of("/manufacturer/index.xhtml"), View.of("/supply/index.xhtml"),
                View.of("/manufacturer/supply-report.xhtml"), View.of("/public/supply.xhtml"),
                // a form with its errors shown: form 10-2 filed empty
                new View("/manufacturer/supply-report.xhtml", "filed empty, errors shown", driver -> {
                    new SupplyReportPage(driver).file();
                    assertThat(driver.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")))
                            .as("the empty report's errors are shown").isNotEmpty();
                })));
    }

    @Test
    void theIndustryAssociationsScreens() {
        assertNoViolations("assoc1", "/association/index.xhtml", "/supply/index.xhtml");
    }

    @Test
    void aCommitteeMembersScreens() {
        assertNoViolations("committee1", "/committee/index.xhtml", "/cycle/report.xhtml", "/catalogue/index.xhtml");
    }

    @Test
    void theAdministratorsScreens() {
        assertNoViolations("admin1", List.of(View.of("/admin/index.xhtml"), View.of("/admin/organisations.xhtml"),
                View.of("/admin/users.xhtml"), View.of("/admin/audit.xhtml"), View.of("/admin/incidents.xhtml"),
                View.of("/admin/settings.xhtml"), View.of("/admin/plans.xhtml"),
                // a plan file checked: its preview, with the KPI typed in for want of a known computation (nothing
                // is stored before the import)
                new View("/admin/plans.xhtml", "a plan file previewed", driver -> new PlansPage(driver).upload(
                        Path.of(System.getProperty("kpi.root", ".."))
                                .resolve("kpi-domain/src/test/resources/plans/plan-3-sample.json").toAbsolutePath().normalize())),
                // a data table sorted by a column (the organisations, by the first sortable one; PrimeFaces sorts
                // only a table with rows, which this one always has)
                new View("/admin/organisations.xhtml", "sorted", driver -> {
                    driver.findElement(By.cssSelector("th.ui-sortable-column")).click();
                    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(
                            "th.ui-sortable-column[aria-sort='ascending'], th.ui-sortable-column[aria-sort='descending']"))
                            .isEmpty());
                    Browser.awaitAjax(driver);
                })));
    }

    /** A page as it opens, or in a state brought about on it (a dialog open, errors shown, a table sorted). */
    record View(String page, String state, Consumer<WebDriver> bringAbout) {

        static View of(String page) {
            return new View(page, null, driver -> { });
        }

        String name() {
            return state == null ? page : page + " (" + state + ")";
        }
    }

    private void assertNoViolations(String user, String... pages) {
        assertNoViolations(user, Stream.of(pages).map(View::of).toList());
    }

    /**
     * Logs the user in (none: stays a visitor) through the first page, checks every view in Japanese, then switches
     * the session to English and checks every view again, this time also for screen texts left untranslated.
     */
    private void assertNoViolations(String user, List<View> views) {
        List<String> violations = new ArrayList<>();
        String first = views.get(0).page();
        driver.get(TestServers.BASE_URL + first);
        if (user != null) {
            new KeycloakLoginPage(driver).logIn(user, TestServers.DEMO_PASSWORD);
            Browser.awaitPage(driver);
        }
        for (String language : List.of("ja", "en")) {
            if (language.equals("en")) {
                switchToEnglish();
            }
            for (View view : views) {
                driver.get(TestServers.BASE_URL + view.page());
                Browser.awaitPage(driver);
                String where = "[" + language + "] " + view.name();
                if (!driver.findElements(By.id("errorTitle")).isEmpty()) {
                    violations.add(where + ": refused (" + driver.findElement(By.id("errorTitle")).getText() + ")");
                    continue;
                }
                view.bringAbout().accept(driver);
                Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
                if (results.isErrored()) {
                    violations.add(where + ": axe failed: " + results.getErrorMessage());
                }
                for (Rule rule : results.getViolations()) {
                    violations.add(describe(where, rule));
                }
                if (language.equals("en")) {
                    untranslated().forEach(text -> violations.add(where + ": not in English: " + text));
                }
            }
        }
        record(user, views, violations);
        assertThat(violations).as("WCAG 2.1 A/AA violations found by axe-core, and screen texts not in English, for "
                + (user == null ? "a visitor" : user)).isEmpty();
    }

    private void switchToEnglish() {
        driver.get(TestServers.BASE_URL + "/");
        Browser.awaitPage(driver);
        driver.findElement(By.cssSelector("[id$='english']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='japanese']")));
    }

    /**
     * The screen's own texts (title, headings, labels, column headers, buttons, the menu, messages, help) that are
     * Japanese although English was chosen, and any bundle key the page could not find ("???key???"). Data (names,
     * what people wrote; marked {@code data-kpi-data} where it sits in a heading) is not looked at: it stays in the
     * language it was entered in.
     */
    @SuppressWarnings("unchecked")
    private List<String> untranslated() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var japanese = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
                var found = [];
                if (japanese.test(document.title)) { found.push('title: ' + document.title); }
                document.querySelectorAll('h1, h2, h3, h4, label, th, button, legend, caption, nav a, '
                    + '.ui-messages-summary, .ui-messages-detail, .ui-message-error-detail, .kpi-help, .ui-paginator')
                  .forEach(function (element) {
                    if (element.closest('#languageForm') || element.closest('[data-kpi-data]')) { return; }
                    var text = (element.innerText || '').trim();
                    if (japanese.test(text)) { found.push(element.tagName.toLowerCase() + ': ' + text.slice(0, 100)); }
                  });
                if (document.body.innerText.indexOf('???') >= 0) { found.push('a missing bundle key (???…???)'); }
                return Array.from(new Set(found));""");
    }


    /** One violation as a reader wants it: page, rule, impact and help, then each element's selector. */
    static String describe(String page, Rule rule) {
        StringBuilder text = new StringBuilder(page).append(": ").append(rule.getId()).append(" (").append(rule.getImpact())
                .append(", ").append(rule.getNodes().size()).append(") ").append(rule.getHelp());
        for (CheckedNode node : rule.getNodes()) {
            text.append(System.lineSeparator()).append("    ").append(node.getTarget());
        }
        return text.toString();
    }

    private void record(String user, List<View> views, List<String> violations) {
        Path file = Path.of("target", "accessibility", testName + ".txt");
        StringBuilder text = new StringBuilder("user: ").append(user == null ? "(visitor)" : user)
                .append(System.lineSeparator()).append("pages: ").append(String.join(", ", views.stream().map(View::name).toList()))
                .append(System.lineSeparator()).append("violations: ").append(violations.size())
                .append(System.lineSeparator());
        violations.forEach(violation -> text.append(violation).append(System.lineSeparator()));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("accessibility report " + file + " not written: " + e);
        }
    }
}
