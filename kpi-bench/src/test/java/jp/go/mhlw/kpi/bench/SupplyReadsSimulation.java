package jp.go.mhlw.kpi.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * P4-style reads (docs/performance.md): {@code bench.readers} callers (8) for {@code bench.seconds} (60), taking
 * turns as officer1, maker-a and maker-b, each reading the first page of its supply cases ({@code size=50}), then a
 * page drawn from those the list has ({@code X-Total-Count}), and the public list of published reports, which needs
 * no login. With {@code -Dbench.reportCycle=PLAN-2-FY2023} (a cycle published on the stack) each round also
 * downloads that cycle's report as CSV. Every request must answer 200.
 */
public class SupplyReadsSimulation extends Simulation {

    static final int READERS = Stack.intProperty("bench.readers", 8);
    static final Duration DURATION = Duration.ofSeconds(Stack.intProperty("bench.seconds", 60));
    static final int PAGE_SIZE = 50;
    static final String REPORT_CYCLE = System.getProperty("bench.reportCycle");

    private final ChainBuilder round = exec(
            Stack.freshTokens("user"),
            exec(http("supply cases, first page")
                    .get("/api/supply-cases?page=0&size=" + PAGE_SIZE)
                    .header("Authorization", "Bearer #{userToken}")
                    .check(status().is(200), jsonPath("$").exists(), header("X-Total-Count").saveAs("total"))),
            exec(session -> session.set("page", ThreadLocalRandom.current().nextInt(pages(Integer.parseInt(session.getString("total")))))),
            exec(http("supply cases, a page")
                    .get("/api/supply-cases?page=#{page}&size=" + PAGE_SIZE)
                    .header("Authorization", "Bearer #{userToken}")
                    .check(status().is(200), jsonPath("$").exists())),
            exec(http("public reports")
                    .get("/public/reports.xhtml")
                    .header("Accept", "text/html")
                    .check(status().is(200))));

    private final ScenarioBuilder reading = scenario("P4 reads")
            .feed(listFeeder(List.<Map<String, Object>>of(
                    Map.of("user", "officer1"), Map.of("user", "maker-a"), Map.of("user", "maker-b"))).circular())
            .during(DURATION).on(REPORT_CYCLE == null ? round : round.exec(http("public report CSV")
                    .get("/public/download/report.csv?cycle=" + REPORT_CYCLE)
                    .header("Accept", "text/csv")
                    .check(status().is(200))));

    static int pages(int total) {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    {
        setUp(reading.injectOpen(Stack.oneUserASecond(READERS)))
                .protocols(Stack.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}
