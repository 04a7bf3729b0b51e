package jp.go.mhlw.kpi.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * P3 "screens" (docs/performance.md): {@code bench.officers} (25) virtual officers and {@code bench.makers} (25)
 * virtual manufacturers at once, each logged in once through Keycloak's login form and then working in a loop for
 * {@code bench.seconds} (120) after the last has logged in, reading each page for {@code bench.thinkMillis} (3,000;
 * between half and one and a half times that, 0 for none) before the next:
 * <ul>
 * <li>an officer (officer1) opens the task inbox, the review page of a submission ({@code bench.reviewRequest},
 * required: a request with a submitted version), and the open cycle's dashboard ({@code bench.cycle}, required),
 * whose list of bodies is then paged as its paginator does (a PrimeFaces ajax request with the page's ViewState
 * and CSP nonce);</li>
 * <li>a manufacturer (maker-a and maker-b in turn) opens form 10-2 for a new case and saves it as a draft (the
 * form posted as its button does: a new case with its draft each time);</li>
 * <li>{@code bench.visitors} (2) without login read the public start page, the trivial page the others are held
 * to, in the same run.</li>
 * </ul>
 * The budget: each page's p95 at most twice the start page's, and every PrimeFaces ajax request's p95 at most
 * 200 ms. Every request checks its status and that a page is the page asked for, not the login form.
 */
public class ScreensSimulation extends Simulation {

    static final Duration DURATION = Duration.ofSeconds(Stack.intProperty("bench.seconds", 120));
    static final String CYCLE = System.getProperty("bench.cycle");
    static final String REVIEW_REQUEST = System.getProperty("bench.reviewRequest");
    /** Keycloak refuses a user's login while another of the same user is under way: one login per user every so often. */
    /** How long a person reads a page before the next (0: none, every user in a closed loop without pause). */
    static final int THINK_MILLIS = Stack.intProperty("bench.thinkMillis", 3000);
    static final int LOGIN_SPACING_SECONDS = Stack.intProperty("bench.loginSpacing", 5);

    private static HttpRequestActionBuilder page(String name, String path) {
        return GrowthReadsSimulation.page(name, path);
    }

    /** The page's ViewState and PrimeFaces' CSP nonce, which its ajax requests carry. */
    private static HttpRequestActionBuilder faces(HttpRequestActionBuilder request) {
        return request.check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").optional().saveAs("nonce"));
    }

    /** A person's pause after a page: between half and one and a half times {@code bench.thinkMillis}. */
    private static ChainBuilder think() {
        return THINK_MILLIS <= 0 ? exec(session -> session)
                : io.gatling.javaapi.core.CoreDsl.pause(Duration.ofMillis(THINK_MILLIS / 2),
                        Duration.ofMillis(THINK_MILLIS * 3L / 2));
    }

    private final String dashboard = "/cycle/dashboard.xhtml?cycle=" + CYCLE;

    private final ScenarioBuilder officer = scenario("officers: inbox, review, dashboard")
            .exec(GrowthReadsSimulation.browserLogin("officer1", "/tasks/index.xhtml"))
            .during(DURATION.plusSeconds((long) LOGIN_SPACING_SECONDS * Stack.intProperty("bench.officers", 25))).on(
                    exec(page("task inbox", "/tasks/index.xhtml").check(css("[id='inbox:tasks']").exists())),
                    think(),
                    exec(page("review page", "/review/submission.xhtml?request=" + REVIEW_REQUEST)
                            .check(substring("errorTitle").notExists())),
                    think(),
                    exec(faces(page("cycle dashboard", dashboard)
                            .check(css("[id='dashboard:bodies']").exists()))),
                    think(),
                    exec(http("cycle dashboard, bodies paged (ajax)")
                            .post(dashboard)
                            .header("Faces-Request", "partial/ajax")
                            .header("Accept", "application/xml, text/xml, */*")
                            .formParam("jakarta.faces.partial.ajax", "true")
                            .formParam("jakarta.faces.source", "dashboard:bodies")
                            .formParam("jakarta.faces.partial.execute", "dashboard:bodies")
                            .formParam("jakarta.faces.partial.render", "dashboard:bodies")
                            .formParam("dashboard:bodies_pagination", "true")
                            .formParam("dashboard:bodies_first", "0")
                            .formParam("dashboard:bodies_rows", "50")
                            .formParam("dashboard:bodies_skipChildren", "true")
                            .formParam("dashboard:bodies_encodeFeature", "true")
                            .formParam("dashboard", "dashboard")
                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                            .formParam("primefaces.nonce", "#{nonce}")
                            .check(status().is(200), substring("<partial-response").exists(),
                                    substring("<error").notExists(), substring("dashboard:bodies").exists())),
                    think());

