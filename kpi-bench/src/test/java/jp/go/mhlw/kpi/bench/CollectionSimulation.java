package jp.go.mhlw.kpi.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * P2, the follow-up collection at scale (docs/performance.md): on a stack whose database holds the generated hubs
 * ({@code GrowthData}, {@code -Dbench.grow=0}) and whose realm holds one reporter per hub ({@code gen-hub-00001} …,
 * organisation {@code GEN-HUB-00001} …, made by {@code scripts/bench-collection.sh}):
 * <ol>
 * <li>secretariat1 logs in through Keycloak's login form and opens a fiscal year ({@code bench.fiscalYear}, the
 * year the form offers) for {@code bench.bodies} (2,000) generated hubs on {@code /cycle/open.xhtml}, posted as its
 * button does (Faces ajax with the view state and PrimeFaces' CSP nonce), the form's other fields as it proposes them
 * and the due date {@code bench.dueDays} (60) days ahead;</li>
 * <li>the run waits until every request exists, every request's process waits at the reporter's step and every
 * request e-mail is recorded as sent ({@link CollectionMonitor} reads the database);</li>
 * <li>{@code bench.reporters} (8) bodies' systems at once, one body after another: its reporter's token (password
 * grant), its requests ({@code GET /api/report-requests}: exactly one, of this cycle), its report
 * ({@code POST …/versions}, 201);</li>
 * <li>meanwhile {@code bench.officers} (2) officers' systems as officer1 approve each version as it comes in
 * ({@code POST …/versions/{n}/approval}, 200);</li>
 * <li>then the run waits (at most {@code bench.settleSeconds}, 600) until the cycle's collection is over (every
 * request settled moves the cycle on) and prints the figures: the opening, the fan-out, submissions and approvals
 * per second, the 409s (each retried, at most {@code bench.attempts} times), the engine's retried jobs and
 * incidents, lost or duplicate requests, and how many request e-mails each body's mailbox on the stack's GreenMail
 * ({@code bench.mailApiUrl}) holds.</li>
 * </ol>
 * A 409 (the request's state or process does not allow the step now, e.g. an optimistic-lock failure) is counted
 * and tried again after a second; any other status fails the request.
 */
public class CollectionSimulation extends Simulation {

    static final int BODIES = Stack.intProperty("bench.bodies", 2_000);
    static final int REPORTERS = Stack.intProperty("bench.reporters", 8);
    static final int OFFICERS = Stack.intProperty("bench.officers", 2);
    static final int ATTEMPTS = Stack.intProperty("bench.attempts", 5);
    static final int DUE_DAYS = Stack.intProperty("bench.dueDays", 60);
    static final String FISCAL_YEAR = System.getProperty("bench.fiscalYear");
    static final int FAN_OUT_SECONDS = Stack.intProperty("bench.fanOutSeconds", 600);
    static final int SETTLE_SECONDS = Stack.intProperty("bench.settleSeconds", 600);
    static final String OFFICER = System.getProperty("bench.officer", "officer1");
    /** GreenMail's web API (the stack's port base + 90), where each body's mailbox is read at the end. */
    static final String MAIL_API_URL = System.getProperty("bench.mailApiUrl", "http://localhost:8090");

    /** SampleHubReport.of(4, 2) in the API's layout: no error, no warning for a body without last year's report. */
    static final String HUB_REPORT = """
            {"content": {"format": 1, "kind": "HUB_REPORT",
              "jointResearch": {"BASIC": {"cases": 4, "averageAmountThousandYen": 2400},
                "PRODUCT_DEVELOPMENT": {"cases": 2, "averageAmountThousandYen": 1800},
                "NON_CLINICAL": {"cases": 0}, "CLINICAL": {"cases": 0}},
              "cooperationWithOtherHubs": 2, "internationalTrialInfrastructure": 1, "platforms": ["REGULATORY_SCIENCE"],
              "courses": [{"name": "医療機器開発人材育成講座 第1期", "categories": [1], "participants": 35},
                {"name": "医療機器開発人材育成講座 第2期", "categories": [2], "participants": 50}]},
             "justifications": {}}""";

    private static final ConcurrentLinkedQueue<Integer> BODY_QUEUE = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<long[]> TO_APPROVE = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger REPORTERS_LEFT = new AtomicInteger(REPORTERS);
    private static final AtomicInteger SUBMITTED = new AtomicInteger();
    private static final AtomicInteger APPROVED = new AtomicInteger();
    private static final AtomicInteger SUBMIT_CONFLICTS = new AtomicInteger();
    private static final AtomicInteger APPROVAL_CONFLICTS = new AtomicInteger();
    private static final AtomicInteger GIVEN_UP = new AtomicInteger();
    private static final AtomicLong FIRST_SUBMITTED = new AtomicLong();
    private static final AtomicLong LAST_SUBMITTED = new AtomicLong();
    private static final AtomicLong FIRST_APPROVED = new AtomicLong();
    private static final AtomicLong LAST_APPROVED = new AtomicLong();
    private static final AtomicLong OPENING_ANSWERED = new AtomicLong();

    private static CollectionMonitor monitor;

    static String user(int body) {
        return String.format(Locale.ROOT, "gen-hub-%05d", body);
    }

    static String organisation(int body) {
        return String.format(Locale.ROOT, "GEN-HUB-%05d", body);
    }

    private static void stamp(AtomicLong first, AtomicLong last) {
        long now = System.currentTimeMillis();
        first.compareAndSet(0, now);
        last.accumulateAndGet(now, Math::max);
    }

    // ---- the secretariat opens the year -------------------------------------------------------------------

    private static HttpRequestActionBuilder openPage() {
        return http("opening form")
                .get("/cycle/open.xhtml")
                .header("Accept", "text/html")
                .check(status().is(200), substring("kc-form-login").notExists(),
                        css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                        regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").optional().saveAs("nonce"),
                        css("select[name='openForm:plan_input'] option[selected]", "value").saveAs("plan"),
                        css("input[name='openForm:fiscalYear_hinput']", "value").saveAs("fiscalYear"),
                        css("input[name='openForm:periodStart_input']", "value").saveAs("periodStart"),
                        css("input[name='openForm:periodEnd_input']", "value").saveAs("periodEnd"),
                        css("input[name='openForm:surveyReferenceDate_input']", "value").saveAs("reference"),
                        css("input[name='openForm:previousSnapshot_input']", "value").saveAs("previousSnapshot"),
                        css("input[name='openForm:currentSnapshot_input']", "value").saveAs("currentSnapshot"),
                        css("input[name='openForm:reminderDays']", "value").saveAs("reminderDays"),
                        css("input[name='openForm:bodies']", "value").count().saveAs("bodiesOffered"));
    }

    private static HttpRequestActionBuilder openPost() {
        List<Object> codes = IntStream.rangeClosed(1, BODIES).mapToObj(body -> (Object) organisation(body)).toList();
        return http("open the cycle")
                .post("/cycle/open.xhtml")
                .header("Faces-Request", "partial/ajax")
                .header("Accept", "application/xml, text/xml, */*")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", "openForm:open")
                .formParam("jakarta.faces.partial.execute", "openForm")
                .formParam("jakarta.faces.partial.render", "openForm")
                .formParam("openForm:open", "openForm:open")
                .formParam("openForm", "openForm")
                .formParam("openForm:plan_input", "#{plan}")
                .formParam("openForm:fiscalYear_input", "#{fiscalYear}")
                .formParam("openForm:fiscalYear_hinput", "#{fiscalYear}")
                .formParam("openForm:periodStart_input", "#{periodStart}")
                .formParam("openForm:periodEnd_input", "#{periodEnd}")
                .formParam("openForm:numerator_input", "1")
                .formParam("openForm:numerator_hinput", "1")
                .formParam("openForm:denominator_input", "1")
                .formParam("openForm:denominator_hinput", "1")
                .formParam("openForm:surveyReferenceDate_input", "#{reference}")
                .formParam("openForm:previousSnapshot_input", "#{previousSnapshot}")
                .formParam("openForm:currentSnapshot_input", "#{currentSnapshot}")
                .formParam("openForm:due_input", LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(DUE_DAYS).toString())
                .formParam("openForm:reminderDays", "#{reminderDays}")
                .multivaluedFormParam("openForm:bodies", codes)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200), substring("<error").notExists(),
                        regex("<redirect url=\"[^\"]*cycle=(\\d+)").saveAs("cycle"));
    }

    private final ScenarioBuilder secretariat = scenario("secretariat1: opens the year for the bodies")
            .exec(GrowthReadsSimulation.browserLogin("secretariat1", "/cycle/open.xhtml"))
            .exec(openPage())
            .exitHereIfFailed()
            .exec(session -> {
                System.out.println("opening form: " + session.getInt("bodiesOffered") + " bodies offered, plan "
                        + session.getString("plan") + ", fiscal year " + session.getString("fiscalYear"));
                Session withYear = FISCAL_YEAR == null ? session : session.set("fiscalYear", FISCAL_YEAR);
                return withYear.set("askedAt", System.currentTimeMillis());
            })
            .exec(openPost())
            .exitHereIfFailed()
            .exec(session -> {
                OPENING_ANSWERED.set(System.currentTimeMillis());
                monitor.follow(Long.parseLong(session.getString("cycle")), session.getLong("askedAt"));
                System.out.println("cycle " + session.getString("cycle") + " opened; waiting for its fan-out");
                return session;
            })
            .asLongAs(session -> !monitor.fannedOut()
                    && System.currentTimeMillis() - monitor.openedAt() < FAN_OUT_SECONDS * 1_000L).on(
                    pause(Duration.ofSeconds(1)));

    // ---- the bodies submit, the officers approve -----------------------------------------------------------

    /** Posts until it is answered with something else than 409, at most {@link #ATTEMPTS} times. */
    private static ChainBuilder untilNotConflict(String attemptKey, HttpRequestActionBuilder request,
                                                 AtomicInteger conflicts) {
        return exec(session -> session.set(attemptKey, 0).set("status", 409))
                .asLongAs(session -> session.getInt("status") == 409 && session.getInt(attemptKey) < ATTEMPTS).on(
                        doIf(session -> session.getInt(attemptKey) > 0).then(pause(Duration.ofSeconds(1))),
                        exec(session -> session.set(attemptKey, session.getInt(attemptKey) + 1)),
                        exec(request),
                        doIf(session -> session.getInt("status") == 409).then(exec(session -> {
                            conflicts.incrementAndGet();
                            return session;
                        })));
    }

    private final ScenarioBuilder reporters = scenario("bodies' systems: submit")
            .asLongAs(session -> !BODY_QUEUE.isEmpty()).on(
                    exec(session -> {
                        Integer body = BODY_QUEUE.poll();
                        return body == null ? session.remove("body") : session.set("body", body).set("user", user(body));
                    }),
                    doIf(session -> session.contains("body")).then(
                            exec(http("token")
                                    .post(Stack.TOKEN_ENDPOINT)
                                    .formParam("grant_type", "password")
                                    .formParam("client_id", Stack.CLIENT_ID)
                                    .formParam("username", "#{user}")
                                    .formParam("password", Stack.PASSWORD)
                                    .check(status().is(200), jsonPath("$.access_token").saveAs("userToken"))),
                            exec(http("body's requests")
                                    .get("/api/report-requests?page=0&size=50")
                                    .header("Authorization", "Bearer #{userToken}")
                                    .check(status().is(200), jsonPath("$[*].id").count().is(1),
                                            jsonPath("$[0].cycleId").is(session -> String.valueOf(monitor.cycleId())),
                                            jsonPath("$[0].state").is("NOT_STARTED"),
                                            jsonPath("$[0].id").ofLong().saveAs("request"))),
                            untilNotConflict("submitAttempt", http("submit")
                                    .post("/api/report-requests/#{request}/versions")
                                    .header("Authorization", "Bearer #{userToken}")
                                    .body(StringBody(HUB_REPORT)).asJson()
                                    .check(status().in(201, 409).saveAs("status"),
                                            jsonPath("$.version").ofInt().optional().saveAs("version")), SUBMIT_CONFLICTS),
                            doIfOrElse(session -> session.getInt("status") == 201).then(exec(session -> {
                                stamp(FIRST_SUBMITTED, LAST_SUBMITTED);
                                SUBMITTED.incrementAndGet();
                                TO_APPROVE.add(new long[] {session.getLong("request"), session.getInt("version")});
                                return session;
                            })).orElse(exec(session -> {
                                GIVEN_UP.incrementAndGet();
                                return session;
                            }))))
            .exec(session -> {
                REPORTERS_LEFT.decrementAndGet();
                return session;
            });

    private final ScenarioBuilder officers = scenario("officers' systems: approve")
            .exec(session -> session.set("user", OFFICER))
            .asLongAs(session -> REPORTERS_LEFT.get() > 0 || !TO_APPROVE.isEmpty()).on(
                    Stack.freshTokens("user"),
                    exec(session -> {
                        long[] next = TO_APPROVE.poll();
                        return next == null ? session.remove("request")
                                : session.set("request", next[0]).set("version", next[1]);
                    }),
                    doIfOrElse(session -> session.contains("request")).then(
                            untilNotConflict("approvalAttempt", http("approve")
                                    .post("/api/report-requests/#{request}/versions/#{version}/approval")
                                    .header("Authorization", "Bearer #{userToken}")
                                    .body(StringBody("{}")).asJson()
                                    .check(status().in(200, 409).saveAs("status")), APPROVAL_CONFLICTS),
                            doIfOrElse(session -> session.getInt("status") == 200).then(exec(session -> {
                                stamp(FIRST_APPROVED, LAST_APPROVED);
                                APPROVED.incrementAndGet();
                                return session;
                            })).orElse(exec(session -> {
                                GIVEN_UP.incrementAndGet();
                                return session;
                            }))).orElse(pause(Duration.ofMillis(200))));

    @Override
    public void before() {
        IntStream.rangeClosed(1, BODIES).forEach(BODY_QUEUE::add);
        try {
            monitor = new CollectionMonitor(BODIES);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("P2 reads the stack's database at " + CollectionMonitor.JDBC_URL
                    + " (-Dbench.jdbcUrl): " + unreachable.getMessage(), unreachable);
        }
    }

    @Override
    public void after() {
        try (CollectionMonitor watched = monitor) {
            long deadline = System.currentTimeMillis() + SETTLE_SECONDS * 1_000L;
            while (watched.collectionOverAt == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
            }
            Thread.sleep(1_000);
            new CollectionFigures(watched, BODIES).print(OPENING_ANSWERED.get(), SUBMITTED.get(),
                    FIRST_SUBMITTED.get(), LAST_SUBMITTED.get(), APPROVED.get(), FIRST_APPROVED.get(),
                    LAST_APPROVED.get(), SUBMIT_CONFLICTS.get(), APPROVAL_CONFLICTS.get(), GIVEN_UP.get());
            new CollectionFigures(watched, BODIES).printMailbox(MAIL_API_URL);
        } catch (SQLException | InterruptedException failed) {
            throw new IllegalStateException("P2's figures could not be read: " + failed, failed);
        }
    }

    {
        List<io.gatling.javaapi.core.PopulationBuilder> afterOpening = new ArrayList<>();
        // every body is a user of its own: its systems may log in at the same time
        afterOpening.add(reporters.injectOpen(atOnceUsers(REPORTERS)));
        // officer1's logins 5 seconds apart: Keycloak refuses a login of a user while another of it is under way
        afterOpening.add(officers.injectOpen(rampUsers(OFFICERS).during(Duration.ofSeconds(5L * OFFICERS))));
        setUp(secretariat.injectOpen(atOnceUsers(1)).andThen(afterOpening))
                .protocols(Stack.protocol().disableCaching())
                .assertions(global().failedRequests().count().is(0L));
    }
}
