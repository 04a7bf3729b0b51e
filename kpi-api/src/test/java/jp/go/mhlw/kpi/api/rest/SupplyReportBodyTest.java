package jp.go.mhlw.kpi.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A supply report's JSON is taken exactly or refused at the member, in Japanese and English, with no internals. */
class SupplyReportBodyTest {

    private static final String VALID = "\"productName\": \"デモステント\", \"disruptionKind\": \"SHORTAGE\"";

    private final JsonBodies bodies = new JsonBodies();

    SupplyReportBodyTest() {
        bodies.maxBytes = 262_144;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "stockOnHand | 18446744073709551716 | input.range",
            "stockOnHand | 1e308 | input.range",
            "stockOnHand | 1E40 | input.range",
            "stockOnHand | 10000000000000000000000000000000000000000 | input.range",
            "stockOnHand | -1 | input.range",
            "stockOnHand | 2.7 | input.wholeNumber",
            "stockOnHand | \"100\" | input.json.number",
            "monthlyDemand | 1000000000000 | input.range",
            "stockMonths | 1e308 | input.range",
            "marketSharePercent | 100.5 | input.range",
            "productName | 12345 | input.json.text",
            "noAlternativeAvailable | \"yes\" | input.json.boolean",
            "startDate | \"2026-02-30\" | input.json.date",
            "startDate | 20260401 | input.json.date",
            "affectedLots | {} | input.json.list",
            "contact | \"someone\" | input.json.object"})
    void aValueOfTheWrongTypeOrOutOfRangeIsRefusedAtItsMember(String member, String value, String key) {
        SupplyCaseJson.BadRequest refused = catchThrowableOfType(SupplyCaseJson.BadRequest.class,
                () -> report("{" + VALID + ", \"" + member + "\": " + value + "}"));

        assertThat(refused.details()).singleElement().satisfies(detail -> {
            assertThat(detail.field()).isEqualTo(member);
            assertThat(detail.messageJa()).contains("「" + member + "」");
            assertThat(detail.messageEn()).startsWith(member);
        });
        assertThat(refused.getMessage()).contains(member);
        assertNoInternals(refused.getMessage() + refused.details());
    }

    @Test
    void exactFiguresAreTakenAsSent() {
        SupplyReport report = report("{" + VALID + ", \"stockOnHand\": 999999999999, \"monthlyDemand\": 2.0E3,"
                + " \"stockMonths\": 2.75, \"marketSharePercent\": 100}").toDomain("");

        assertThat(report.stockOnHand()).isEqualTo(999_999_999_999L);
        assertThat(report.monthlyDemand()).isEqualTo(2000L);
        assertThat(report.stockMonths()).isEqualByComparingTo("2.75");
    }

    @Test
    void aNestedMemberIsNamedByItsPlace() {
        SupplyCaseJson.BadRequest refused = catchThrowableOfType(SupplyCaseJson.BadRequest.class, () -> bodies.read(
                body("{\"kind\": \"ADDITIONAL\", \"report\": {\"affectedLots\": [{\"model\": \"M\", \"quantity\": 2.5}],"
                        + " \"contact\": {\"phone\": 312345678}}}"),
                SupplyCaseJson.FileReport.class));

        assertThat(refused.details()).extracting(SupplyCaseJson.Detail::field)
                .containsExactly("report.affectedLots[0].quantity", "report.contact.phone");
    }

    @Test
    void anUnknownMemberIsNamedWithoutTheClassName() {
        SupplyCaseJson.BadRequest refused = catchThrowableOfType(SupplyCaseJson.BadRequest.class,
                () -> report("{" + VALID + ", \"stock\": 5}"));

        assertThat(refused.details()).singleElement().satisfies(detail -> assertThat(detail.field()).isEqualTo("stock"));
        assertNoInternals(refused.getMessage());
    }

    @Test
    void textsDatesAndContactsBeyondTheDomainsLimitsAreRefusedAtTheirFields() {
        SupplyCaseJson.Report report = report("{" + VALID + ", \"impactReasoning\": \"" + "x".repeat(100_000)
                + "\", \"startDate\": \"9999-12-31\", \"informationGiven\": \"a\\u0000b\", \"approvalNumber\": "
                + "\"302\\u202Etxt\", \"contact\": {\"name\": \"" + "y".repeat(100_000) + "\", \"email\": \"nobody\"}}");

        SupplyCaseJson.BadRequest refused = catchThrowableOfType(SupplyCaseJson.BadRequest.class,
                () -> report.toDomain(""));

        assertThat(refused.details()).extracting(SupplyCaseJson.Detail::field).containsExactlyInAnyOrder(
                "impactReasoning", "startDate", "informationGiven", "approvalNumber", "contact.name", "contact.email");
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() {
        byte[] bytes = ("{\"productName\": \"Stent \u0000\"}").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xC3;

        SupplyCaseJson.BadRequest refused = catchThrowableOfType(SupplyCaseJson.BadRequest.class,
                () -> bodies.read(new ByteArrayInputStream(bytes), SupplyCaseJson.Report.class));

        assertThat(refused.getMessage()).isEqualTo("The request body is not valid UTF-8");
    }

    @Test
    void malformedJsonIsAnsweredWithItsPlaceNotTheParsersWords() {
        SupplyCaseJson.BadRequest refused = catchThrowableOfType(SupplyCaseJson.BadRequest.class,
                () -> report("{\"productName\": }"));

        assertThat(refused.getMessage()).isEqualTo("The request body is not well-formed JSON (line 1, column 17)");
    }

    private SupplyCaseJson.Report report(String json) {
        return bodies.read(body(json), SupplyCaseJson.Report.class);
    }

    private static ByteArrayInputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNoInternals(String text) {
        assertThat(text).doesNotContain("java.", "jp.go.", "$", "Exception", "yasson", "parsson");
    }
}
