package jp.go.mhlw.kpi.bench;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * P4 "data growth" (docs/performance.md): the same reads on the demo grown by {@code GrowthData} to 1 year and to 10
 * years, for {@code bench.seconds} (120), four kinds of readers at once, each reading in a loop without pause:
 * <ul>
 * <li>{@code bench.secretaries} (2) as secretariat1, logged in once per virtual user through Keycloak's login form:
 * the open cycle's dashboard ({@code -Dbench.cycle=<id>}, required; GrowthData prints it) and a KPI's history
 * ({@code bench.kpi}, G1-TRAINING-PARTICIPANTS of PLAN-2);</li>
 * <li>{@code bench.admins} (1) as admin1, logged in the same way: the audit search page (the newest records) and a
 * search by organisation (MAKER-A), posted as the page's search button does;</li>
 * <li>{@code bench.officers} (2) as officer1 with a bearer token: the supply case list's first page and its last
 * page ({@code size=50});</li>
 * <li>{@code bench.publicReaders} (2), no login: the published report of {@code bench.reportCycle}
 * (PLAN-2-FY2021, the newest published by GrowthData in every run), its CSV and the list of published reports.</li>
 * </ul>
 * Every request checks its status (and that a page is the page asked for, not the login form); a run with any
 * failed request fails. Logins and tokens are apart in the report ("login …", "token").
 */
public class GrowthReadsSimulation extends Simulation {

    static final Duration DURATION = Duration.ofSeconds(Stack.intProperty("bench.seconds", 120));
    static final String CYCLE = System.getProperty("bench.cycle");
    static final String REPORT_CYCLE = System.getProperty("bench.reportCycle", "PLAN-2-FY2021");
    static final String KPI = System.getProperty("bench.kpi", "G1-TRAINING-PARTICIPANTS");
    static final String ORGANISATION = System.getProperty("bench.auditOrganisation", "MAKER-A");
    static final int PAGE_SIZE = 50;
    private static final AtomicBoolean AUDIT_ANSWER_SHOWN = new AtomicBoolean();

