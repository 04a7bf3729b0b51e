package jp.go.mhlw.kpi.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import org.junit.jupiter.api.Test;

/**
 * The audit states as stored. The text below was written by the hand-written writer the audit rows in the database
 * were written with, before JSON-P: new rows must look the same, so that the audit screen and its export show old
 * and new entries alike.
 */
class AuditJsonTest {

    private static final String AUDIT =
            "{\"text\":\"講座 \\\"A\\\" \\\\ a/b\\r\\n\\t改行\\u0001 𠮷\",\"none\":null,\"int\":7,"
            + "\"long\":9007199254740993,\"flag\":false,\"decimal\":\"2.50\",\"exponent\":\"1000\","
            + "\"tiny\":\"0.00000012\",\"date\":\"2026-04-01\",\"kind\":\"SHORTAGE\",\"list\":\"[a,"
            + " b]\",\"decided\":{\"needed\":true,\"reasons\":\"x\"},\"empty\":{}}";

    private static final String TEXT = "講座 \"A\" \\ a/b\r\n\t改行\u0001 𠮷";

    @Test
    void everyKindOfValueIsWrittenAsTheStoredRowsHaveIt() {
        AuditJson state = AuditJson.object().with("text", TEXT).with("none", null)
                .with("int", 7).with("long", 9_007_199_254_740_993L).with("flag", false)
                .with("decimal", new BigDecimal("2.50")).with("exponent", new BigDecimal("1E+3"))
                .with("tiny", new BigDecimal("0.00000012")).with("date", LocalDate.of(2026, 4, 1))
                .with("kind", DisruptionKind.SHORTAGE).with("list", List.of("a", "b"))
                .with("decided", AuditJson.object().with("needed", true).with("reasons", "x"))
                .with("empty", AuditJson.object());

        assertThat(state).hasToString(AUDIT);
        assertThat(AuditJson.object()).hasToString("{}");
    }

    @Test
    void theTextIsJsonThatReadsBackAsGiven() {
        JsonObject read = Json.createReader(new StringReader(AuditJson.object().with("text", TEXT)
                .with("decided", AuditJson.object().with("count", 3)).toString())).readObject();

        assertThat(read.getString("text")).isEqualTo(TEXT);
        assertThat(read.getJsonObject("decided").getInt("count")).isEqualTo(3);
    }

    @Test
    void aMemberGivenTwiceKeepsItsPlaceAndTheLastValue() {
        assertThat(AuditJson.object().with("a", 1).with("b", 2).with("a", 3)).hasToString("{\"a\":3,\"b\":2}");
        assertThat(AuditJson.object().isEmpty()).isTrue();
        assertThat(AuditJson.object().with("a", null).isEmpty()).isFalse();
    }
}
