package jp.go.mhlw.kpi.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * P1, supply filing through the API (docs/performance.md): {@code bench.makers} manufacturers' systems (8) at once,
 * taking turns as maker-a and maker-b, each filing {@code bench.casesPerMaker} cases (50) one after another: a first
 * report with blanks (201, the case REPORTED), the complete additional report (201, UNDER_TRIAGE), then the ministry
 * officer ({@code bench.officer}, officer1) reads the case to triage it (200, UNDER_TRIAGE). The API has no triage
 * operation (the officer decides on the case screen), so the officer's part here is that read.
 *
 * <p>Every request must answer its status; {@code -Dbench.minCasesPerSecond=x} also asserts the rate of additional
 * reports, which is the rate of cases carried from start to triage (the budget: 0.7 × the bare engine's figure).
 */
public class SupplyFilingSimulation extends Simulation {

    /** The body of SupplyCaseApiIT.FIRST_REPORT: only the product, the kind of disruption and a contact. */
    static final String FIRST_REPORT = """
            {"productName": "デモカテーテルA 5Fr",
             "disruptionKind": "SHORTAGE",
             "contact": {"name": "山田 太郎", "phone": "03-0000-0000"}}""";

    /** SupplyCaseApiIT.COMPLETE_ADDITIONAL_REPORT: every field an additional report needs. */
    static final String ADDITIONAL_REPORT = """
            {"kind": "ADDITIONAL", "report": {
              "productName": "デモカテーテルA 5Fr", "approvalNumber": "30200BZX00001000", "jmdnCode": "35094000",
              "deviceClass": "CLASS_IV", "affectedLots": [{"model": "DC-A-100", "lotNumber": "LOT2026-04", "quantity": 1200}],
              "disruptionKind": "SHORTAGE", "cause": {"category": "RAW_MATERIAL", "detail": "樹脂の供給停止"},
              "startDate": "2026-04-01", "expectedRecoveryOrEndDate": "2026-09-30", "stockOnHand": 3000,
              "stockMonths": 2.5, "monthlyDemand": 1200,
              "alternatives": [{"productName": "デモカテーテルB", "makerName": "デモ医療機器株式会社B", "makerOrganisationCode": "MAKER-B"}],
              "assessedImpact": "LARGE", "impactReasoning": "代替品の供給余力が限られるため",
              "informationGiven": "2026-04-03 学会・主要医療機関へ通知",
              "contact": {"name": "山田 太郎", "department": "品質保証部", "phone": "03-0000-0000", "email": "yamada@example.jp"}}}""";

    static final int MAKERS = Stack.intProperty("bench.makers", 8);
    static final int CASES_PER_MAKER = Stack.intProperty("bench.casesPerMaker", 50);
    static final String OFFICER = System.getProperty("bench.officer", "officer1");

    private final ScenarioBuilder filing = scenario("P1 supply filing")
            .feed(listFeeder(List.<Map<String, Object>>of(
                    Map.of("maker", "maker-a", "officer", OFFICER),
                    Map.of("maker", "maker-b", "officer", OFFICER))).circular())
            .repeat(CASES_PER_MAKER).on(
                    Stack.freshTokens("maker", "officer"),
                    exec(session -> session.remove("caseNumber")),
                    exec(http("first report")
                            .post("/api/supply-cases")
                            .header("Authorization", "Bearer #{makerToken}")
                            .body(StringBody(FIRST_REPORT)).asJson()
                            .check(status().is(201), header("Location").exists(),
                                    jsonPath("$.state").is("REPORTED"), jsonPath("$.caseNumber").saveAs("caseNumber"))),
                    exec(http("additional report")
                            .post("/api/supply-cases/#{caseNumber}/reports")
                            .header("Authorization", "Bearer #{makerToken}")
                            .body(StringBody(ADDITIONAL_REPORT)).asJson()
                            .check(status().is(201), jsonPath("$.state").is("UNDER_TRIAGE"))),
                    exec(http("officer reads the case")
                            .get("/api/supply-cases/#{caseNumber}")
                            .header("Authorization", "Bearer #{officerToken}")
                            .check(status().is(200), jsonPath("$.state").is("UNDER_TRIAGE"))));

    {
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(global().failedRequests().count().is(0L));
        String minCasesPerSecond = System.getProperty("bench.minCasesPerSecond");
        if (minCasesPerSecond != null) {
            assertions.add(details("additional report").requestsPerSec().gte(Double.parseDouble(minCasesPerSecond)));
        }
        setUp(filing.injectOpen(Stack.oneUserASecond(MAKERS)))
                .protocols(Stack.protocol())
                .assertions(assertions);
    }
}
