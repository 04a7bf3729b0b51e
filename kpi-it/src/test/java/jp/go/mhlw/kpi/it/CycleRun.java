package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.infrastructure.persistence.SubmissionJson;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the whole-cycle tests do as the bodies' systems, the officers and the secretariat: the follow-up API with a
 * bearer token, the test database for what the process waits at, the browser's login, and the published CSV.
 */
final class CycleRun {

    static final String DB_URL = System.getProperty("kpi.dbUrl", "jdbc:postgresql://127.0.0.1:5432/kpi_it");
    static final String REQUESTS = "/api/report-requests";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private CycleRun() {
    }

    // ---- the follow-up API

    static String versions(long request) {
        return REQUESTS + "/" + request + "/versions";
    }

    /** The officer's decision on a version: "approval" or "return". */
    static String review(long request, int version, String decision) {
        return versions(request) + "/" + version + "/" + decision;
    }

    static String submission(SubmissionContent content) {
        return "{\"content\":" + SubmissionJson.write(content) + "}";
    }

    static HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Sends a version through the API as a body's system does: where the figures move unusually far from last
     * year's, the answer lists the warnings, and the system sends the version again with a reason for each.
     *
     * @return the version number stored
     */
    static int submitJustifying(long request, String token, SubmissionContent content) throws Exception {
        HttpResponse<String> answer = send("POST", versions(request), token, submission(content));
        if (answer.statusCode() == 422) {
            JsonObject problem = json(answer).asJsonObject();
            assertThat(problem.get("errors")).as(answer.body()).isIn(null, JsonValue.NULL, JsonValue.EMPTY_JSON_ARRAY);
            JsonObjectBuilder reasons = Json.createObjectBuilder();
            problem.getJsonArray("unjustifiedWarnings").forEach(warning ->
                    reasons.add(warning.asJsonObject().getString("key"), "実績として確認済み"));
            String body = submission(content);
            answer = send("POST", versions(request), token,
                    body.substring(0, body.length() - 1) + ",\"justifications\":" + reasons.build() + "}");
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json(answer).asJsonObject().getInt("version");
    }

    static HttpResponse<String> anonymousGet(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonValue json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    static String roleOf(String organisation) {
        if (organisation.startsWith("HUB-")) {
            return "hub-reporter";
        }
        return switch (organisation) {
            case "AMED" -> "amed-reporter";
            case "JFMDA-SURVEY" -> "survey-reporter";
            default -> "ministry-officer";
        };
    }

    // ---- the browser

    static void logIn(WebDriver browser, String user) {
        String home = switch (user) {
            case "secretariat1" -> "/secretariat/index.xhtml";
            case "committee1" -> "/committee/index.xhtml";
            case "officer1" -> "/officer/index.xhtml";
            case "amed1" -> "/amed/index.xhtml";
            default -> user.startsWith("hub-") ? "/hub/index.xhtml" : "/manufacturer/index.xhtml";
        };
        browser.get(TestServers.BASE_URL + home);
        new KeycloakLoginPage(browser).logIn(user, TestServers.DEMO_PASSWORD);
        new HomePage(browser);
    }

    /** Clicks a button and answers its confirmation. */
    static void confirm(WebDriverWait wait, String button) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='" + button + "']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='confirmYes']"))).click();
    }

    // ---- the test database

    /** The cycle's requests by organisation code, in code order. */
    static Map<String, Long> requestsByOrganisation(long cycle) throws SQLException {
        Map<String, Long> requests = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(DB_URL, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT o.code, r.id FROM report_request r"
                     + " JOIN organisation o ON o.id = r.organisation_id WHERE r.cycle_id = " + cycle + " ORDER BY o.code")) {
            while (rows.next()) {
                requests.put(rows.getString(1), rows.getLong(2));
            }
        }
        return requests;
    }

    static long cycleId(int fiscalYear) throws SQLException {
        return number("SELECT c.id FROM follow_up_cycle c JOIN basic_plan p ON p.id = c.plan_id"
                + " WHERE p.code = 'PLAN-2' AND c.fiscal_year = " + fiscalYear);
    }

    /** Each request's process runs in the background: waits until this many of the year's requests wait at the task. */
    static void awaitTasks(int fiscalYear, String task, int expected, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        String sql = "SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
                + " JOIN report_request r ON e.business_key_ = CAST(r.id AS VARCHAR)"
                + " JOIN follow_up_cycle c ON c.id = r.cycle_id JOIN basic_plan p ON p.id = c.plan_id"
                + " WHERE t.task_def_key_ = '" + task + "' AND p.code = 'PLAN-2' AND c.fiscal_year = " + fiscalYear;
        while (number(sql) < expected) {
            assertThat(System.nanoTime()).as("every request waits at " + task).isLessThan(until);
            Thread.sleep(1000);
        }
    }

    /** The cycle of any plan's fiscal year (0 when there is none). */
    static long cycleId(String planCode, int fiscalYear) throws SQLException {
        return number("SELECT c.id FROM follow_up_cycle c JOIN basic_plan p ON p.id = c.plan_id"
                + " WHERE p.code = '" + planCode + "' AND c.fiscal_year = " + fiscalYear);
    }

    /** As {@link #awaitTasks}, for the requests of one cycle, whatever its plan. */
    static void awaitCycleTasks(long cycle, String task, int expected, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        String sql = "SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
                + " JOIN report_request r ON e.business_key_ = CAST(r.id AS VARCHAR)"
                + " WHERE t.task_def_key_ = '" + task + "' AND r.cycle_id = " + cycle;
        while (number(sql) < expected) {
            assertThat(System.nanoTime()).as("every request of cycle " + cycle + " waits at " + task).isLessThan(until);
            Thread.sleep(1000);
        }
    }

    /** Once every request is settled the cycle aggregates in the background, then waits for the draft report. */
    static void awaitDraftReportTask(long cycle, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (number("SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
                + " WHERE t.task_def_key_ = 'prepareDraftReport' AND e.business_key_ = '" + cycle + "'") == 0) {
            assertThat(System.nanoTime()).as("the cycle is aggregated").isLessThan(until);
            Thread.sleep(1000);
        }
    }

    static long number(String sql) throws SQLException {
        String value = text(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** One value from the test database (null when there is no row). */
    static String text(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB_URL, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    // ---- the published CSV

    /** One line of the published CSV: a KPI's figure for one breakdown and unit. */
    record PublishedFigure(String kpiCode, String breakdown, String unit, BigDecimal value, String printed,
                           String normalisation) {

        String key() {
            return kpiCode + "/" + breakdown + "/" + unit;
        }
    }

    /** kpi/breakdown/unit → the published line, from the CSV (header checked). */
    static Map<String, PublishedFigure> publishedFigures(String csv) {
        Map<String, PublishedFigure> figures = new LinkedHashMap<>();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).startsWith("plan,fiscal_year,kpi_code,kpi_name_ja,kpi_name_en,breakdown,value,printed,unit,"
                + "previous_printed,normalisation");
        for (int i = 1; i < rows.length; i++) {
            List<String> cells = cells(rows[i]);
            PublishedFigure figure = new PublishedFigure(cells.get(2), cells.get(5), cells.get(8),
                    new BigDecimal(cells.get(6)), cells.get(7), cells.get(10));
            assertThat(figures.put(figure.key(), figure)).as("one line per figure: " + figure.key()).isNull();
        }
        return figures;
    }

    /** kpi/breakdown/unit → the figure as printed. */
    static Map<String, String> printedFigures(String csv) {
        Map<String, String> printed = new LinkedHashMap<>();
        publishedFigures(csv).forEach((key, figure) -> printed.put(key, figure.printed()));
        return printed;
    }

    /** The cells of one RFC 4180 line (quoted cells may hold commas and doubled quotes). */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
