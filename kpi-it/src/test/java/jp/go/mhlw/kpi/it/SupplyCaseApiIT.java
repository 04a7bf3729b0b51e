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
import java.nio.charset.StandardCharsets;
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
    static final String FIRST_REPORT = """
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

    static final String COMPLETE_ADDITIONAL_REPORT = ADDITIONAL_REPORT_WITHOUT_START_DATE
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

    /** Two of the maker's systems send the additional report of one case at the same moment. */
    @Test
    void twoSystemsFilingOnTheSameCaseAtOnceStoreOneVersionAndTheOtherIsToldWhy() throws Exception {
        String caseNumber = openCaseOfMakerA();
        String token = Tokens.accessToken("maker-a");
        String path = CASES + "/" + caseNumber + "/reports";

        List<HttpResponse<String>> answers = AtOnce.call(() -> post(path, COMPLETE_ADDITIONAL_REPORT, token),
                () -> post(path, COMPLETE_ADDITIONAL_REPORT, token), () -> post(path, COMPLETE_ADDITIONAL_REPORT, token));

        String bodies = answers.stream().map(answer -> answer.statusCode() + " " + answer.body()).toList().toString();
        assertThat(answers).as(bodies).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409, 409);
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 409) {
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(answer.body()).doesNotContain("Exception").doesNotContain("jp.go.mhlw");
            } else {
                assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(path + "/2");
            }
        }
        JsonObject stored = object(get(CASES + "/" + caseNumber, token));
        assertThat(stored.getJsonArray("versions")).hasSize(2);
        assertThat(stored.getString("state")).isEqualTo("UNDER_TRIAGE");
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
        assertThat(everyCaseNumber(makerB)).doesNotContain(caseNumber);
        JsonObject own = object(get(CASES + "/" + caseNumber, Tokens.accessToken("maker-a")));
        assertThat(own.getJsonArray("versions")).hasSize(1);
        assertThat(own.getJsonArray("timeline")).as("nothing decided yet (SupplyScreensIT follows a timeline)").isEmpty();
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
    void theListComesAPageAtATimeNewestFirstWithALinkToTheNextPage() throws Exception {
        String older = openCaseOfMakerA();
        String newer = openCaseOfMakerA();
        String makerA = Tokens.accessToken("maker-a");

        HttpResponse<String> first = get(CASES + "?size=1", makerA);
        assertThat(caseNumbers(first)).containsExactly(newer);
        assertThat(Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow())).isGreaterThanOrEqualTo(2);
        String next = link(first, "next").orElseThrow(() -> new AssertionError("no next page: " + first.headers()));
        assertThat(next).contains("page=1", "size=1");

        HttpResponse<String> second = get(next, makerA);
        assertThat(caseNumbers(second)).containsExactly(older);
        assertThat(link(second, "prev")).hasValueSatisfying(prev -> assertThat(prev).contains("page=0", "size=1"));
        assertThat(caseNumbers(get(CASES + "?page=0&size=2", makerA))).containsExactly(newer, older);
        assertThat(caseNumbers(get(CASES + "?page=100000&size=200", makerA))).isEmpty();
        for (String refused : List.of("?size=0", "?size=201", "?page=-1", "?page=x", "?size=1.5")) {
            HttpResponse<String> answer = get(CASES + refused, makerA);
            assertThat(answer.statusCode()).as(refused).isEqualTo(400);
            assertThat(answer.body()).as(refused).doesNotContain("java.", "Exception");
        }
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
        assertThat(object(notJson).getString("message")).startsWith("The request body is not well-formed JSON");

        HttpResponse<String> badEnum = post(CASES, FIRST_REPORT.replace("SHORTAGE", "SHORT"), makerA);
        assertThat(badEnum.statusCode()).as(badEnum.body()).isEqualTo(400);
        JsonObject detail = object(badEnum).getJsonArray("problems").getJsonObject(0);
        assertThat(detail.getString("field")).isEqualTo("disruptionKind");
        assertThat(detail.getString("message")).contains("\"SHORT\"", "INSTABILITY, SHORTAGE, TERMINATION");

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
        assertThat(object(negative).getString("message")).contains("stockOnHand must be a number from 0 to");

        HttpResponse<String> notJsonType = HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + CASES))
                .header("Authorization", "Bearer " + makerA).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(FIRST_REPORT)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notJsonType.statusCode()).isEqualTo(415);
    }

    /**
     * Figures that were once stored wrong (wrapped around, rounded, cut to zero) or refused with a wrong reason, a number
     * for a text and a text for a number: each is 400 naming the member, in Japanese and English, without a class
     * name, and no case is opened.
     */
    @Test
    void figuresAreTakenExactlyOrRefusedNamingTheMemberAndNothingIsStored() throws Exception {
        String makerA = Tokens.accessToken("maker-a");
        List<String> before = caseNumbers(get(CASES, makerA));
        String[][] refusals = {
                {"\"stockOnHand\": 18446744073709551716", "stockOnHand"},
                {"\"stockOnHand\": 1e308", "stockOnHand"},
                {"\"stockOnHand\": 2.7", "stockOnHand"},
                {"\"stockOnHand\": 10000000000000000000000000000000000000000", "stockOnHand"},
                {"\"stockOnHand\": \"100\"", "stockOnHand"},
                {"\"monthlyDemand\": 1000000000000", "monthlyDemand"},
                {"\"marketSharePercent\": 100.01", "marketSharePercent"},
                {"\"stockMonths\": 2.555", "stockMonths"},
                {"\"startDate\": \"9999-12-31\"", "startDate"},
                {"\"affectedLots\": [{\"model\": \"M\", \"quantity\": 1.5}]", "affectedLots[0].quantity"}};
        for (String[] refusal : refusals) {
            HttpResponse<String> response = post(CASES, FIRST_REPORT.replace("{\"productName\"",
                    "{" + refusal[0] + ", \"productName\""), makerA);
            assertRefusedAt(response, refusal[1]);
        }
        assertRefusedAt(post(CASES, FIRST_REPORT.replace("\"デモカテーテルA 5Fr\"", "12345"), makerA), "productName");

        assertThat(caseNumbers(get(CASES, makerA))).isEqualTo(before);
    }

    /** Texts beyond their length, control and bidi characters, no e-mail address, invalid UTF-8: 400, nothing stored. */
    @Test
    void textsBeyondTheirLimitsAndInvalidUtf8AreRefusedAndNothingIsStored() throws Exception {
        String makerA = Tokens.accessToken("maker-a");
        List<String> before = caseNumbers(get(CASES, makerA));
        String longText = "x".repeat(100_000);
        assertRefusedAt(post(CASES, FIRST_REPORT.replace("{\"productName\"",
                "{\"impactReasoning\": \"" + longText + "\", \"productName\""), makerA), "impactReasoning");
        assertRefusedAt(post(CASES, FIRST_REPORT.replace("\"山田 太郎\"", "\"" + longText + "\""), makerA),
                "contact.name");
        assertRefusedAt(post(CASES, FIRST_REPORT.replace("\"phone\": \"03-0000-0000\"", "\"email\": \"yamada\""),
                makerA), "contact.email");
        assertRefusedAt(post(CASES, FIRST_REPORT.replace("デモカテーテルA 5Fr", "Cath\\u0000"), makerA), "productName");
        assertRefusedAt(post(CASES, FIRST_REPORT.replace("デモカテーテルA 5Fr", "Cath\\u202Etxt"), makerA),
                "productName");

        byte[] utf8 = FIRST_REPORT.getBytes(StandardCharsets.UTF_8);
        int inName = FIRST_REPORT.substring(0, FIRST_REPORT.indexOf("5Fr")).getBytes(StandardCharsets.UTF_8).length;
        utf8[inName] = (byte) 0xFF;
        HttpResponse<String> notUtf8 = HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + CASES))
                .header("Authorization", "Bearer " + makerA).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(utf8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notUtf8.statusCode()).as(notUtf8.body()).isEqualTo(400);
        assertThat(object(notUtf8).getString("message")).contains("UTF-8");

        assertThat(caseNumbers(get(CASES, makerA))).isEqualTo(before);
    }

    private static void assertRefusedAt(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(field + ": " + response.body()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("java.", "jp.go.", "$", "Exception");
        JsonObject detail = object(response).getJsonArray("problems").getJsonObject(0);
        assertThat(detail.getString("field")).as(response.body()).isEqualTo(field);
        assertThat(detail.getString("messageJa")).as(response.body()).isNotBlank();
        assertThat(detail.getString("messageEn")).as(response.body()).isNotBlank();
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
        // the enumerations come from the enums themselves (kpi-api's model reader), so generated clients know them
        JsonObject schemas = Json.createReader(new StringReader(document.body())).readObject()
                .getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.getJsonObject("ReportKind").getJsonArray("enum").getValuesAs(JsonString::getString))
                .containsExactly("FIRST", "ADDITIONAL", "SIMPLE", "RE_REPORT", "TERMINATION_NOTICE");
        assertThat(schemas.getJsonObject("DeviceClass").getJsonArray("enum").getValuesAs(JsonString::getString))
                .containsExactly("CLASS_I", "CLASS_II", "CLASS_III", "CLASS_IV");
    }

    private static String openCaseOfMakerA() throws Exception {
        HttpResponse<String> response = post(CASES, FIRST_REPORT, Tokens.accessToken("maker-a"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return object(response).getString("caseNumber");
    }

    /** Every case of the caller's list, following the pages' next links. */
    private static List<String> everyCaseNumber(String token) throws Exception {
        List<String> numbers = new java.util.ArrayList<>();
        java.util.Optional<String> page = java.util.Optional.of(CASES + "?size=200");
        while (page.isPresent()) {
            HttpResponse<String> read = get(page.get(), token);
            numbers.addAll(caseNumbers(read));
            page = link(read, "next");
        }
        return numbers;
    }

    /** The path and query of the page the Link header names with this relation. */
    private static java.util.Optional<String> link(HttpResponse<String> list, String relation) {
        return list.headers().allValues("Link").stream().flatMap(value -> java.util.Arrays.stream(value.split(",\\s*<")))
                .filter(link -> link.endsWith("rel=\"" + relation + "\""))
                .map(link -> URI.create(link.substring(link.indexOf('<') + 1, link.indexOf('>'))))
                .map(address -> address.getRawPath() + "?" + address.getRawQuery()).findFirst();
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