    private final ScenarioBuilder maker = scenario("manufacturers: form 10-2, draft saved")
            .exec(session -> session.set("user", session.userId() % 2 == 0 ? "maker-a" : "maker-b"))
            .exec(GrowthReadsSimulation.browserLogin("#{user}", "/manufacturer/supply-report.xhtml"))
            .during(DURATION.plusSeconds((long) LOGIN_SPACING_SECONDS * Stack.intProperty("bench.makers", 25))).on(
                    exec(faces(page("form 10-2", "/manufacturer/supply-report.xhtml"))
                            .check(form("#reportForm").saveAs("reportForm"))),
                    think(),
                    exec(session -> {
                        Map<String, Object> fields = new HashMap<>();
                        session.<Object>getMap("reportForm").forEach((name, value) -> fields.put(name,
                                value instanceof java.util.Collection<?> values
                                        ? values.stream().findFirst().map(String::valueOf).orElse("")
                                        : String.valueOf(value)));
                        fields.remove("reportForm:file"); // the other button: filing, not a draft
                        fields.put("reportForm:productName", "負荷試験の製品 " + session.userId());
                        fields.put("reportForm:saveDraft", "reportForm:saveDraft");
                        // PrimeFaces' CSP guard refuses a postback without the page's nonce, not only ajax ones
                        fields.put("primefaces.nonce", session.getString("nonce"));
                        fields.put("jakarta.faces.ViewState", session.getString("viewState"));
                        return session.set("reportFields", fields);
                    }),
                    exec(http("form 10-2, draft saved")
                            .post("/manufacturer/supply-report.xhtml")
                            .header("Accept", "text/html")
                            .formParamMap(session -> session.<Map<String, Object>>get("reportFields"))
                            .check(status().is(200), substring("kc-form-login").notExists(),
                                    regex("SC-\\d{4}-\\d{6}").exists())),
                    think());

    private final ScenarioBuilder visitor = scenario("visitors: start page")
            .during(DURATION.plusSeconds((long) LOGIN_SPACING_SECONDS * Stack.intProperty("bench.officers", 25))).on(
                    exec(page("start page (trivial)", "/index.xhtml")), think());

    private static PopulationBuilder users(ScenarioBuilder scenario, String property, int defaultUsers,
                                           int spacingSeconds) {
        int users = Stack.intProperty(property, defaultUsers);
        return scenario.injectOpen(rampUsers(users).during(Duration.ofSeconds((long) spacingSeconds * users)));
    }

    {
        if (CYCLE == null || REVIEW_REQUEST == null) {
            throw new IllegalArgumentException("-Dbench.cycle=<the open cycle's id> and -Dbench.reviewRequest=<a"
                    + " request with a submitted version> are required (docs/performance.md says how to find them)");
        }
        setUp(users(officer, "bench.officers", 25, LOGIN_SPACING_SECONDS),
                // maker-a and maker-b in turn: each user's logins twice the spacing apart
                users(maker, "bench.makers", 25, LOGIN_SPACING_SECONDS),
                users(visitor, "bench.visitors", 2, 1))
                .protocols(Stack.protocol().disableCaching())
                .assertions(global().failedRequests().count().is(0L),
                        details("cycle dashboard, bodies paged (ajax)").responseTime().percentile(95.0).lte(200));
    }
}
