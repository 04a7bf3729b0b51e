package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import org.junit.jupiter.api.Test;

/**
 * The stored layout of a supply report. The texts below were written by the writer the filed versions and drafts in
 * the database were written with, before JSON-P: they must read as the same reports, and the same reports must still
 * be written as exactly these texts. They change only with a new {@code format}.
 */
class SupplyReportJsonTest {

    private static final String SUPPLY_COMPLETE =
            "{\"format\":1,\"productName\":\"デモカテーテルA \\\"Pro\\\" 5Fr\",\"approvalNumber\":\"30200BZX00001000\","
            + "\"jmdnCode\":\"35094000\",\"deviceClass\":\"CLASS_IV\",\"affectedLots\":[{\"model\":\"DC-A-100\","
            + "\"lotNumber\":\"LOT2026-04\",\"quantity\":1200},{\"lotNumber\":\"LOT2026-05\\\\B\"}],"
            + "\"disruptionKind\":\"SHORTAGE\",\"cause\":{\"category\":\"RAW_MATERIAL\",\"detail\":\"海外サプライヤーの樹脂供給停止\\n(第2報)\"},"
            + "\"startDate\":\"2026-04-01\",\"expectedRecoveryOrEndDate\":\"2026-09-30\",\"stockOnHand\":3000,"
            + "\"stockMonths\":2.50,\"monthlyDemand\":1200,\"marketSharePercent\":35.0,\"alternatives\":[{\"productName\":\"デモカテーテルB\","
            + "\"makerName\":\"デモ医療機器株式会社B\",\"makerOrganisationCode\":\"MAKER-B\"},{\"productName\":\"海外製カテーテル\","
            + "\"makerName\":\"Overseas Devices Inc.\"}],\"assessedImpact\":\"LARGE\",\"impactReasoning\":\"代替品の供給余力が限られるため\\t(試算)\","
            + "\"informationGiven\":\"2026-04-03 日本循環器学会・主要医療機関へ文書で通知\",\"contact\":{\"name\":\"山田 太郎\","
            + "\"department\":\"品質保証部\",\"phone\":\"03-0000-0000\",\"email\":\"yamada@example.jp\"}}";

    private static final String SUPPLY_FIRST =
            "{\"format\":1,\"productName\":\"デモカテーテルA\",\"disruptionKind\":\"TERMINATION\","
            + "\"contact\":{\"name\":\"山田 太郎\",\"department\":\"品質保証部\",\"phone\":\"03-0000-0000\"}}";

    private static final String SUPPLY_TERMINATION =
            "{\"format\":1,\"productName\":\"デモカテーテルA \\\"Pro\\\" 5Fr\",\"approvalNumber\":\"30200BZX00001000\","
            + "\"jmdnCode\":\"35094000\",\"deviceClass\":\"CLASS_IV\",\"affectedLots\":[{\"model\":\"DC-A-100\","
            + "\"lotNumber\":\"LOT2026-04\",\"quantity\":1200},{\"lotNumber\":\"LOT2026-05\\\\B\"}],"
            + "\"disruptionKind\":\"TERMINATION\",\"cause\":{\"category\":\"BUSINESS_DECISION\"},"
            + "\"startDate\":\"2026-04-01\",\"expectedRecoveryOrEndDate\":\"2027-03-31\",\"stockOnHand\":3000,"
            + "\"stockMonths\":2.50,\"monthlyDemand\":1200,\"marketSharePercent\":35.0,\"alternatives\":[{\"productName\":\"デモカテーテルB\","
            + "\"makerName\":\"デモ医療機器株式会社B\",\"makerOrganisationCode\":\"MAKER-B\"},{\"productName\":\"海外製カテーテル\","
            + "\"makerName\":\"Overseas Devices Inc.\"}],\"assessedImpact\":\"LARGE\",\"impactReasoning\":\"代替品の供給余力が限られるため\\t(試算)\","
            + "\"informationGiven\":\"2026-04-03 日本循環器学会・主要医療機関へ文書で通知\",\"contact\":{\"name\":\"山田 太郎\","
            + "\"department\":\"品質保証部\",\"phone\":\"03-0000-0000\",\"email\":\"yamada@example.jp\"}}";

