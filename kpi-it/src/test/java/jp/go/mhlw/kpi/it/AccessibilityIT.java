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
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
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
 * the elements (axe's selectors). The same list is written to target/accessibility/ for the record.
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
        assertNoViolations(null, "/", "/public/reports.xhtml", "/public/supply.xhtml", "/public/account-request.xhtml");
    }

    @Test
    void theSecretariatsScreens() {
        assertNoViolations("secretariat1", "/secretariat/index.xhtml", "/tasks/index.xhtml", "/cycle/index.xhtml",
                "/cycle/open.xhtml", "/cycle/report.xhtml", "/catalogue/index.xhtml", "/catalogue/published.xhtml",
                "/import/index.xhtml");
    }

    @Test
    void theMinistryOfficersScreens() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/officer/index.xhtml", "/tasks/index.xhtml", "/cycle/index.xhtml",
                "/supply/index.xhtml", "/officer/account-requests.xhtml", "/officer/users.xhtml"));
        // the ministry's progress report, where a cycle has asked the officers' ministry for one
        long progressReport = ReportRequests.newest("MHLW-KIKI");
        if (progressReport != 0) {
            pages.add("/report/form.xhtml?request=" + progressReport);
        }
        assertNoViolations("officer1", pages.toArray(String[]::new));
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
        assertNoViolations("maker-a", "/manufacturer/index.xhtml", "/supply/index.xhtml",
                "/manufacturer/supply-report.xhtml", "/public/supply.xhtml");
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
        assertNoViolations("admin1", "/admin/index.xhtml", "/admin/organisations.xhtml", "/admin/users.xhtml",
                "/admin/audit.xhtml", "/admin/incidents.xhtml", "/admin/settings.xhtml");
    }

    /** Logs the user in (none: stays a visitor) through the first page, then checks every page. */
    private void assertNoViolations(String user, String... pages) {
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            driver.get(TestServers.BASE_URL + page);
            if (user != null && page.equals(pages[0])) {
                new KeycloakLoginPage(driver).logIn(user, TestServers.DEMO_PASSWORD);
                awaitLoaded(page);
                if (!driver.getCurrentUrl().equals(TestServers.BASE_URL + page)) {
                    driver.get(TestServers.BASE_URL + page);
                }
            }
            awaitLoaded(page);
            if (!driver.findElements(By.id("errorTitle")).isEmpty()) {
                violations.add(page + ": refused (" + driver.findElement(By.id("errorTitle")).getText() + ")");
                continue;
            }
            Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
            if (results.isErrored()) {
                violations.add(page + ": axe failed: " + results.getErrorMessage());
            }
            for (Rule rule : results.getViolations()) {
                violations.add(describe(page, rule));
            }
        }
        record(user, pages, violations);
        assertThat(violations).as("WCAG 2.1 A/AA violations found by axe-core for " + (user == null ? "a visitor" : user))
                .isEmpty();
    }

    private void awaitLoaded(String page) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(TestServers.BASE_URL)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && !d.findElements(By.tagName("footer")).isEmpty());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
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

    private void record(String user, String[] pages, List<String> violations) {
        Path file = Path.of("target", "accessibility", testName + ".txt");
        StringBuilder text = new StringBuilder("user: ").append(user == null ? "(visitor)" : user)
                .append(System.lineSeparator()).append("pages: ").append(String.join(", ", pages))
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
