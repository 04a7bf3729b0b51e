package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.CycleDashboardPage;
import jp.go.mhlw.kpi.it.pages.CycleOpeningPage;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.ReportFormPage;
import jp.go.mhlw.kpi.it.pages.ReviewPage;
import jp.go.mhlw.kpi.it.pages.TaskListPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A hub's report through its whole review in the browser: the secretariat opens a collection through its screen,
 * hub-hiroshima fills in and submits (an error at its field first), officer1 returns it with a comment (the hub's
 * reporters are e-mailed, each in their language), the hub
 * corrects and resubmits, officer1 sees version 2 compared with version 1 field by field and approves it with the
 * dashboard's bulk approval (another body chosen with it is left out and listed), the returned version keeps its
 * own state, and the secretariat's dashboard counts it approved. Another hub gets 404 on the form. Then the races
 * of real use through the API: a version sent twice at once is stored once, and an approval and a return sent at once
 * make one decision.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubmissionIT {

    /**
     * A year of its own, far ahead: FollowUpCycleIT opens the year before today's, WholeCycleIT FY2023 and
     * NewYearCycleIT FY2024.
     */
    private static final int FISCAL_YEAR = 2030;
    private static final String DB_URL = System.getProperty("kpi.dbUrl", "jdbc:postgresql://127.0.0.1:5432/kpi_it");

    private static long hiroshimaRequest;
    private static long hokkaidoRequest;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    /** Opens the year's collection once per database, as the secretariat does, and waits for both hubs' tasks. */
    @BeforeEach
    void openCollection() throws Exception {
        synchronized (SubmissionIT.class) {
            if (hiroshimaRequest != 0) {
                return;
            }
            if (requestOf("HUB-HIROSHIMA") == 0) {
                WebDriver secretariat = logIn("secretariat1", "/secretariat/index.xhtml");
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
    @Order(1)
    void aHubReportIsSubmittedReturnedCorrectedAndApproved() throws Exception {
        // a second reporter of the hub, who reads English: the return is e-mailed to each in their language
        KeycloakAdmin keycloak = KeycloakAdmin.connect();
        keycloak.setLocale(keycloak.reporter("mail-hub-en", "HUB-HIROSHIMA", "hub-reporter"), "en");
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

            // the officer's home counts the submission among those waiting for review; the count opens the inbox
            // narrowed to exactly those reviews
            awaitOpenTasks(hiroshimaRequest, "reviewSubmission", 1);
            officer = logIn("officer1", "/officer/index.xhtml");
            HomePage officerHome = new HomePage(officer);
            int reviewsWaiting = officerHome.count("reviewsWaiting");
            assertThat(reviewsWaiting).isPositive();
            officerHome.follow("reviewsWaiting");
            TaskListPage reviews = new TaskListPage(officer);
            assertThat(reviews.narrowedTo()).isEqualTo("提出内容の審査");
            assertThat(reviews.rows()).as("the list behind the count").hasSize(Math.min(reviewsWaiting, 50))
                    .allSatisfy(task -> assertThat(task.step()).isEqualTo("reviewSubmission"))
                    .anySatisfy(task -> assertThat(task.href()).endsWith("/review/submission.xhtml?request=" + hiroshimaRequest));

            ReviewPage review = openReview(officer, hiroshimaRequest);
            assertThat(review.version()).isEqualTo("1");
            assertThat(review.content()).contains("医療機器開発人材セミナー").contains("70");
            // where the request stands: its diagram boxes the review step, and the page says it in words
            assertThat(review.currentDiagramSteps()).contains("reviewSubmission");
            assertThat(review.currentStep()).contains("審査");
            review.returnWithComment("臨床試験の件数を確認してください。");
            assertThat(review.messages()).contains("第1版を差し戻しました");
            assertThat(review.versions()).contains("差戻し").contains("臨床試験の件数を確認してください。");
            assertThat(GreenMailbox.awaitSubjects(1, "hub-hiroshima@example.test", "報告が差し戻されました",
                    "FY" + FISCAL_YEAR)).singleElement().asString().contains("広島大学");
            assertThat(GreenMailbox.awaitSubjects(1, "mail-hub-en@example.jp", "Your report was returned",
                    "FY" + FISCAL_YEAR)).singleElement().asString().contains("Hiroshima University");

            form = openForm(hub, hiroshimaRequest);
            assertThat(form.state()).isEqualTo("差戻し");
            assertThat(form.returnComment()).contains("臨床試験の件数を確認してください。");
            form.jointResearch(3, "40", "8500").submit();
            assertThat(form.messages()).contains("第2版を提出しました");

            review = openReview(officer, hiroshimaRequest);
            assertThat(review.version()).isEqualTo("2");
            assertThat(review.state()).isEqualTo("審査待ち");
            // version 2 beside version 1, field by field: the corrected count is marked in words
            assertThat(review.changeSincePreviousVersion("共同研究（臨床）の件数")).isEqualTo("変更あり");
            assertThat(review.diffRow("共同研究（臨床）の件数")).contains("40").contains("41");
            assertThat(review.changeSincePreviousVersion("他拠点との連携件数")).isEqualTo("変更なし");
            assertThat(review.changedCount()).isEqualTo("変わった項目: 1件");

            // approved together with another body's request from the cycle's dashboard: Hokkaido has nothing waiting
            // for review, so the confirmation names one of two and lists Hokkaido with why
            CycleDashboardPage dashboard = CycleDashboardPage.open(officer, TestServers.BASE_URL,
                    cycleOf(hiroshimaRequest)).select("HUB-HIROSHIMA").select("HUB-HOKKAIDO");
            assertThat(dashboard.approveSelected()).contains("選んだ2件のうち1件の報告を承認します")
                    .contains("HUB-HOKKAIDO: 審査待ちの版がありません");
            dashboard = dashboard.confirmBulk();
            assertThat(dashboard.messages()).contains("1件の報告を承認しました: HUB-HIROSHIMA")
                    .contains("HUB-HOKKAIDO: 審査待ちの版がありません");
            assertThat(dashboard.stateOf("HUB-HIROSHIMA")).isEqualTo("承認済み");
            assertThat(dashboard.stateOf("HUB-HOKKAIDO")).isNotEqualTo("承認済み");

            review = openReview(officer, hiroshimaRequest);
            assertThat(review.state()).isEqualTo("承認済み");
            assertThat(review.versions()).contains("承認").contains("差戻し");
            // the returned version keeps its own state beside the request's
            review = openReview(officer, hiroshimaRequest, 1);
            assertThat(review.state()).isEqualTo("差戻し済み");
            assertThat(review.requestState()).isEqualTo("承認済み");

            form = openForm(hub, hiroshimaRequest);
            assertThat(form.state()).isEqualTo("承認済み");
            assertThat(form.isEditable()).isFalse();

            // the secretariat's home gives the open cycle's hubs with their completion; the hubs' row opens the
            // cycle's dashboard with exactly as many hubs listed
            WebDriver secretariat = logIn("secretariat1", "/secretariat/index.xhtml");
            try {
                HomePage secretariatHome = new HomePage(secretariat);
                int hubs = secretariatHome.requestedOfKind("HUB_REPORT");
                assertThat(hubs).isPositive();
                assertThat(secretariatHome.completionOfKind("HUB_REPORT")).endsWith("%");
                secretariatHome.followKind("HUB_REPORT");
                CycleDashboardPage hubsOnly = new CycleDashboardPage(secretariat);
                assertThat(hubsOnly.isNarrowed()).isTrue();
                assertThat(hubsOnly.bodies()).hasSize(Math.min(hubs, 50))
                        .allSatisfy(code -> assertThat(hubsOnly.kindOf(code)).isEqualTo("拠点報告"));

                // the secretariat's dashboard of the cycle counts the approval
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
    @Order(2)
    void anotherHubGetsNotFoundOnTheForm() throws Exception {
        WebDriver hokkaido = logIn("hub-hokkaido", "/hub/index.xhtml");
        try {
            // its home lists its own open request, not yet started, with its deadline; Hiroshima's is not there
            HomePage home = new HomePage(hokkaido);
            assertThat(home.openRequestIds()).contains(String.valueOf(hokkaidoRequest))
                    .doesNotContain(String.valueOf(hiroshimaRequest));
            assertThat(home.openRequestState(hokkaidoRequest)).isEqualTo("未着手");
            assertThat(home.openRequestDue(hokkaidoRequest)).contains("あと");
            home.followOpenRequest(hokkaidoRequest);
            assertThat(new ReportFormPage(hokkaido).isEditable()).as("the link opens its form").isTrue();

            hokkaido.get(TestServers.BASE_URL + "/report/form.xhtml?request=" + hiroshimaRequest);
            WebDriverWait wait = new WebDriverWait(hokkaido, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle")));
            assertThat(hokkaido.findElements(By.id("form:state"))).isEmpty();
            assertThat(hokkaido.findElement(By.tagName("main")).getText()).doesNotContain("HUB-HIROSHIMA");

            // its own request opens
            ReportFormPage own = openForm(hokkaido, hokkaidoRequest);
            assertThat(own.isEditable()).isTrue();

            // filled in offline: the workbook (empty: no draft, no report approved the year before) comes back with
            // a mistake, listed by sheet, row and column with nothing taken; corrected, it replaces the draft
            Path downloads = Path.of(System.getProperty("kpi.screenshots", "target/screenshots"),
                    "downloads-workbook-" + System.nanoTime());
            Path workbook = own.downloadWorkbook(downloads);
            Path edited = Files.createDirectories(downloads.resolveSibling(downloads.getFileName() + "-edited"));
            Path wrong = edited.resolve("wrong.xlsx");
            Path right = edited.resolve("right.xlsx");
            editWorkbook(workbook, wrong, "たぶん");
            editWorkbook(workbook, right, "はい");
            own.uploadWorkbook(wrong);
            assertThat(own.workbookProblems()).contains("連携・プラットフォーム", "値", "「はい」か「いいえ」");
            assertThat(own.workbookQuestion()).isEmpty();
            assertThat(own.cases(0)).isEmpty();
            own.uploadWorkbook(right);
            assertThat(own.workbookProblems()).isEmpty();
            assertThat(own.workbookQuestion()).contains("right.xlsx");
            own.replaceDraftByWorkbook();
            assertThat(own.messages()).contains("right.xlsx");
            assertThat(own.cases(0)).isEqualTo("7");
            assertThat(own.state()).isEqualTo("下書き");
            // and the review page is the officers' only
            hokkaido.get(TestServers.BASE_URL + "/review/submission.xhtml?request=" + hokkaidoRequest);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle")));
            assertThat(hokkaido.findElements(By.id("review:state"))).isEmpty();
        } finally {
            Browser.screenshot(hokkaido, "submission-other-hub");
            hokkaido.quit();
        }
    }

    /** After the form test above, which needs hub-hokkaido's request still open. */
    @Test
    @Order(3)
    void aVersionSentTwiceAtOnceIsStoredOnceAndAnApprovalAndAReturnAtOnceMakeOneDecision() throws Exception {
        String hub = Tokens.accessToken("hub-hokkaido");
        String body = CycleRun.submission(new NewYearData(FISCAL_YEAR, LocalDate.of(FISCAL_YEAR, 4, 1)).hubReport(3, false));
        List<HttpResponse<String>> sent = AtOnce.call(
                () -> CycleRun.send("POST", CycleRun.versions(hokkaidoRequest), hub, body),
                () -> CycleRun.send("POST", CycleRun.versions(hokkaidoRequest), hub, body));

        // one is stored; the other is told plainly that the report has changed meanwhile, not a server error
        assertThat(sent).as(bodies(sent)).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
        assertRefusedPlainly(sent);
        assertThat(number("SELECT COUNT(*) FROM submission_version v JOIN submission s ON s.id = v.submission_id"
                + " WHERE s.request_id = " + hokkaidoRequest)).isEqualTo(1);
        assertThat(state(hokkaidoRequest)).isEqualTo("SUBMITTED");
        awaitOpenTasks(hokkaidoRequest, "reviewSubmission", 1);

        String officer = Tokens.accessToken("officer1");
        List<HttpResponse<String>> decided = AtOnce.call(
                () -> CycleRun.send("POST", CycleRun.review(hokkaidoRequest, 1, "approval"), officer, "{}"),
                () -> CycleRun.send("POST", CycleRun.review(hokkaidoRequest, 1, "return"), officer,
                        "{\"comment\":\"件数を確認してください。\"}"));

        assertThat(decided).as(bodies(decided)).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertRefusedPlainly(decided);
        boolean approved = decided.get(0).statusCode() == 200;
        // one decision is stored, it is the one answered 200, and the request and its process follow that one
        assertThat(CycleRun.text("SELECT string_agg(r.decision, ',') FROM submission_review r"
                + " JOIN submission_version v ON v.id = r.version_id JOIN submission s ON s.id = v.submission_id"
                + " WHERE s.request_id = " + hokkaidoRequest)).isEqualTo(approved ? "APPROVED" : "RETURNED");
        assertThat(state(hokkaidoRequest)).isEqualTo(approved ? "APPROVED" : "RETURNED");
        awaitOpenTasks(hokkaidoRequest, "reviewSubmission", 0);
        awaitOpenTasks(hokkaidoRequest, "submitReport", approved ? 0 : 1);
    }

    @Test
    @Order(4)
    void anApprovedReportReopenedByTheSecretariatIsCorrectedReviewedAgainAndTheApprovedVersionIsKeptAsSuperseded()
            throws Exception {
        assertThat(state(hiroshimaRequest)).as("approved in the first test").isEqualTo("APPROVED");
        String versionOfRequest = " FROM submission_version v JOIN submission s ON s.id = v.submission_id"
                + " WHERE s.request_id = " + hiroshimaRequest;
        int approved = (int) number("SELECT MAX(v.version_number)" + versionOfRequest);
        String hub = Tokens.accessToken("hub-hiroshima");
        String corrected = CycleRun.submission(new NewYearData(FISCAL_YEAR, LocalDate.of(FISCAL_YEAR, 4, 1))
                .hubReport(2, false));
        String reopen = "/api/report-requests/" + hiroshimaRequest + "/reopen";

        HttpResponse<String> refused = CycleRun.send("POST", CycleRun.versions(hiroshimaRequest), hub, corrected);
        assertThat(refused.statusCode()).as("approved and not reopened: " + refused.body()).isEqualTo(409);
        assertThat(CycleRun.send("POST", reopen, Tokens.accessToken("officer1"), "{\"reason\":\"誤り\"}").statusCode())
                .as("only the secretariat reopens").isEqualTo(403);
        String secretariat = Tokens.accessToken("secretariat1");
        assertThat(CycleRun.send("POST", reopen, secretariat, "{\"reason\":\" \"}").statusCode())
                .as("a reason is required").isEqualTo(400);

        HttpResponse<String> reopened = CycleRun.send("POST", reopen, secretariat,
                "{\"reason\":\"共同研究の件数に誤りがありました。\"}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertThat(CycleRun.json(reopened).asJsonObject().getString("state")).isEqualTo("REOPENED");
        assertThat(state(hiroshimaRequest)).isEqualTo("REOPENED");
        assertThat(CycleRun.text("SELECT summary FROM audit_record WHERE action = 'report-request.reopened'"
                + " AND object_id = '" + hiroshimaRequest + "'")).contains("共同研究の件数に誤りがありました。");
        assertThat(CycleRun.send("POST", reopen, secretariat, "{\"reason\":\"もう一度\"}").statusCode())
                .as("reopened already").isEqualTo(409);
        awaitOpenTasks(hiroshimaRequest, "submitReport", 1);

        HttpResponse<String> submitted = CycleRun.send("POST", CycleRun.versions(hiroshimaRequest), hub, corrected);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        assertThat(CycleRun.json(submitted).asJsonObject().getInt("version")).isEqualTo(approved + 1);
        awaitOpenTasks(hiroshimaRequest, "reviewSubmission", 1);
        HttpResponse<String> decided = CycleRun.send("POST", CycleRun.review(hiroshimaRequest, approved + 1, "approval"),
                Tokens.accessToken("officer1"), "{}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);

        assertThat(state(hiroshimaRequest)).isEqualTo("APPROVED");
        awaitOpenTasks(hiroshimaRequest, "reviewSubmission", 0);
        awaitOpenTasks(hiroshimaRequest, "submitReport", 0);
        // both approved versions are kept; the newest one counts
        assertThat(CycleRun.text("SELECT string_agg(v.version_number || ':' || r.decision, ',' ORDER BY v.version_number)"
                + " FROM submission_review r JOIN submission_version v ON v.id = r.version_id"
                + " JOIN submission s ON s.id = v.submission_id WHERE s.request_id = " + hiroshimaRequest
                + " AND r.decision = 'APPROVED'")).isEqualTo(approved + ":APPROVED," + (approved + 1) + ":APPROVED");

        WebDriver officer = logIn("officer1", "/officer/index.xhtml");
        try {
            ReviewPage page = openReview(officer, hiroshimaRequest, approved + 1);
            assertThat(page.versions()).as("the earlier approved version is shown as superseded")
                    .containsOnlyOnce("置換済み");
        } finally {
            Browser.screenshot(officer, "submission-correction");
            officer.quit();
        }
    }

    private static void assertRefusedPlainly(List<HttpResponse<String>> answers) {
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 409) {
                JsonObject problem = CycleRun.json(answer).asJsonObject();
                assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(problem.getString("detail", problem.getString("title", ""))).isNotBlank();
                assertThat(answer.body()).doesNotContain("Exception").doesNotContain("jp.go.mhlw");
            }
        }
    }

    private static String bodies(List<HttpResponse<String>> answers) {
        return answers.stream().map(answer -> answer.statusCode() + " " + answer.body()).toList().toString();
    }

    private static String state(long request) throws SQLException {
        return CycleRun.text("SELECT state FROM report_request WHERE id = " + request);
    }

    private static void awaitOpenTasks(long request, String task, long expected) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String sql = "SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
                + " WHERE t.task_def_key_ = '" + task + "' AND e.business_key_ = '" + request + "'";
        while (number(sql) != expected) {
            assertThat(System.nanoTime()).as(task + " tasks of request " + request + ": " + number(sql)).isLessThan(until);
            Thread.sleep(500);
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

    /**
     * The downloaded hub workbook as the hub fills it in Excel: 7 basic-research cases, and platform ① answered with
     * {@code platform} (a word the import takes, or not).
     */
    private static void editWorkbook(Path downloaded, Path edited, String platform) throws IOException {
        try (InputStream in = Files.newInputStream(downloaded);
             org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(edited)) {
            // each data sheet: the note line, the header, then the rows
            book.getSheet("共同研究").getRow(2).getCell(1, org.apache.poi.ss.usermodel.Row.MissingCellPolicy
                    .CREATE_NULL_AS_BLANK).setCellValue(7);
            book.getSheet("連携・プラットフォーム").getRow(4).getCell(1, org.apache.poi.ss.usermodel.Row
                    .MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(platform);
            book.write(out);
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

    private static ReviewPage openReview(WebDriver driver, long request, int version) {
        driver.get(TestServers.BASE_URL + "/review/submission.xhtml?request=" + request + "&version=" + version);
        return new ReviewPage(driver);
    }
}
