package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import org.junit.jupiter.api.Test;

class SupplyReportJsonTest {

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
    void anotherFormatIsNotGuessedAt() {
        assertThatThrownBy(() -> SupplyReportJson.read("{\"format\":2,\"productName\":\"X\"}"))
                .hasMessageContaining("format 2");
        assertThatThrownBy(() -> SupplyReportJson.read("[]")).hasMessageContaining("JSON object");
    }
}
