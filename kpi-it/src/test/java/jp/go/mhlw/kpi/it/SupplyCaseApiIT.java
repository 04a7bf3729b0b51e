package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supply-disruption reporting through the REST API, with real Keycloak tokens, on Payara with PostgreSQL: the
 * demo manufacturers MAKER-A (maker-a) and MAKER-B (maker-b), the ministry officer officer1 and norole1 (MAKER-A,
 * no role). Every test opens the cases it needs, so the tests do not depend on each other or on their order.
 */
@ExtendWith(ArquillianExtension.class)
class SupplyCaseApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CASES = "/api/supply-cases";

    /** A first report with blanks: only the product, the kind of disruption and a contact. */
    private static final String FIRST_REPORT = """
            {"productName": "デモカテーテルA 5Fr",
             "disruptionKind": "SHORTAGE",
             "contact": {"name": "山田 太郎", "phone": "03-0000-0000"}}""";

    /** An additional report needs every field; this one has no start date. */
    private static final String ADDITIONAL_REPORT_WITHOUT_START_DATE = """
            {"kind": "ADDITIONAL", "report": {
              "productName": "デモカテーテルA 5Fr", "approvalNumber": "30200BZX00001000", "jmdnCode": "35094000",
              "deviceClass": "CLASS_IV", "affectedLots": [{"model": "DC-A-100", "lotNumber": "LOT2026-04", "quantity": 1200}],
              "disruptionKind": "SHORTAGE", "cause": {"category": "RAW_MATERIAL", "detail": "樹脂の供給停止"},
              "expectedRecoveryOrEndDate": "2026-09-30", "stockOnHand": 3000, "stockMonths": 2.5, "monthlyDemand": 1200,
              "alternatives": [{"productName": "デモカテーテルB", "makerName": "デモ医療機器株式会社B", "makerOrganisationCode": "MAKER-B"}],
              "assessedImpact": "LARGE", "impactReasoning": "代替品の供給余力が限られるため",
              "informationGiven": "2026-04-03 学会・主要医療機関へ通知",
              "contact": {"name": "山田 太郎", "department": "品質保証部", "phone": "03-0000-0000", "email": "yamada@example.jp"}}}""";

    private static final String COMPLETE_ADDITIONAL_REPORT = ADDITIONAL_REPORT_WITHOUT_START_DATE
            .replace("\"expectedRecoveryOrEndDate\"", "\"startDate\": \"2026-04-01\", \"expectedRecoveryOrEndDate\"");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @Test
    void aManufacturerOpensACaseWithAFirstReportWithBlanks() throws Exception {
        HttpResponse<String> response = post(CASES, FIRST_REPORT, Tokens.accessToken("maker-a"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject opened = object(response);
        String caseNumber = opened.getString("caseNumber");
        assertThat(caseNumber).matches("SC-\\d{4}-\\d{6}");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(CASES + "/" + caseNumber));
        assertThat(opened.getString("manufacturerOrganisation")).isEqualTo("MAKER-A");
        assertThat(opened.getString("state")).isEqualTo("REPORTED");
        JsonObject version = opened.getJsonArray("versions").getJsonObject(0);
        assertThat(version.getInt("number")).isEqualTo(1);
        assertThat(version.getString("kind")).isEqualTo("FIRST");
        assertThat(version.getString("form")).isEqualTo("10-2");
        assertThat(version.getString("filedBy")).isEqualTo("maker-a");
        assertThat(version.getJsonObject("report").getString("productName")).isEqualTo("デモカテーテルA 5Fr");
        assertThat(version.getJsonObject("report").containsKey("startDate")).isFalse();

        HttpResponse<String> read = get(CASES + "/" + caseNumber, Tokens.accessToken("maker-a"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(object(read).getJsonArray("versions")).hasSize(1);
        assertThat(caseNumbers(get(CASES, Tokens.accessToken("maker-a")))).contains(caseNumber);
    }

    @Test
    void anAdditionalReportWithABlankRequiredFieldIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String caseNumber = openCaseOfMakerA();

        HttpResponse<String> response = post(CASES + "/" + caseNumber + "/reports", ADDITIONAL_REPORT_WITHOUT_START_DATE,
                Tokens.accessToken("maker-a"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonObject problem = object(response);
        assertThat(problem.getString("kind")).isEqualTo("ADDITIONAL");
        JsonArray violations = problem.getJsonArray("violations");
        assertThat(violations).hasSize(1);
        JsonObject violation = violations.getJsonObject(0);
        assertThat(violation.getString("field")).isEqualTo("startDate");
        assertThat(violation.getString("messageJa")).contains("発生日", "必須");
        assertThat(violation.getString("messageEn")).contains("Start date", "required");
        JsonObject stored = object(get(CASES + "/" + caseNumber, Tokens.accessToken("maker-a")));
        assertThat(stored.getJsonArray("versions")).hasSize(1);
        assertThat(stored.getString("state")).isEqualTo("REPORTED");
    }

    @Test
    void aCompleteAdditionalReportBecomesVersion2() throws Exception {
        String caseNumber = openCaseOfMakerA();

        HttpResponse<String> response = post(CASES + "/" + caseNumber + "/reports", COMPLETE_ADDITIONAL_REPORT,
                Tokens.accessToken("maker-a"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(CASES + "/" + caseNumber + "/reports/2");
        assertThat(object(response).getString("state")).isEqualTo("UNDER_TRIAGE");
        HttpResponse<String> version = get(URI.create(location).getPath(), Tokens.accessToken("maker-a"));
        assertThat(version.statusCode()).isEqualTo(200);
        JsonObject filed = object(version);
        assertThat(filed.getString("kind")).isEqualTo("ADDITIONAL");
        assertThat(filed.getJsonObject("report").getString("startDate")).isEqualTo("2026-04-01");
        assertThat(filed.getJsonObject("report").getJsonNumber("stockMonths").bigDecimalValue()).isEqualByComparingTo("2.5");
        // a second first report is not what the case accepts now
        HttpResponse<String> again = post(CASES + "/" + caseNumber + "/reports",
                "{\"kind\": \"FIRST\", \"report\": " + FIRST_REPORT + "}", Tokens.accessToken("maker-a"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    }

    @Test
    void anotherManufacturersCaseIsNotFoundForReadingAndForReporting() throws Exception {
        String caseNumber = openCaseOfMakerA();
        String makerB = Tokens.accessToken("maker-b");

        HttpResponse<String> read = get(CASES + "/" + caseNumber, makerB);
        HttpResponse<String> report = post(CASES + "/" + caseNumber + "/reports", COMPLETE_ADDITIONAL_REPORT, makerB);
        HttpResponse<String> unknown = get(CASES + "/SC-1999-999999", makerB);

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        // the answer does not tell another manufacturer's case from one that does not exist
        assertThat(object(read).getString("message")).isEqualTo("There is no supply case " + caseNumber + " for you");
        assertThat(object(report).getString("message")).isEqualTo("There is no supply case " + caseNumber + " for you");
        assertThat(caseNumbers(get(CASES, makerB))).doesNotContain(caseNumber);
        assertThat(object(get(CASES + "/" + caseNumber, Tokens.accessToken("maker-a"))).getJsonArray("versions")).hasSize(1);
    }

    @Test
    void aMinistryOfficerReadsTheCaseButFilesNoReport() throws Exception {
        String caseNumber = openCaseOfMakerA();
        String officer = Tokens.accessToken("officer1");

        HttpResponse<String> read = get(CASES + "/" + caseNumber, officer);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(object(read).getString("manufacturerOrganisation")).isEqualTo("MAKER-A");
        assertThat(caseNumbers(get(CASES, officer))).contains(caseNumber);

        assertThat(post(CASES + "/" + caseNumber + "/reports", COMPLETE_ADDITIONAL_REPORT, officer).statusCode()).isEqualTo(403);
        assertThat(post(CASES, FIRST_REPORT, officer).statusCode()).isEqualTo(403);
    }

    @Test
    void aUserWithoutRoleIsRefusedWith403EvenInTheManufacturersOrganisation() throws Exception {
        String caseNumber = openCaseOfMakerA();
        String noRole = Tokens.accessToken("norole1");

        assertThat(get(CASES, noRole).statusCode()).isEqualTo(403);
        assertThat(get(CASES + "/" + caseNumber, noRole).statusCode()).isEqualTo(403);
        assertThat(post(CASES, FIRST_REPORT, noRole).statusCode()).isEqualTo(403);
        assertThat(post(CASES + "/" + caseNumber + "/reports", COMPLETE_ADDITIONAL_REPORT, noRole).statusCode()).isEqualTo(403);
    }

    @Test
    void withoutATokenEverythingIs401() throws Exception {
        assertThat(get(CASES, null).statusCode()).isEqualTo(401);
        assertThat(get(CASES + "/SC-2026-000001", null).statusCode()).isEqualTo(401);
        HttpResponse<String> post = post(CASES, FIRST_REPORT, null);
        assertThat(post.statusCode()).isEqualTo(401);
        assertThat(post.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void malformedJsonAndValuesNoReportCanHoldAre400WithAClearMessage() throws Exception {
        String makerA = Tokens.accessToken("maker-a");

        HttpResponse<String> notJson = post(CASES, "{\"productName\": \"X\",", makerA);
        assertThat(notJson.statusCode()).as(notJson.body()).isEqualTo(400);
        assertThat(object(notJson).getString("message")).startsWith("The request body is not valid JSON");

        HttpResponse<String> badEnum = post(CASES, FIRST_REPORT.replace("SHORTAGE", "SHORT"), makerA);
        assertThat(badEnum.statusCode()).as(badEnum.body()).isEqualTo(400);
        JsonObject detail = object(badEnum).getJsonArray("problems").getJsonObject(0);
        assertThat(detail.getString("field")).isEqualTo("disruptionKind");
        assertThat(detail.getString("message")).contains("'SHORT'", "INSTABILITY, SHORTAGE, TERMINATION");

        HttpResponse<String> badKind = post(CASES + "/" + openCaseOfMakerA() + "/reports",
                COMPLETE_ADDITIONAL_REPORT.replace("\"ADDITIONAL\"", "\"EXTRA\""), makerA);
        assertThat(badKind.statusCode()).as(badKind.body()).isEqualTo(400);
        assertThat(object(badKind).getJsonArray("problems").getJsonObject(0).getString("field")).isEqualTo("kind");

        HttpResponse<String> misspelt = post(CASES, FIRST_REPORT.replace("\"productName\"", "\"prodctName\""), makerA);
        assertThat(misspelt.statusCode()).as(misspelt.body()).isEqualTo(400);

        HttpResponse<String> badDate = post(CASES, FIRST_REPORT.replace("{\"productName\"",
                "{\"startDate\": \"2026-13-01\", \"productName\""), makerA);
        assertThat(badDate.statusCode()).as(badDate.body()).isEqualTo(400);

        HttpResponse<String> negative = post(CASES, FIRST_REPORT.replace("{\"productName\"",
                "{\"stockOnHand\": -5, \"productName\""), makerA);
        assertThat(negative.statusCode()).as(negative.body()).isEqualTo(400);
        assertThat(object(negative).getString("message")).contains("stockOnHand must not be negative");

        HttpResponse<String> notJsonType = HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + CASES))
                .header("Authorization", "Bearer " + makerA).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(FIRST_REPORT)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notJsonType.statusCode()).isEqualTo(415);
    }

    @Test
    void aBodyBeyondTheLimitIsRefusedWith413() throws Exception {
        String huge = FIRST_REPORT.replace("\"disruptionKind\"", "\"impactReasoning\": \"" + "x".repeat(300 * 1024)
                + "\", \"disruptionKind\"");

        HttpResponse<String> response = post(CASES, huge, Tokens.accessToken("maker-a"));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> document = HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + "/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/supply-cases", "/supply-cases/{caseNumber}/reports", "SupplyReport",
                "FieldViolation", "bearer");
    }

    private static String openCaseOfMakerA() throws Exception {
        HttpResponse<String> response = post(CASES, FIRST_REPORT, Tokens.accessToken("maker-a"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return object(response).getString("caseNumber");
    }

    private static List<String> caseNumbers(HttpResponse<String> list) {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Json.createReader(new StringReader(list.body())).readArray().stream()
                .map(line -> ((JsonString) line.asJsonObject().get("caseNumber")).getString())
                .toList();
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return ApiIT.get(path, token);
    }

    private static HttpResponse<String> post(String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
