package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.IncidentsPage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The application under faults, on the real servers (the profile {@code faults}: {@code ./mvnw -B -ntp verify -Pfaults
 * -pl kpi-it -am}): Payara killed in the middle of a burst of filings, PostgreSQL restarted under load, Keycloak
 * stopped, the mail server stopped. Each test prints its figures (requests answered, refused, lost) for docs/testing.md.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String CASES = "/api/supply-cases";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    /**
     * kill -9 of Payara while four of a maker's systems file first reports: after the restart every filing answered
     * 201 is there exactly once, every case in the database is whole (its report and its one process), whether or not
     * its answer reached the caller, and the application takes filings again.
     */
    @Test
    @Order(1)
    void aServerKilledDuringABurstOfFilingsLosesNoAnsweredFilingAndLeavesNoneHalfStored() throws Exception {
        String token = Tokens.accessToken("maker-a");
        long before = CycleRun.number("SELECT COALESCE(MAX(id), 0) FROM supply_case");
        Burst burst = new Burst(4, () -> post(CASES, SupplyCaseApiIT.FIRST_REPORT, token));
        burst.awaitAnswered(201, 40, Duration.ofSeconds(60));
        Stack.killPayara();
        Thread.sleep(2000);
        burst.stop();
        Stack.up();
        Stack.awaitReady(Duration.ofMinutes(5));

        Set<String> answered = burst.created();
        System.out.printf("kill -9 during a burst: %d filings answered 201, %d failed without an answer, statuses %s%n",
                answered.size(), burst.unanswered(), burst.statuses());
        assertThat(answered).hasSizeGreaterThanOrEqualTo(40);
        for (String caseNumber : answered) {
            assertThat(CycleRun.number("SELECT COUNT(*) FROM supply_case WHERE case_number = '" + caseNumber + "'"))
                    .as(caseNumber).isEqualTo(1);
        }
        // every case stored since the burst began, answered or not, is whole: one filed report, one process
        List<String> stored = strings("SELECT case_number FROM supply_case WHERE id > " + before);
        assertThat(stored).containsAll(answered);
        for (String caseNumber : stored) {
            assertThat(CycleRun.number("SELECT COUNT(*) FROM supply_report_version v JOIN supply_case c"
                    + " ON c.id = v.case_id WHERE c.case_number = '" + caseNumber + "'")).as(caseNumber).isEqualTo(1);
            assertThat(CycleRun.number("SELECT COUNT(*) FROM act_ru_execution WHERE parent_id_ IS NULL"
                    + " AND business_key_ = '" + caseNumber + "'")).as(caseNumber + "'s process").isEqualTo(1);
        }
        // no timer waits twice for the same step of a case
        assertThat(CycleRun.number("SELECT COUNT(*) FROM (SELECT process_instance_id_, handler_cfg_ FROM act_ru_job"
                + " WHERE type_ = 'timer' GROUP BY 1, 2 HAVING COUNT(*) > 1) doubled")).isZero();
        assertThat(CycleRun.number("SELECT COUNT(*) FROM act_ru_incident")).as("open incidents").isZero();
        // and the restarted application files the next report
        HttpResponse<String> next = post(CASES, SupplyCaseApiIT.FIRST_REPORT, token);
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
    }

    /**
     * PostgreSQL restarted while makers file and read: a request that meets the outage is refused with 503 and a
     * problem saying to try again (never a 500), every filing answered 201 is stored, and the application serves
     * again by itself, without a restart.
     */
    @Test
    @Order(2)
    void aDatabaseRestartUnderLoadIsA503ThatSaysToRetryAndTheApplicationRecoversByItself() throws Exception {
        String token = Tokens.accessToken("maker-a");
        Map<Integer, String> refusals = new ConcurrentHashMap<>();
        Burst burst = new Burst(4, () -> {
            HttpResponse<String> answer = post(CASES, SupplyCaseApiIT.FIRST_REPORT, token);
            if (answer.statusCode() != 201) {
                refusals.putIfAbsent(answer.statusCode(), answer.headers().firstValue("Retry-After").orElse("-") + " "
                        + answer.headers().firstValue("Content-Type").orElse("-") + " " + answer.body());
            }
            return answer;
        });
        burst.awaitAnswered(201, 10, Duration.ofSeconds(60));
        Stack.restartPostgres();
        long restarted = System.nanoTime();
        // served again without a restart of the application
        burst.awaitAnswered(201, burst.count(201) + 20, Duration.ofSeconds(60));
        long recovered = System.nanoTime();
        burst.stop();

        System.out.printf("PostgreSQL restart under load: statuses %s, %d without an answer, serving again %d ms after"
                + " the restart returned%n", burst.statuses(), burst.unanswered(), (recovered - restarted) / 1_000_000);
        assertThat(burst.statuses().keySet()).as(refusals.toString()).isSubsetOf(201, 503);
        if (refusals.containsKey(503)) {
            assertThat(refusals.get(503)).startsWith("30 application/problem+json").contains("Try again")
                    .doesNotContain("Exception");
        }
        for (String caseNumber : burst.created()) {
            assertThat(CycleRun.number("SELECT COUNT(*) FROM supply_report_version v JOIN supply_case c"
                    + " ON c.id = v.case_id WHERE c.case_number = '" + caseNumber + "'")).as(caseNumber).isEqualTo(1);
        }
        assertThat(get("/api/supply-cases/" + burst.created().iterator().next(), token).statusCode()).isEqualTo(200);
    }

    /**
     * Keycloak stopped: the public pages answer, a browser that logged in before keeps working in its session, a
     * token issued before is still accepted until it expires (its keys were read before the outage), and the start page
     * tells visitors that logging in is not possible now.
     */
    @Test
    @Order(3)
    void withKeycloakDownThePublicPagesAndTheOpenSessionsKeepWorking() throws Exception {
        String token = Tokens.accessToken("officer1");
        WebDriver officer = Browser.start();
        WebDriver visitor = null;
        try {
            officer.get(TestServers.BASE_URL + "/officer/index.xhtml");
            new KeycloakLoginPage(officer).logIn("officer1", TestServers.DEMO_PASSWORD);
            new HomePage(officer);
            assertThat(get("/api/me", token).statusCode()).isEqualTo(200);

            Stack.stopKeycloak();
            assertThat(Stack.status(TestServers.KEYCLOAK_URL + "/realms/kpi")).isZero();

            for (String page : new String[] {"/", "/public/reports.xhtml", "/public/supply.xhtml"}) {
                assertThat(Stack.status(TestServers.BASE_URL + page)).as(page).isEqualTo(200);
            }
            officer.get(TestServers.BASE_URL + "/supply/index.xhtml");
            assertThat(officer.getCurrentUrl()).startsWith(TestServers.BASE_URL + "/supply/index.xhtml");
            assertThat(Browser.bodyText(officer)).doesNotContain("403").doesNotContain("500");
            officer.get(TestServers.BASE_URL + "/officer/index.xhtml");
            assertThat(new HomePage(officer).callerName()).isEqualTo("officer1");
            HttpResponse<String> me = get("/api/me", token);
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            Browser.screenshot(officer, "faults-keycloak-down");

            // a visitor is told on the start page that logging in is not possible now (its check is kept 15 s)
            visitor = Browser.start();
            WebDriver start = visitor;
            new WebDriverWait(start, Duration.ofSeconds(40), Duration.ofSeconds(2)).until(driver -> {
                driver.get(TestServers.BASE_URL + "/");
                return !driver.findElements(By.id("loginUnavailable")).isEmpty();
            });
            assertThat(start.findElement(By.id("loginUnavailable")).getText()).contains("ログインサービス");
            Browser.screenshot(start, "faults-keycloak-down-start-page");
        } finally {
            officer.quit();
            if (visitor != null) {
                visitor.quit();
            }
            Stack.up();
        }
        assertThat(Stack.status(TestServers.KEYCLOAK_URL + "/realms/kpi")).isEqualTo(200);
    }

    /**
     * The mail server stopped: a filing is answered and kept all the same (its e-mail is a job of its own after the
     * commit); the mail's job fails and is retried, then becomes an incident that the administrator sees with the
     * mail server's failure, and a retry from the incident screen sends the e-mail once the server is back.
     */
    @Test
    @Order(4)
    void withTheMailServerDownAFilingIsKeptAndItsMailBecomesAnIncidentThatARetrySends() throws Exception {
        String token = Tokens.accessToken("maker-a");
        WebDriver admin = Browser.start();
        String incident;
        try {
            Stack.stopMailServer();
            HttpResponse<String> filed = post(CASES, SupplyCaseApiIT.FIRST_REPORT, token);
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            String caseNumber = caseNumberOf(filed);
            String mailOfTheCase = "SELECT id_ FROM act_ru_execution WHERE parent_id_ IS NULL AND business_key_ LIKE '%:"
                    + caseNumber + "'";
            assertThat(CycleRun.number("SELECT COUNT(*) FROM supply_case WHERE case_number = '" + caseNumber + "'"))
                    .isEqualTo(1);

            // the first try fails and is kept for a retry, with the failure
            awaitValue("SELECT MIN(retries_) FROM act_ru_job WHERE exception_msg_ IS NOT NULL AND process_instance_id_ IN ("
                    + mailOfTheCase + ")", Duration.ofSeconds(120));
            // the last retry brought forward: the configured cycle waits minutes between tries
            execute("UPDATE act_ru_job SET retries_ = 1, duedate_ = now() - interval '1 second'"
                    + " WHERE process_instance_id_ IN (" + mailOfTheCase + ")");
            incident = awaitValue("SELECT e.business_key_ FROM act_ru_incident i JOIN act_ru_execution e"
                    + " ON e.id_ = i.proc_inst_id_ WHERE i.proc_inst_id_ IN (" + mailOfTheCase + ")", Duration.ofSeconds(150));

            admin.get(TestServers.BASE_URL + "/admin/incidents.xhtml");
            new KeycloakLoginPage(admin).logIn("admin1", TestServers.DEMO_PASSWORD);
            IncidentsPage incidents = new IncidentsPage(admin);
            WebElement row = incidents.awaitIncident(incident, Duration.ofSeconds(60));
            assertThat(incidents.cell(row, "message")).isNotBlank();
            Browser.screenshot(admin, "faults-mail-incident");
        } finally {
            Stack.up();
        }
        IncidentsPage incidents = new IncidentsPage(admin);
        incidents.retry(incident);
        incidents.awaitNoIncident(incident, Duration.ofSeconds(60));
        String caseNumber = incident.substring(incident.lastIndexOf(':') + 1);
        assertThat(GreenMailbox.awaitSubjects(1, "maker-a@example.test", caseNumber)).hasSize(1);
        admin.quit();
    }

    // ---- load

    /** Callers repeating one request until stopped; what they were answered, and the cases they were given. */
    private static final class Burst {

        interface Call {
            HttpResponse<String> send() throws Exception;
        }

        private final ExecutorService threads;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        private final Set<String> created = ConcurrentHashMap.newKeySet();
        private final ConcurrentLinkedQueue<Exception> unanswered = new ConcurrentLinkedQueue<>();

        Burst(int callers, Call call) {
            threads = Executors.newFixedThreadPool(callers);
            for (int i = 0; i < callers; i++) {
                threads.submit(() -> {
                    while (running.get()) {
                        try {
                            HttpResponse<String> answer = call.send();
                            statuses.merge(answer.statusCode(), 1, Integer::sum);
                            if (answer.statusCode() == 201) {
                                created.add(caseNumberOf(answer));
                            }
                        } catch (Exception noAnswer) {
                            unanswered.add(noAnswer);
                            pause();
                        }
                    }
                    return null;
                });
            }
        }

        void awaitAnswered(int status, int count, Duration timeout) throws InterruptedException {
            long until = System.nanoTime() + timeout.toNanos();
            while (count(status) < count) {
                assertThat(System.nanoTime()).as(count + " answers " + status + " within " + timeout + ": " + statuses)
                        .isLessThan(until);
                Thread.sleep(100);
            }
        }

        int count(int status) {
            return statuses.getOrDefault(status, 0);
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }

        Map<Integer, Integer> statuses() {
            return new TreeMap<>(statuses);
        }

        Set<String> created() {
            return Set.copyOf(created);
        }

        int unanswered() {
            return unanswered.size();
        }

        private static void pause() {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String caseNumberOf(HttpResponse<String> answer) {
        JsonObject body = Json.createReader(new StringReader(answer.body())).readObject();
        return body.getString("caseNumber");
    }

    private static String awaitValue(String sql, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        String value;
        while ((value = CycleRun.text(sql)) == null) {
            assertThat(System.nanoTime()).as(sql + " within " + timeout).isLessThan(until);
            Thread.sleep(1000);
        }
        return value;
    }

    private static void execute(String sql) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(CycleRun.DB_URL, "postgres", "");
             var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (var connection = java.sql.DriverManager.getConnection(CycleRun.DB_URL, "postgres", "");
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