    private static final String SUPPLY_EMPTY =
            "{\"format\":1}";

    private static final String SUPPLY_AWKWARD =
            "{\"format\":1,\"productName\":\"講座 \\\"A\\\" \\\\ a/b\\r\\n\\t改行\\u0001 𠮷\","
            + "\"approvalNumber\":\"30200BZX00001000\",\"jmdnCode\":\"35094000\",\"deviceClass\":\"CLASS_IV\","
            + "\"affectedLots\":[{\"model\":\"DC-A-100\",\"lotNumber\":\"LOT2026-04\",\"quantity\":1200},"
            + "{\"lotNumber\":\"LOT2026-05\\\\B\"}],\"disruptionKind\":\"SHORTAGE\",\"cause\":{\"category\":\"RAW_MATERIAL\","
            + "\"detail\":\"海外サプライヤーの樹脂供給停止\\n(第2報)\"},\"startDate\":\"2026-12-31\","
            + "\"expectedRecoveryOrEndDate\":\"2026-09-30\",\"stockOnHand\":0,\"stockMonths\":10,"
            + "\"monthlyDemand\":9223372036854775807,\"marketSharePercent\":0.0000005,\"noAlternativeAvailable\":true,"
            + "\"assessedImpact\":\"LARGE\",\"impactReasoning\":\"代替品の供給余力が限られるため\\t(試算)\","
            + "\"informationGiven\":\"2026-04-03 日本循環器学会・主要医療機関へ文書で通知\",\"contact\":{\"name\":\"山田 太郎\","
            + "\"department\":\"品質保証部\",\"phone\":\"03-0000-0000\",\"email\":\"yamada@example.jp\"}}";

    @Test
    void aCompleteReportIsReadBackEqual() {
        SupplyReport report = SupplyCaseFixtures.complete(DisruptionKind.SHORTAGE).build();

        assertThat(SupplyReportJson.read(SupplyReportJson.write(report))).isEqualTo(report);
    }

    @Test
    void blanksAreLeftOutAndReadBackAsBlanks() {
        assertThat(SupplyReportJson.write(SupplyReport.empty())).isEqualTo("{\"format\":1}");
        assertThat(SupplyReportJson.read("{\"format\":1}")).isEqualTo(SupplyReport.empty());
        SupplyReport noAlternative = SupplyReport.builder().productName("X").noAlternativeAvailable(true).build();
        assertThat(SupplyReportJson.read(SupplyReportJson.write(noAlternative))).isEqualTo(noAlternative);
    }

    /** The stored layout is a contract with every version already filed: this test changes only with a new format. */
    @Test
    void theStoredLayoutOfFormat1() {
        SupplyReport report = SupplyCaseFixtures.firstReport(DisruptionKind.TERMINATION);

        assertThat(SupplyReportJson.write(report)).isEqualTo("{\"format\":1,\"productName\":\"デモカテーテルA\","
                + "\"disruptionKind\":\"TERMINATION\",\"contact\":{\"name\":\"山田 太郎\",\"department\":\"品質保証部\","
                + "\"phone\":\"03-0000-0000\"}}");
        assertThat(SupplyReportJson.write(SupplyCaseFixtures.additionalReport()))
                .contains("\"stockMonths\":2.50,", "\"affectedLots\":[{\"model\":\"DC-A-100\",\"lotNumber\":\"LOT2026-04\",\"quantity\":1200},",
                        "\"cause\":{\"category\":\"RAW_MATERIAL\",\"detail\":\"海外サプライヤーの樹脂供給停止\\n(第2報)\"}",
                        "\"startDate\":\"2026-04-01\"");
    }

