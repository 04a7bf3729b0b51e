package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.CycleDashboardPage;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The annual follow-up's collection on the real servers: the secretariat opens a cycle through the screens and lands
 * on its dashboard; PostgreSQL then holds one request per body and the engine one process per request; GreenMail
 * receives the request e-mail for each body's reporters with the link to the form; a hub reporter sees their own
 * task in the inbox and not another hub's, and cannot open another hub's request. Dates are typed as people write
 * them (令和…, 2020/2/30 refused) at the opening and at a deadline extension.
 *
 * <p>One journey in order (the cycle is opened once per database): the test methods build on each other.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowUpCycleIT {

    private static final int PORT_BASE = Integer.getInteger("kpi.portBase", 28000);
    private static final String DB_URL = System.getProperty("kpi.dbUrl", "jdbc:postgresql://127.0.0.1:5432/kpi_it");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** The fiscal year the opening form offers first: the one before today's. */
    private static final int FISCAL_YEAR = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusMonths(3).getYear() - 1;

    /** The ids of the year's requests as text (business keys, audited object ids); the statement's parameter is the year. */
    private static final String REQUESTS_OF_THE_YEAR = "SELECT CAST(r.id AS VARCHAR) FROM report_request r"
            + " JOIN follow_up_cycle c ON c.id = r.cycle_id WHERE c.fiscal_year = ?";

    /** How many bodies the cycle asked (set by the first test). */
    private static int bodies;

    private final List<WebDriver> browsers = new ArrayList<>();
    private String testName;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @AfterEach
    void stopBrowsers() {
        for (int i = 0; i < browsers.size(); i++) {
            Browser.screenshot(browsers.get(i), testName + "-" + (i + 1));
            browsers.get(i).quit();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void theSecretariatOpensACycleAndSeesItsDashboard(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        WebDriver secretariat = logIn("secretariat1");
        assertThat(secretariat.findElement(By.id("homeLinks")).getText()).contains("フォローアップサイクル", "タスク一覧");

        secretariat.get(TestServers.BASE_URL + "/cycle/open.xhtml");
        wait(secretariat).until(ExpectedConditions.presenceOfElementLocated(By.id("openForm:open")));
        // every active reporting body is asked by default: the 27 of the reference data and any other test added
        bodies = secretariat.findElements(By.cssSelector("#openForm\\:bodies input[type=checkbox]:checked")).size();
        assertThat(bodies).isGreaterThanOrEqualTo(27);
        // a deadline typed in the Japanese era is read as its day: in the past, it is refused with the field named
        typeDate(secretariat, "openForm:due_input", "令和2年1月31日");
        confirm(secretariat, "openForm:open");
        wait(secretariat).until(ExpectedConditions.textToBePresentInElementLocated(By.id("openForm:messages"),
                "提出期限（2020-01-31）"));
        assertThat(requestCount()).isZero();
        // a text that is no day is refused with the forms accepted, nothing stored
        typeDate(secretariat, "openForm:due_input", "2020/2/30");
        confirm(secretariat, "openForm:open");
        wait(secretariat).until(ExpectedConditions.textToBePresentInElementLocated(By.id("openForm:messages"),
                "「2020/2/30」は日付として読めません"));
        assertThat(secretariat.findElement(By.id("openForm:messages")).getText()).contains("令和7年1月31日", "R7.1.31");
        assertThat(requestCount()).isZero();

        LocalDate due = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30);
        typeDate(secretariat, "openForm:due_input", reiwa(due));
        WebElement refusal = secretariat.findElement(By.id("openForm:messages"));
        confirm(secretariat, "openForm:open");
        wait(secretariat).until(Browser.gone(refusal));

        wait(secretariat).until(ExpectedConditions.or(ExpectedConditions.urlContains("/cycle/dashboard.xhtml"),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#openForm\\:messages .ui-messages-error"))));
        assertThat(secretariat.getCurrentUrl()).as(() -> "refused: " + secretariat.findElement(By.id("openForm:messages")).getText())
                .contains("/cycle/dashboard.xhtml");
        wait(secretariat).until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard:requested")));
        assertThat(secretariat.findElement(By.id("pageTitle")).getText()).contains("FY" + FISCAL_YEAR);
        assertThat(secretariat.findElement(By.id("dashboard:requested")).getText()).isEqualTo(String.valueOf(bodies));
        assertThat(secretariat.findElement(By.id("dashboard:status")).getText()).isEqualTo("報告収集中");
        assertThat(secretariat.findElement(By.id("dashboard:completion")).getText()).isEqualTo("0.0%");
        assertThat(secretariat.findElement(By.id("dashboard:collectionDue")).getText()).isEqualTo(due.toString());
        assertThat(secretariat.findElement(By.cssSelector(".ui-messages-info")).getText()).contains(bodies + " 機関に報告を依頼しました");
        assertThat(secretariat.findElements(By.cssSelector("#dashboard\\:bodies .kpi-request-link"))).hasSize(Math.min(bodies, 50));
        WebElement diagram = secretariat.findElement(By.cssSelector("img.kpi-diagram"));
        assertThat(((Number) ((JavascriptExecutor) secretariat).executeScript("return arguments[0].naturalWidth", diagram))
                .intValue()).as("the rendered diagram is served").isGreaterThan(500);

        // the process moves on in the background: its current step shows on the dashboard
        eventually(() -> {
            secretariat.navigate().refresh();
            return secretariat.findElement(By.id("currentStep")).getText().contains("報告収集中（締切待ち）")
                    && !secretariat.findElements(By.cssSelector("rect.kpi-diagram-current[data-step='closeCollection']"))
                            .isEmpty();
        });
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void postgresqlHoldsOneRequestPerBodyAndTheEngineOneProcessPerRequest() throws Exception {
        long bodies = requestCount();
        assertThat(bodies).isGreaterThanOrEqualTo(27);
        assertThat(query("SELECT COUNT(*) FROM report_request r JOIN follow_up_cycle c ON c.id = r.cycle_id"
                + " WHERE c.fiscal_year = ? AND r.state = 'NOT_STARTED' AND c.status = 'COLLECTING'")).isEqualTo(bodies);
        eventually(() -> query("SELECT COUNT(*) FROM act_hi_procinst p JOIN act_re_procdef d ON d.id_ = p.proc_def_id_"
                + " WHERE d.key_ = 'report-request' AND CAST(p.business_key_ AS BIGINT) IN (SELECT r.id FROM report_request r"
                + " JOIN follow_up_cycle c ON c.id = r.cycle_id WHERE c.fiscal_year = ?)") == bodies);
        eventually(() -> query("SELECT COUNT(*) FROM act_ru_task t JOIN act_re_procdef d ON d.id_ = t.proc_def_id_"
                + " JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_ WHERE d.key_ = 'report-request'"
                + " AND t.task_def_key_ = 'submitReport' AND e.business_key_ IN (" + REQUESTS_OF_THE_YEAR + ")") == bodies);
        assertThat(query("SELECT COUNT(*) FROM audit_record WHERE action = 'report-request.created'"
                + " AND object_id IN (" + REQUESTS_OF_THE_YEAR + ")")).isEqualTo(bodies);
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void greenMailReceivesTheRequestForTheHubsReporterWithTheLinkToItsForm() throws Exception {
        // other tests open other years: this year's request is the mail that names it
        MimeMessage mail = eventually(() -> mailNaming("hub-hiroshima@example.test", "FY" + FISCAL_YEAR));
        long hiroshima = requestOf("HUB-HIROSHIMA");

        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("hub-hiroshima@example.test");
        assertThat(mail.getSubject()).contains("報告のお願い", "広島大学", "FY" + FISCAL_YEAR);
        String body = mail.getContent().toString();
        assertThat(body).contains(TestServers.BASE_URL + "/report/form.xhtml?request=" + hiroshima);
        assertThat(body).contains("Hiroshima University");
        assertThat(firstMailSubjects("hub-hokkaido@example.test")).allSatisfy(subject -> assertThat(subject).contains("北海道大学"));
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void aHubReporterSeesItsOwnTaskAndNotAnotherHubsAndCannotOpenAnotherHubsRequest(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        long hiroshima = requestOf("HUB-HIROSHIMA");
        long hokkaido = requestOf("HUB-HOKKAIDO");
        WebDriver hub = logIn("hub-hiroshima");

        hub.get(TestServers.BASE_URL + "/tasks/index.xhtml");
        List<String> requests = eventually(() -> {
            hub.navigate().refresh();
            List<String> found = hub.findElements(By.cssSelector("#inbox\\:tasks .kpi-task-link")).stream()
                    .map(link -> link.getAttribute("data-request")).toList();
            return found.isEmpty() ? null : found;
        });
        assertThat(requests).contains(String.valueOf(hiroshima)).doesNotContain(String.valueOf(hokkaido));
        WebElement task = hub.findElement(By.cssSelector("#inbox\\:tasks .kpi-task-link[data-request='" + hiroshima + "']"));
        assertThat(task.getAttribute("href")).endsWith("/report/form.xhtml?request=" + hiroshima);

        // claiming it makes it theirs
        hub.findElement(By.cssSelector("#inbox\\:tasks .kpi-claim")).click();
        wait(hub).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inbox\\:tasks .kpi-release")));
        assertThat(hub.findElement(By.id("inbox:tasks")).getText()).contains("hub-hiroshima");

        hub.get(TestServers.BASE_URL + "/tasks/request.xhtml?request=" + hiroshima);
        assertThat(hub.findElement(By.id("pageTitle")).getText()).contains("広島大学");
        assertThat(status("/tasks/request.xhtml?request=" + hokkaido, hub)).isEqualTo(404);
        hub.get(TestServers.BASE_URL + "/tasks/request.xhtml?request=" + hokkaido);
        assertThat(hub.getPageSource()).doesNotContain("北海道大学");
        assertThat(status("/cycle/index.xhtml", hub)).as("the cycle screens are the ministry's").isEqualTo(403);
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void theSecretariatExtendsADeadlineTypedAsPeopleWriteIt(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        WebDriver secretariat = logIn("secretariat1");
        long cycle = query("SELECT MIN(id) FROM follow_up_cycle WHERE fiscal_year = ? AND status = 'COLLECTING'");
        CycleDashboardPage dashboard = CycleDashboardPage.open(secretariat, TestServers.BASE_URL, cycle);
        String body = dashboard.firstBody();
        String dueBefore = dashboard.dueOf(body);

        // no such day: refused at the field with the forms accepted, and no deadline moves
        dashboard = dashboard.select(body).typeNewDue("R8.2.30").extend();
        assertThat(dashboard.messages()).contains("「R8.2.30」は日付として読めません").contains("2025/1/31", "令和7年1月31日");
        assertThat(dashboard.isNewDueRefused()).isTrue();
        assertThat(dashboard.dueOf(body)).isEqualTo(dueBefore);
        assertThat(query("SELECT COUNT(*) FROM audit_record WHERE action = 'report-request.due-extended'"
                + " AND object_id IN (" + REQUESTS_OF_THE_YEAR + ")")).isZero();

        // the Japanese era form is the day it names
        LocalDate extended = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(45);
        dashboard = dashboard.select(body).typeNewDue(reiwa(extended)).extend();
        assertThat(dashboard.messages()).doesNotContain("日付として読めません");
        assertThat(dashboard.dueOf(body)).isEqualTo(extended.toString());
        assertThat(query("SELECT COUNT(*) FROM report_request r JOIN follow_up_cycle c ON c.id = r.cycle_id"
                + " WHERE c.fiscal_year = ? AND r.due_date = DATE '" + extended + "'")).isEqualTo(1);

        // the body list downloads as the table shows it: every body (not only the page's 50), headings in Japanese
        Path downloads = Path.of(System.getProperty("kpi.screenshots", "target/screenshots"),
                "downloads-dashboard-" + System.nanoTime());
        String csv = dashboard.exportBodiesCsv(downloads);
        assertThat(csv).startsWith("\uFEFF機関,機関コード,報告様式,状態,提出期限,催促回数\r\n");
        assertThat(csv.lines().skip(1)).hasSize(bodies);
        assertThat(csv.lines().filter(line -> line.contains("," + body + ","))).singleElement().asString()
                .contains("," + extended + ",");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                dashboard.exportBodiesXlsx(downloads).toFile())) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("機関");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(bodies);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private WebDriver logIn(String user) {
        WebDriver driver = Browser.start();
        browsers.add(driver);
        driver.get(TestServers.BASE_URL + "/login");
        new KeycloakLoginPage(driver).logIn(user, TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        return driver;
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Replaces the date picker's text (a plain clear() leaves the widget's old date behind). */
    private static void typeDate(WebDriver driver, String inputId, String date) {
        WebElement input = driver.findElement(By.id(inputId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '';", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(date);
        input.sendKeys(Keys.ESCAPE);
        assertThat(input.getAttribute("value")).isEqualTo(date);
    }

    /** A day as written in the Japanese era, e.g. 令和8年1月5日. */
    private static String reiwa(LocalDate day) {
        return "令和" + (day.getYear() - 2018) + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** Clicks a button guarded by the confirmation dialog, and answers yes. */
    private static void confirm(WebDriver driver, String buttonId) {
        driver.findElement(By.id(buttonId)).click();
        wait(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='confirmYes']"))).click();
    }

    /** The HTTP status of a page for the browser's session (its cookies). */
    private static int status(String path, WebDriver driver) throws Exception {
        String cookies = String.join("; ", driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).toList());
        HttpResponse<Void> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path)).header("Cookie", cookies).build(),
                        HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    private static long requestCount() throws SQLException {
        return query("SELECT COUNT(*) FROM report_request r JOIN follow_up_cycle c ON c.id = r.cycle_id WHERE c.fiscal_year = ?");
    }

    private static long requestOf(String organisation) throws SQLException {
        return query("SELECT r.id FROM report_request r JOIN organisation o ON o.id = r.organisation_id"
                + " JOIN follow_up_cycle c ON c.id = r.cycle_id WHERE c.fiscal_year = ? AND o.code = '" + organisation + "'");
    }

    /** One number from PostgreSQL; the statement's one parameter is the cycle's fiscal year. */
    private static long query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB_URL, "postgres", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, FISCAL_YEAR);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }

    private static MimeMessage mailNaming(String address, String subjectPart) throws Exception {
        for (MimeMessage mail : mails(address)) {
            if (mail.getSubject().contains(subjectPart)) {
                return mail;
            }
        }
        return null;
    }

    private static List<String> firstMailSubjects(String address) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails(address)) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    /** The mailbox GreenMail keeps for an address (any password), read over IMAP. */
    private static List<MimeMessage> mails(String address) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(PORT_BASE + 43));
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect(address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                copies.add(new MimeMessage((MimeMessage) message));
            }
            inbox.close(false);
            return copies;
        } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
            return List.of();
        }
    }

    /** Waits until the check answers true (or a non-null value), as the job executor works in the background. */
    private static <T> T eventually(Callable<T> check) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        Exception last = null;
        while (System.nanoTime() < until) {
            try {
                T value = check.call();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (Exception | AssertionError e) {
                last = e instanceof Exception exception ? exception : new Exception(e);
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not within " + PATIENCE, last);
    }
}
