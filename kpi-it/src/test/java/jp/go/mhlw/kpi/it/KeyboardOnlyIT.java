package jp.go.mhlw.kpi.it;

import static jp.go.mhlw.kpi.it.CycleRun.cycleId;
import static jp.go.mhlw.kpi.it.CycleRun.requestsByOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.Keyboard;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps of both flows done with the keyboard alone, as a person who cannot use a mouse does them: the login, the
 * skip link, a first report on form 10-2 (with its errors first), the opening of a cycle and an approval, each with
 * its confirmation dialog. Every field and button is reached with Tab and shows where the focus is.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyboardOnlyIT {

    /** A year of its own, far ahead of the other tests' years (see ReportRequests). */
    private static final int FISCAL_YEAR = 2032;

    private WebDriver driver;
    private Keyboard keyboard;
    private WebDriverWait wait;
    private String testName;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @BeforeEach
    void startBrowser(TestInfo info) {
        driver = Browser.start();
        keyboard = new Keyboard(driver);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void stopBrowser() {
        Browser.screenshot(driver, "keyboard-" + testName);
        driver.quit();
    }

    @Test
    @Order(1)
    void aManufacturerFilesAFirstReport() {
        logIn("/manufacturer/index.xhtml", "maker-a");

        // the first Tab reaches the skip link, which leads past the header and the menu
        keyboard.press(org.openqa.selenium.Keys.TAB);
        assertThat(keyboard.focusedId()).isEqualTo("skipToContent");
        assertThat(keyboard.focusVisible()).as("the skip link shows the focus").isTrue();
        keyboard.enter();
        assertThat(keyboard.onMainContent()).as("the skip link moves the focus to the content").isTrue();

        keyboard.tabTo("toNewSupplyReport").enter();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reportForm")));
        String product = "キーボード操作カテーテル " + System.nanoTime();
        keyboard.tabTo("reportForm:productName").type(product);

        // filed too early: the errors are announced, and the fields they concern are marked invalid
        keyboard.tabTo("reportForm:file").enter();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages .ui-messages-error")));
        Browser.awaitAjax(driver);
        assertThat(driver.findElement(By.id("messages")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(driver.findElement(By.id("reportForm:contact")).getAttribute("aria-invalid")).isEqualTo("true");

        keyboard.tabTo("reportForm:disruptionKind_label").chooseDown("reportForm:disruptionKind_input", "SHORTAGE");
        keyboard.tabTo("reportForm:contact").replaceText("山田 太郎");
        keyboard.tabTo("reportForm:contactPhone").replaceText("03-0000-0000");
        keyboard.tabTo("reportForm:file").enter();

        wait.until(ExpectedConditions.textMatches(By.id("pageTitle"), java.util.regex.Pattern.compile("SC-\\d{4}-\\d+")));
        assertThat(Browser.bodyText(driver)).contains(product);
    }

    @Test
    @Order(2)
    void theSecretariatOpensACycle() throws Exception {
        logIn("/cycle/open.xhtml", "secretariat1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("openForm:open")));

        keyboard.tabTo("openForm:fiscalYear_input").replaceText(String.valueOf(FISCAL_YEAR));
        keyboard.tabTo("openForm:periodStart_input").replaceText(FISCAL_YEAR + "-04-01");
        keyboard.tabTo("openForm:periodEnd_input").replaceText((FISCAL_YEAR + 1) + "-03-31");
        keyboard.tabTo("openForm:surveyReferenceDate_input").replaceText((FISCAL_YEAR + 1) + "-01-01");
        keyboard.tabTo("openForm:previousSnapshot_input").replaceText(FISCAL_YEAR + "-01-01");
        keyboard.tabTo("openForm:currentSnapshot_input").replaceText((FISCAL_YEAR + 1) + "-01-01");
        keyboard.tabTo("openForm:due_input")
                .replaceText(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(60).toString());
        keyboard.tabTo("openForm:open").enter();
        answerTheConfirmation("openForm:confirmYes");

        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard:requested")));
        assertThat(cycleId(FISCAL_YEAR)).isPositive();
    }

    @Test
    @Order(3)
    void anOfficerApprovesASubmission() throws Exception {
        long request = awaitRequest("HUB-HOKKAIDO");
        CycleRun.awaitTasks(FISCAL_YEAR, "submitReport", requestsByOrganisation(cycleId(FISCAL_YEAR)).size(),
                Duration.ofSeconds(120));
        CycleRun.submitJustifying(request, Tokens.accessToken("hub-hokkaido"),
                new NewYearData(FISCAL_YEAR, LocalDate.of(FISCAL_YEAR + 1, 1, 1)).hubReport(2, true));

        logIn("/review/submission.xhtml?request=" + request, "officer1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review:approve")));
        keyboard.tabTo("review:approve").enter();
        answerTheConfirmation("review:confirmYes");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:requestState"), "承認済み"));
    }

    /** The login page with the keyboard: the user name field has the focus, Tab to the password, Enter. */
    private void logIn(String page, String user) {
        driver.get(TestServers.BASE_URL + page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(keyboard.focusedId()).as("the login page starts in the user name").isEqualTo("username");
        keyboard.type(user).tabTo("password").type(TestServers.DEMO_PASSWORD).enter();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        Browser.awaitAjax(driver);
    }

    /** A confirmation dialog takes the focus; Tab stays inside it until "yes" is reached, and Enter answers. */
    private void answerTheConfirmation(String yesId) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(yesId)));
        wait.until(d -> d.findElements(By.cssSelector(".ui-confirm-dialog :focus")).size() == 1);
        keyboard.tabTo(yesId);
        assertThat(driver.findElements(By.cssSelector(".ui-confirm-dialog :focus"))).isNotEmpty();
        keyboard.enter();
    }

    private long awaitRequest(String organisation) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            Map<String, Long> requests = requestsByOrganisation(cycleId(FISCAL_YEAR));
            if (requests.containsKey(organisation)) {
                return requests.get(organisation);
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no request of " + organisation + " in FY" + FISCAL_YEAR);
    }
}
