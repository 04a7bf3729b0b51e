package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * R5's report from the printed figures to the public: the secretariat adopts the printed R4/R5 figures, sends the
 * draft to the committee, a committee member comments (and cannot publish), the secretariat records the meeting and
 * approves publication; then anyone, without login, reads the report and downloads its CSV with a published figure.
 */
@ExtendWith(ArquillianExtension.class)
class CycleReportIT {

    /** R5 (FY2023) is cycle 2 of the reference data (V6). */
    private static final String R5_REPORT = "/cycle/report.xhtml?cycle=2";

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
        Browser.screenshot(driver, testName);
        driver.quit();
    }

    @Test
    void r5IsReviewedPublishedAndReadableWithoutLogin() throws Exception {
        logIn(driver, "secretariat1");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        for (int year : new int[] {2022, 2023}) {
            driver.get(TestServers.BASE_URL + "/catalogue/published.xhtml?plan=PLAN-2&year=" + year);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='adopt']"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='confirmYes']"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$='messages']"), "推移に登録しました"));
        }

        driver.get(TestServers.BASE_URL + R5_REPORT);
        String lines = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='lines']"))).getText();
        assertThat(lines).contains("13.3%").contains("7.5%");
        driver.findElement(By.cssSelector("textarea[id$=':0:narrative']")).sendKeys("研修の受講者は医療従事者で増加した。");
        confirm(wait, "prepareDraft");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "審議中"));

        WebDriver member = Browser.start();
        try {
            logIn(member, "committee1");
            member.get(TestServers.BASE_URL + R5_REPORT);
            WebDriverWait memberWait = new WebDriverWait(member, Duration.ofSeconds(30));
            memberWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='commentBody']")))
                    .sendKeys("ベンチャーの増加を評価する。");
            member.findElement(By.cssSelector("[id$='addComment']")).click();
            memberWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$='comments']"),
                    "ベンチャーの増加を評価する。"));
            assertThat(member.findElements(By.cssSelector("[id$='prepareDraft']"))).isEmpty();
            assertThat(member.findElements(By.cssSelector("[id$='recordReview']"))).isEmpty();

            WebElement date = driver.findElement(By.cssSelector("[id$='meetingDate_input']"));
            date.clear();
            date.sendKeys("2024-03-15");
            driver.findElement(By.cssSelector("[id$='decisions']")).sendKeys("R6年度の目標案を了承");
            driver.findElement(By.cssSelector("[id$='recordReview']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "公表待ち"));

            // the committee reads the recorded review but has no way to publish it
            member.get(TestServers.BASE_URL + R5_REPORT);
            memberWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "公表待ち"));
            assertThat(member.findElements(By.cssSelector("[id$='approvePublication']"))).isEmpty();
            Browser.screenshot(member, testName + "-committee");
        } finally {
            member.quit();
        }

        confirm(wait, "approvePublication");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$='messages']"), "公表しました"));

        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> list = get(anonymous, "/public/reports.xhtml");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("PLAN-2-FY2023");
        HttpResponse<String> page = get(anonymous, "/public/report.xhtml?cycle=PLAN-2-FY2023&version=1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("令和5年度").contains("13.3%").contains("2024-03-15")
                .contains("研修の受講者は医療従事者で増加した。");
        HttpResponse<String> csv = get(anonymous, "/public/download/report.csv?cycle=PLAN-2-FY2023&version=1");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("kpi-report-PLAN-2-FY2023-v1.csv"));
        assertThat(csv.body()).startsWith("plan,fiscal_year,kpi_code")
                .contains("PLAN-2,FY2023,G2-VENTURE-SHARE,").contains(",13.3%,PERCENT,7.5%,");
        HttpResponse<byte[]> pdf = anonymous.send(HttpRequest.newBuilder(
                URI.create(TestServers.BASE_URL + "/public/download/report.pdf?cycle=PLAN-2-FY2023")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(get(anonymous, "/public/report.xhtml?cycle=PLAN-2-FY2023&version=9").statusCode()).isEqualTo(404);
        assertThat(get(anonymous, "/public/download/report.csv?cycle=PLAN-2-FY1999").statusCode()).isEqualTo(404);
    }

    @Test
    void aManufacturerCannotOpenTheCommitteePage() {
        logIn(driver, "maker-a");
        driver.get(TestServers.BASE_URL + R5_REPORT);
        String title = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle"))).getText();
        assertThat(title).contains("403");
    }

    /** Logs in through the user's home page, as a user following a link to it would. */
    private static void logIn(WebDriver browser, String user) {
        String home = switch (user) {
            case "secretariat1" -> "/secretariat/index.xhtml";
            case "committee1" -> "/committee/index.xhtml";
            default -> "/manufacturer/index.xhtml";
        };
        browser.get(TestServers.BASE_URL + home);
        new KeycloakLoginPage(browser).logIn(user, TestServers.DEMO_PASSWORD);
        new HomePage(browser);
    }

    private void confirm(WebDriverWait wait, String button) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='" + button + "']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='confirmYes']"))).click();
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
