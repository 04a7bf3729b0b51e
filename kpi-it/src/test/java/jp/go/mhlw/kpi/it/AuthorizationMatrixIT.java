package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.it.AuthorizationMatrix.Row;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every row of {@code authorization-matrix.csv} against the real servers: each user opens every page in one logged-in
 * browser and calls every API operation with its own token. All mismatches are collected and reported at once, the
 * unexpected permits apart from the unexpected denials.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern STATUS_IN_TITLE = Pattern.compile("\\((\\d{3})\\)");
    /** Two browsers at a time: the machine has two cores. */
    private static final int BROWSERS = 2;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @Test
    void everyUserGetsTheMatrixAnswerFromEveryPageAndOperation() throws Exception {
        Map<String, String> objects = Map.of("{case}", openCaseOfMakerA(), "{request}",
                String.valueOf(ReportRequests.of("HUB-HIROSHIMA")));
        Map<String, List<Row>> screenRows = byUser(AuthorizationMatrix.rows().stream().filter(row -> !row.isApi()));
        Map<String, List<Row>> apiRows = byUser(AuthorizationMatrix.rows().stream().filter(Row::isApi));
        Map<Row, String> observed = Collections.synchronizedMap(new LinkedHashMap<>());

        ExecutorService browsers = Executors.newFixedThreadPool(BROWSERS);
        try {
            List<Future<?>> screens = new ArrayList<>();
            screenRows.forEach((user, rows) -> screens.add(browsers.submit(() -> {
                observed.putAll(openPages(user, rows, objects));
                return null;
            })));
            for (Map.Entry<String, List<Row>> user : apiRows.entrySet()) {
                observed.putAll(callOperations(user.getKey(), user.getValue(), objects));
            }
            for (Future<?> screen : screens) {
                screen.get();
            }
        } finally {
            browsers.shutdownNow();
        }

        assertThat(mismatches(observed)).as("rows of %s the servers answer otherwise", AuthorizationMatrix.RESOURCE)
                .isEmpty();
    }

    /** The mismatches under three headings: unexpected permit, unexpected denial, another answer. */
    private static Map<String, List<String>> mismatches(Map<Row, String> observed) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        observed.forEach((row, answer) -> {
            if (!row.accepts(answer)) {
                found.computeIfAbsent(heading(row.expected(), answer), key -> new ArrayList<>())
                        .add(row + " expected " + row.expected() + ", got " + answer);
            }
        });
        return found;
    }

    private static String heading(String expected, String answer) {
        boolean expectedRefused = AuthorizationMatrix.isRefusal(expected) || expected.equals("404");
        boolean answerRefused = AuthorizationMatrix.isRefusal(answer) || answer.equals("404");
        if (expectedRefused && !answerRefused) {
            return "unexpected permit";
        }
        if (!expectedRefused && answerRefused) {
            return "unexpected deny";
        }
        return "other answer";
    }

    private static Map<String, List<Row>> byUser(Stream<Row> rows) {
        return rows.collect(Collectors.groupingBy(Row::user, LinkedHashMap::new, Collectors.toList()));
    }

    // ---- screens -------------------------------------------------------------------------------------------

    private static Map<Row, String> openPages(String user, List<Row> rows, Map<String, String> objects) {
        WebDriver driver = Browser.start();
        try {
            if (!user.equals(AuthorizationMatrix.ANONYMOUS)) {
                logIn(driver, user);
            }
            Map<Row, String> observed = new LinkedHashMap<>();
            for (Row row : rows) {
                driver.get(TestServers.BASE_URL + address(row, objects));
                String answer = screenAnswer(driver);
                if (!row.accepts(answer)) {
                    // kept for the report, then asked once more: a second different answer tells a passing fault
                    // (printed, with the screenshot) from a rule the servers apply otherwise (a mismatch)
                    Browser.screenshot(driver, "authorization-matrix-line-" + row.line() + "-" + user);
                    driver.get(TestServers.BASE_URL + address(row, objects));
                    String again = screenAnswer(driver);
                    if (row.accepts(again)) {
                        System.err.println("authorization matrix: " + row + " answered " + answer + ", then "
                                + again + " (screenshot authorization-matrix-line-" + row.line() + "-" + user + ")");
                    }
                    answer = again;
                }
                observed.put(row, answer);
            }
            return observed;
        } finally {
            driver.quit();
        }
    }

    private static void logIn(WebDriver driver, String user) {
        driver.get(TestServers.BASE_URL + "/login");
        new KeycloakLoginPage(driver).logIn(user, TestServers.DEMO_PASSWORD);
        // back from the callback on a page of the application, which names the logged-in user
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("currentUser")));
    }

    /** {@code login} on the identity provider's login form, the status of the application's error page, else 200. */
    private static String screenAnswer(WebDriver driver) {
        String address = driver.getCurrentUrl();
        if (!address.startsWith(TestServers.BASE_URL)) {
            boolean loginForm = address.startsWith(TestServers.KEYCLOAK_URL)
                    || !driver.findElements(By.id("kc-login")).isEmpty();
            return loginForm ? AuthorizationMatrix.LOGIN : "elsewhere " + address;
        }
        List<WebElement> errorTitle = driver.findElements(By.id("errorTitle"));
        if (errorTitle.isEmpty()) {
            return "200";
        }
        Matcher status = STATUS_IN_TITLE.matcher(errorTitle.get(0).getText());
        return status.find() ? status.group(1) : "error page " + errorTitle.get(0).getText();
    }

    // ---- API -----------------------------------------------------------------------------------------------

    private static Map<Row, String> callOperations(String user, List<Row> rows, Map<String, String> objects)
            throws Exception {
        String token = user.equals(AuthorizationMatrix.ANONYMOUS) ? null : Tokens.accessToken(user);
        Map<Row, String> observed = new LinkedHashMap<>();
        for (Row row : rows) {
            observed.put(row, String.valueOf(call(row, token, objects).statusCode()));
        }
        return observed;
    }

    private static HttpResponse<String> call(Row row, String token, Map<String, String> objects) throws Exception {
        String method = row.operation().split(" ")[0];
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(TestServers.BASE_URL + address(row, objects)));
        String body = body(row.body());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The row's request with the objects the test opened in place of their placeholders. */
    private static String address(Row row, Map<String, String> objects) {
        String address = row.request();
        for (Map.Entry<String, String> object : objects.entrySet()) {
            address = address.replace(object.getKey(), object.getValue());
        }
        return address;
    }

    private static String body(String name) {
        return switch (name) {
            case "" -> null;
            case "{}" -> "{}";
            case "additional-report" -> SupplyCaseApiIT.COMPLETE_ADDITIONAL_REPORT;
            default -> throw new IllegalStateException("No request body is called " + name);
        };
    }

    private static String openCaseOfMakerA() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL
                                + "/api/supply-cases"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + Tokens.accessToken("maker-a"))
                        .POST(HttpRequest.BodyPublishers.ofString(SupplyCaseApiIT.FIRST_REPORT)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject opened = Json.createReader(new StringReader(response.body())).readObject();
        return opened.getString("caseNumber");
    }
}