    @Test
    void storedReportsReadAsTheSameReports() {
        assertThat(SupplyReportJson.read(SUPPLY_COMPLETE)).isEqualTo(SupplyCaseFixtures.additionalReport());
        assertThat(SupplyReportJson.read(SUPPLY_FIRST)).isEqualTo(SupplyCaseFixtures.firstReport(DisruptionKind.TERMINATION));
        assertThat(SupplyReportJson.read(SUPPLY_TERMINATION)).isEqualTo(SupplyCaseFixtures.terminationReport());
        assertThat(SupplyReportJson.read(SUPPLY_EMPTY)).isEqualTo(SupplyReport.empty());
        // 1E+1 was stored as 10, and read as 10 then as now
        assertThat(SupplyReportJson.read(SUPPLY_AWKWARD))
                .isEqualTo(StoredJsonSamples.awkwardSupplyReport(new BigDecimal("10")));
    }

    @Test
    void reportsAreWrittenAsTheyWereStored() {
        assertThat(SupplyReportJson.write(SupplyCaseFixtures.additionalReport())).isEqualTo(SUPPLY_COMPLETE);
        assertThat(SupplyReportJson.write(SupplyCaseFixtures.firstReport(DisruptionKind.TERMINATION))).isEqualTo(SUPPLY_FIRST);
        assertThat(SupplyReportJson.write(SupplyCaseFixtures.terminationReport())).isEqualTo(SUPPLY_TERMINATION);
        assertThat(SupplyReportJson.write(SupplyReport.empty())).isEqualTo(SUPPLY_EMPTY);
        assertThat(SupplyReportJson.write(StoredJsonSamples.awkwardSupplyReport(new BigDecimal("1E+1"))))
                .isEqualTo(SUPPLY_AWKWARD);
    }

    /** A damaged row fails with an IllegalArgumentException that names the member, never as a blank field. */
    @Test
    void damagedStoredTextIsRefused() {
        String deep = "{\"format\":1,\"affectedLots\":" + "[".repeat(40) + "]".repeat(40) + "}";
        for (String damaged : List.of("", SUPPLY_COMPLETE.substring(0, 100), SUPPLY_FIRST + " x", deep,
                "{\"format\":1,\"productName\":\"a\",\"productName\":\"b\"}")) {
            assertThatThrownBy(() -> SupplyReportJson.read(damaged)).as(damaged)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Malformed JSON");
        }
        // a ClassCastException, an ArithmeticException or a DateTimeParseException before, or (the last three)
        // silently a blank field
        for (Map.Entry<String, String> damaged : Map.of(
                "\"format\":\"1\"", "format must be a number, not 1",
                "\"format\":1,\"productName\":5", "productName must be a text, not 5",
                "\"format\":1,\"stockMonths\":\"2.5\"", "stockMonths must be a number, not 2.5",
                "\"format\":1,\"stockOnHand\":2.5", "stockOnHand must be a whole number, not 2.5",
                "\"format\":1,\"startDate\":\"2026-02-30\"", "startDate cannot be \"2026-02-30\"",
                "\"format\":1,\"affectedLots\":[1]", "affectedLots must be a JSON object",
                "\"format\":1,\"cause\":\"x\"", "cause must be a JSON object",
                "\"format\":1,\"contact\":5", "contact must be a JSON object",
                "\"format\":1,\"noAlternativeAvailable\":\"yes\"", "noAlternativeAvailable must be true or false, not yes")
                .entrySet()) {
            assertThatThrownBy(() -> SupplyReportJson.read("{" + damaged.getKey() + "}")).as(damaged.getKey())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(damaged.getValue());
        }
    }

    @Test
    void anotherFormatIsNotGuessedAt() {
        assertThatThrownBy(() -> SupplyReportJson.read("{\"format\":2,\"productName\":\"X\"}"))
                .hasMessageContaining("format 2");
        assertThatThrownBy(() -> SupplyReportJson.read("[]")).hasMessageContaining("JSON object");
    }
}
