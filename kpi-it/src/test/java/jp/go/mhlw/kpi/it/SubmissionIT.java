package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.CycleOpeningPage;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.ReportFormPage;
import jp.go.mhlw.kpi.it.pages.ReviewPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A hub's report through its whole review in the browser: the secretariat opens a collection through its screen,
 * hub-hiroshima fills in and submits (an error at its field first), officer1 returns it with a comment, the hub
 * corrects and resubmits, officer1 approves, and the secretariat's dashboard counts it approved. Another hub gets
 * 404 on the form.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionIT {

    /** A year of its own: FollowUpCycleIT opens the year before today's, the reference data holds FY2022 and FY2023. */
    private static final int FISCAL_YEAR = 2024;
    private static final String DB_URL = System.getProperty("kpi.dbUrl", "jdbc:postgresql://127.0.0.1:5432/kpi_it");

    private static long hiroshimaRequest;
    private static long hokkaidoRequest;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    /** Opens FY2024's collection once per database, as the secretariat does, and waits for both hubs' tasks. */
    @BeforeEach
    void openCollection() throws Exception {
        synchronized (SubmissionIT.class) {
            if (hiroshimaRequest != 0) {
                return;
            }
            if (requestOf("HUB-HIROSHIMA") == 0) {
                WebDriver secretariat = logIn("secretariat1", "/cycle/index.xhtml");
                try {
                    secretariat.get(TestServers.BASE_URL + "/cycle/open.xhtml");
                    new CycleOpeningPage(secretariat).fiscalYear(FISCAL_YEAR)
                            .due(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(60)).open();
                } finally {
                    Browser.screenshot(secretariat, "submission-opening");
                    secretariat.quit();
                }
            }
            long hiroshima = requestOf("HUB-HIROSHIMA");
            long hokkaido = requestOf("HUB-HOKKAIDO");
            // each request's process starts in the background: the form accepts a submission once it waits for one
            long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (waitingForSubmission(hiroshima, hokkaido) < 2) {
                assertThat(System.nanoTime()).as("the requests' processes wait for the submissions").isLessThan(until);
                Thread.sleep(1000);
            }
            hiroshimaRequest = hiroshima;
            hokkaidoRequest = hokkaido;
        }
    }

    @Test
    void aHubReportIsSubmittedReturnedCorrectedAndApproved() throws SQLException {
        WebDriver hub = logIn("hub-hiroshima", "/hub/index.xhtml");
        WebDriver officer = null;
        try {
            ReportFormPage form = openForm(hub, hiroshimaRequest);
            assertThat(form.state()).isEqualTo("未着手");
            form.jointResearch(0, "44", "1200").jointResearch(1, "18", "3000").jointResearch(2, "0", null)
                    .jointResearch(3, "41", "8500").international("0").platform("AI_DATA_USE")
                    .course(0, "医療機器開発人材セミナー", "INDUSTRY", "59")
                    .saveDraft();
            assertThat(form.messages()).contains("下書きを保存しました");
            assertThat(form.state()).isEqualTo("下書き");

            // the cooperation count is missing: refused, the message at the field, nothing lost
            form.submit();
            assertThat(form.messages()).contains("提出できませんでした");
            assertThat(form.fieldErrors()).contains("他拠点との連携件数を入力してください（0件の場合は0）。");
            form.cooperation("70").submit();
            assertThat(form.messages()).contains("第1版を提出しました");
            assertThat(form.state()).isEqualTo("提出済み（審査中）");
            assertThat(form.isEditable()).isFalse();

            officer = logIn("officer1", "/officer/index.xhtml");
            ReviewPage review = openReview(officer, hiroshimaRequest);
            assertThat(review.version()).isEqualTo("1");
            assertThat(review.content()).contains("医療機器開発人材セミナー").contains("70");
            review.returnWithComment("臨床試験の件数を確認してください。");
            assertThat(review.messages()).contains("第1版を差し戻しました");
            assertThat(review.versions()).contains("差戻し").contains("臨床試験の件数を確認してください。");

            form = openForm(hub, hiroshimaRequest);
            assertThat(form.state()).isEqualTo("差戻し");
            assertThat(form.returnComment()).contains("臨床試験の件数を確認してください。");
            form.jointResearch(3, "40", "8500").submit();
            assertThat(form.messages()).contains("第2版を提出しました");

            review = openReview(officer, hiroshimaRequest);
            assertThat(review.version()).isEqualTo("2");
            review.approve();
            assertThat(review.messages()).contains("第2版を承認しました");
            assertThat(review.state()).isEqualTo("承認済み");
            assertThat(review.versions()).contains("承認").contains("差戻し");

            form = openForm(hub, hiroshimaRequest);
            assertThat(form.state()).isEqualTo("承認済み");
            assertThat(form.isEditable()).isFalse();

            // the secretariat's dashboard of the cycle counts the approval
            WebDriver secretariat = logIn("secretariat1", "/cycle/index.xhtml");
            try {
                secretariat.get(TestServers.BASE_URL + "/cycle/dashboard.xhtml?cycle=" + cycleOf(hiroshimaRequest));
                new WebDriverWait(secretariat, Duration.ofSeconds(30))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard:requested")));
                assertThat(secretariat.findElement(By.xpath("//table//a[contains(@href, 'request=" + hiroshimaRequest
                        + "')]/ancestor::tr[1]//*[contains(@class, 'kpi-state')]")).getText()).isEqualTo("承認済み");
            } finally {
                Browser.screenshot(secretariat, "submission-dashboard");
                secretariat.quit();
            }
        } finally {
            Browser.screenshot(hub, "submission-hub");
            hub.quit();
            if (officer != null) {
                Browser.screenshot(officer, "submission-officer");
                officer.quit();
            }
        }
    }

    @Test
    void anotherHubGetsNotFoundOnTheForm() {
        WebDriver hokkaido = logIn("hub-hokkaido", "/hub/index.xhtml");
        try {
            hokkaido.get(TestServers.BASE_URL + "/report/form.xhtml?request=" + hiroshimaRequest);
            WebDriverWait wait = new WebDriverWait(hokkaido, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle")));
            assertThat(hokkaido.findElements(By.id("form:state"))).isEmpty();
            assertThat(hokkaido.findElement(By.tagName("main")).getText()).doesNotContain("HUB-HIROSHIMA");

            // its own request opens
            ReportFormPage own = openForm(hokkaido, hokkaidoRequest);
            assertThat(own.isEditable()).isTrue();
            // and the review page is the officers' only
            hokkaido.get(TestServers.BASE_URL + "/review/submission.xhtml?request=" + hokkaidoRequest);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle")));
            assertThat(hokkaido.findElements(By.id("review:state"))).isEmpty();
        } finally {
            Browser.screenshot(hokkaido, "submission-other-hub");
            hokkaido.quit();
        }
    }

    private static WebDriver logIn(String user, String home) {
        WebDriver driver = Browser.start();
        driver.get(TestServers.BASE_URL + home);
        new KeycloakLoginPage(driver).logIn(user, TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        return driver;
    }

    private static long requestOf(String organisation) throws SQLException {
        return number("SELECT r.id FROM report_request r JOIN organisation o ON o.id = r.organisation_id"
                + " JOIN follow_up_cycle c ON c.id = r.cycle_id WHERE c.fiscal_year = " + FISCAL_YEAR
                + " AND o.code = '" + organisation + "'");
    }

    private static long cycleOf(long request) throws SQLException {
        return number("SELECT cycle_id FROM report_request WHERE id = " + request);
    }

    private static long waitingForSubmission(long... requests) throws SQLException {
        return number("SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
                + " WHERE t.task_def_key_ = 'submitReport' AND e.business_key_ IN ('" + requests[0] + "', '" + requests[1] + "')");
    }

    /** One number from the test database (0 when there is no row). */
    private static long number(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB_URL, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private static ReportFormPage openForm(WebDriver driver, long request) {
        driver.get(TestServers.BASE_URL + "/report/form.xhtml?request=" + request);
        return new ReportFormPage(driver);
    }

    private static ReviewPage openReview(WebDriver driver, long request) {
        driver.get(TestServers.BASE_URL + "/review/submission.xhtml?request=" + request);
        return new ReviewPage(driver);
    }
}
