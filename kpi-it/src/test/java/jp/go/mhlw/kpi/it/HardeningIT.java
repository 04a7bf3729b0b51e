package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.SupplyReportPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an outside check of the running application sees: a refusal is a 403 or 404 page and never the 500 page, every
 * response carries the protective headers and names no server, the API answers every error as a problem document and
 * checks the role before it reads a body.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<WebDriver> browsers = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @AfterEach
    void stopBrowsers(TestInfo info) {
        String name = info.getTestMethod().orElseThrow().getName();
        for (int i = 0; i < browsers.size(); i++) {
            Browser.screenshot(browsers.get(i), name + "-" + i);
            browsers.get(i).quit();
        }
    }

    // ---- headers -------------------------------------------------------------------------------------------

    @Test
    void aPublicPageRunsOnlyItsOwnScriptsAndNamesNoServer() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/public/supply.xhtml")).GET());

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertThat(scripts).contains("'nonce-").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'");
        // the nonce of the header is the one of the page's scripts
        String nonce = scripts.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("nonce=\"" + nonce + "\"");
        assertProtected(page);
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void aLoggedInPageIsNeverStoredAndItsSessionCookieIsSameSiteLax() throws Exception {
        WebDriver officer = logIn("officer1", "/officer/index.xhtml");
        Cookie session = officer.manage().getCookieNamed("JSESSIONID");
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.isHttpOnly()).isTrue();

        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/officer/index.xhtml"))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("'nonce-"));
        assertProtected(page);
    }

    @Test
    void apiDataIsNeverStoredNorSniffed() throws Exception {
        HttpResponse<String> me = send(api("/api/me", "maker-a").GET());

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Cache-Control")).contains("no-store");
        assertProtected(me);
    }

    @Test
    void theServersOwnErrorsAreTheApplicationsPages() throws Exception {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/no/such/page.html")).GET());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("errorTitle").doesNotContainIgnoringCase("payara");
        assertProtected(missing);
    }

    @Test
    void theMetricsAreNotPublic() throws Exception {
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(uri("/metrics")).GET());
        // refused, or sent to HTTPS (where the server asks for its metrics user) or to the login
        if (metrics.statusCode() == 302) {
            assertThat(metrics.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).satisfiesAnyOf(l -> assertThat(l).startsWith("https://"),
                            l -> assertThat(l).contains("/realms/")));
        } else {
            assertThat(metrics.statusCode()).isIn(401, 403, 404);
        }
    }

    // ---- API errors ----------------------------------------------------------------------------------------

    @Test
    void theApiAnswersItsOwnAndTheContainersErrorsAsProblemDocuments() throws Exception {
        assertProblem(send(api("/api/no-such-resource", "maker-a").GET()), 404);
        assertProblem(send(api("/api/me", "maker-a").DELETE()), 405);
        assertProblem(send(api("/api/supply-cases", "maker-a").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("a report"))), 415);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/me")).GET()), 401);
        assertProblem(send(api("/api/organisations", "maker-a").GET()), 403);
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedBeforeTheBodyIsRead() throws Exception {
        assertProblem(send(api("/api/supply-cases", "officer1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json"))), 403);
        assertProblem(send(api("/api/supply-cases", "officer1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + "0,".repeat(20_000) + "0]"))), 403);
        assertProblem(send(api("/api/report-requests/1/versions/1/return", "maker-a")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{"))), 403);
    }

    @Test
    void aReturnForCorrectionWithoutCommentIsABadRequest() throws Exception {
        JsonObject problem = assertProblem(send(api("/api/report-requests/1/versions/1/return", "officer1")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))), 400);

        assertThat(problem.getString("detail")).contains("comment");
    }

    // ---- screens -------------------------------------------------------------------------------------------

    @Test
    void theCycleScreensRefuseTheRolesTheirServicesRefuse() {
        assertPages("committee1", Map.of("/cycle/index.xhtml", 403, "/cycle/open.xhtml", 403,
                "/cycle/dashboard.xhtml?cycle=1", 403));
        assertPages("officer1", Map.of("/cycle/report.xhtml", 403, "/cycle/open.xhtml", 403));
    }

    @Test
    void aReportRequestIsRefusedToEveryRoleWithoutReportRequests() {
        for (String user : List.of("maker-a", "assoc1", "committee1", "admin1", "norole1")) {
            assertPages(user, Map.of("/tasks/request.xhtml?request=1", 403));
        }
    }

    @Test
    void aParameterThatNamesNothingIsAPageThatDoesNotExist() {
        assertPages("secretariat1", Map.of("/cycle/dashboard.xhtml?cycle=abc", 404,
                "/tasks/request.xhtml?request=abc", 404, "/catalogue/kpi.xhtml", 404,
                "/cycle/report.xhtml?cycle=999999", 404, "/cycle/report.xhtml?cycle=abc", 404,
                "/catalogue/published.xhtml?plan=PLAN-2&year=1999", 404));
        assertPages("officer1", Map.of("/report/form.xhtml?request=abc", 404, "/supply/case.xhtml?case=abc", 404));
    }

    @Test
    void aGarbagePageStateLeadsToTheExpiredPageWithoutExceptionNames() throws Exception {
        String form = "languageForm=languageForm&jakarta.faces.ViewState=garbage";
        HttpResponse<String> full = send(HttpRequest.newBuilder(uri("/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));

        assertThat(full.statusCode()).isEqualTo(302);
        assertThat(full.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/error/expired.xhtml"));

        HttpResponse<String> ajax = send(HttpRequest.newBuilder(uri("/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&jakarta.faces.partial.ajax=true"
                        + "&jakarta.faces.source=languageForm&jakarta.faces.partial.execute=%40all")));

        assertThat(ajax.statusCode()).isEqualTo(200);
        assertThat(ajax.body()).contains("<redirect").contains("/error/expired.xhtml").doesNotContain("Exception");
    }

    @Test
    void anAttachmentOverTenMegabytesIsRefusedAtTheFieldAndTheFormStays() throws Exception {
        WebDriver maker = logIn("maker-a", "/manufacturer/index.xhtml");
        maker.findElement(By.cssSelector("#homeLinks a[id$='toNewSupplyReport']")).click();
        SupplyReportPage form = new SupplyReportPage(maker);
        String product = "大きな添付の試験品 " + System.nanoTime();
        form.type("productName", product).choose("disruptionKind", "SHORTAGE").type("contact", "山田 太郎").saveDraft();
        form = new SupplyReportPage(maker);
        Path large = Files.createTempFile("11MB", ".pdf");
        byte[] content = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, content, 0, 9);
        Files.write(large, content);

        form = form.attach(large);

        assertThat(maker.findElements(By.id("errorTitle"))).isEmpty();
        assertThat(form.attachments()).isEmpty();
        assertThat(maker.findElements(By.cssSelector("[id='attachForm'] .ui-message-error, [id='attachForm'] "
                + ".ui-messages-error, #messages .ui-messages-error"))).isNotEmpty();
        assertThat(form.value("productName")).isEqualTo(product);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Logs the user in (a browser of its own) and opens each page, expecting its refusal page with that status. */
    private void assertPages(String user, Map<String, Integer> expectedStatusByPage) {
        WebDriver driver = logIn(user, "/login");
        expectedStatusByPage.forEach((page, status) -> {
            driver.get(TestServers.BASE_URL + page);
            String title = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle"))).getText();
            assertThat(title).as(user + " on " + page).contains("(" + status + ")");
        });
    }

    private WebDriver logIn(String user, String page) {
        WebDriver driver = Browser.start();
        browsers.add(driver);
        driver.get(TestServers.BASE_URL + page);
        new KeycloakLoginPage(driver).logIn(user, TestServers.DEMO_PASSWORD);
        // back from the callback on a page of the application, which names the logged-in user
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("currentUser")));
        return driver;
    }

    /** The headers every response carries, and none that names the server. */
    private static void assertProtected(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContainIgnoringCase("payara").doesNotContain("Exception")
                .doesNotContain("jp.go.mhlw");
        assertProtected(response);
        JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        return problem;
    }

    private static HttpRequest.Builder api(String path, String user) throws Exception {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + Tokens.accessToken(user));
    }

    private static URI uri(String path) {
        return URI.create(TestServers.BASE_URL + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