    /** A Faces page as the browser asks for it, checked to be that page rather than Keycloak's login form. */
    private static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path)
                .header("Accept", "text/html")
                .check(status().is(200), substring("kc-form-login").notExists());
    }

    /**
     * The browser login, once per virtual user: the protected page asked for sends to Keycloak's login form, whose
     * form is posted with the user's password; Keycloak sends back to the application's callback, which sends to
     * the page first asked for.
     */
    static ChainBuilder browserLogin(String user, String firstPath) {
        return exec(http("login " + user + ": form")
                .get(firstPath)
                .header("Accept", "text/html")
                .check(status().is(200), css("form#kc-form-login", "action")
                        .transform(action -> action.replace("&amp;", "&")).saveAs("loginAction")))
                .exitHereIfFailed()
                .exec(http("login " + user + ": password")
                        .post("#{loginAction}")
                        .header("Accept", "text/html")
                        .formParam("username", user)
                        .formParam("password", Stack.PASSWORD)
                        .formParam("credentialId", "")
                        .check(status().is(200), substring("kc-form-login").notExists()))
                .exitHereIfFailed();
    }

    private final String dashboard = "/cycle/dashboard.xhtml?cycle=" + CYCLE;
    private final String history = "/catalogue/kpi.xhtml?plan=PLAN-2&kpi=" + KPI;

    private final ScenarioBuilder secretariat = scenario("secretariat1: dashboard, KPI history")
            .exec(browserLogin("secretariat1", dashboard))
            .during(DURATION).on(
                    exec(page("cycle dashboard", dashboard).check(css("[id='dashboard:requested']").exists())),
                    exec(page("KPI history", history).check(css("[id='valuesForm:values']").exists())));

    private final ScenarioBuilder admin = scenario("admin1: audit search")
            .exec(browserLogin("admin1", "/admin/audit.xhtml"))
            .during(DURATION).on(
                    exec(page("audit, newest", "/admin/audit.xhtml")
                            .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                                    // PrimeFaces' CSP: an ajax request carries the page's nonce
                                    regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").optional().saveAs("nonce"))),
                    exec(http("audit, by organisation")
                            .post("/admin/audit.xhtml")
                            .header("Faces-Request", "partial/ajax")
                            .header("Accept", "application/xml, text/xml, */*")
                            .formParam("jakarta.faces.partial.ajax", "true")
                            .formParam("jakarta.faces.source", "auditForm:search")
                            .formParam("jakarta.faces.partial.execute", "auditForm")
                            .formParam("jakarta.faces.partial.render", "auditForm")
                            .formParam("auditForm:search", "auditForm:search")
                            .formParam("auditForm", "auditForm")
                            .formParam("auditForm:actor", "")
                            .formParam("auditForm:organisation", ORGANISATION)
                            .formParam("auditForm:objectType", "")
                            .formParam("auditForm:objectId", "")
                            .formParam("auditForm:from_input", "")
                            .formParam("auditForm:until_input", "")
                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                            .formParam("primefaces.nonce", "#{nonce}")
                            .check(status().is(200), substring("<partial-response").exists(),
                                    substring("<error").notExists(), bodyString().saveAs("auditAnswer"))),
                    exec(session -> {
                        if (AUDIT_ANSWER_SHOWN.compareAndSet(false, true)) {
                            String answer = session.getString("auditAnswer");
                            System.out.println("audit search answer (first 1,500 characters): "
                                    + answer.substring(0, Math.min(1_500, answer.length())));
                        }
                        return session;
                    }));

    private final ScenarioBuilder officer = scenario("officer1: supply case list")
            .exec(session -> session.set("user", "officer1"))
            .during(DURATION).on(
                    Stack.freshTokens("user"),
                    exec(http("case list, first page")
                            .get("/api/supply-cases?page=0&size=" + PAGE_SIZE)
                            .header("Authorization", "Bearer #{userToken}")
                            .check(status().is(200), jsonPath("$[0].caseNumber").exists(),
                                    header("X-Total-Count").saveAs("total"))),
                    exec(session -> session.set("lastPage",
                            SupplyReadsSimulation.pages(Integer.parseInt(session.getString("total"))) - 1)),
                    exec(http("case list, last page")
                            .get("/api/supply-cases?page=#{lastPage}&size=" + PAGE_SIZE)
                            .header("Authorization", "Bearer #{userToken}")
                            .check(status().is(200), jsonPath("$[0].caseNumber").exists())));

    private final ScenarioBuilder publicReader = scenario("public: published report")
            .during(DURATION).on(
                    exec(page("public report", "/public/report.xhtml?cycle=" + REPORT_CYCLE)),
                    exec(http("public report CSV")
                            .get("/public/download/report.csv?cycle=" + REPORT_CYCLE)
                            .header("Accept", "text/csv")
                            .check(status().is(200))),
                    exec(page("public reports", "/public/reports.xhtml")));

    private static PopulationBuilder users(ScenarioBuilder scenario, String property, int defaultUsers) {
        int users = Stack.intProperty(property, defaultUsers);
        // one every 5 seconds: Keycloak refuses a login of a user while another of the same user is under way (its
        // brute-force protection is on), and the first logins, on a server just started, take more than a second
        return scenario.injectOpen(rampUsers(users).during(Duration.ofSeconds(5L * users)));
    }

    {
        if (CYCLE == null) {
            throw new IllegalArgumentException("-Dbench.cycle=<the open cycle's id> is required (GrowthData prints it)");
        }
        setUp(users(secretariat, "bench.secretaries", 2),
                users(admin, "bench.admins", 1),
                users(officer, "bench.officers", 2),
                users(publicReader, "bench.publicReaders", 2))
                // no HTTP cache: every loop asks the server again (the CSV's answer may be cached by its headers)
                .protocols(Stack.protocol().disableCaching())
                .assertions(global().failedRequests().count().is(0L));
    }
}
