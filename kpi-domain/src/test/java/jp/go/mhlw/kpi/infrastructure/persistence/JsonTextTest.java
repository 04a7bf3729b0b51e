package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesAndReadsBackNestedValuesExactly() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "販売名 \"Pro\" \\ 5Fr\n\t\u0001 end");
        value.put("decimal", new BigDecimal("2.50"));
        value.put("long", 9_007_199_254_740_993L);
        value.put("flag", true);
        value.put("nothing", null);
        value.put("list", Arrays.asList(1, "two", null, List.of(), Map.of()));

        String json = JsonText.write(value);

        assertThat(json).startsWith("{\"text\":\"販売名 \\\"Pro\\\" \\\\ 5Fr\\n\\t\\u0001 end\",\"decimal\":2.50,");
        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>) JsonText.read(json);
        assertThat(read.keySet()).containsExactly("text", "decimal", "long", "flag", "nothing", "list");
        assertThat(read.get("text")).isEqualTo(value.get("text"));
        assertThat(read.get("decimal")).isEqualTo(new BigDecimal("2.50"));
        assertThat(read.get("long")).isEqualTo(new BigDecimal("9007199254740993"));
        assertThat(read.get("flag")).isEqualTo(true);
        assertThat(read.containsKey("nothing")).isTrue();
        assertThat((List<Object>) read.get("list")).containsExactly(BigDecimal.ONE, "two", null, List.of(), Map.of());
    }

    @Test
    void readsWhatOtherWritersProduce() {
        Object read = JsonText.read(" { \"a\" : [ -1.5e3 , \"\\u3042\\/\\b\\f\\r\" , false ] } \n");

        assertThat(read).isEqualTo(Map.of("a", List.of(new BigDecimal("-1.5e3"), "あ/\b\f\r", false)));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String malformed : List.of("", "{", "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "\"open", "01x", "tru", "{a:1}",
                "{\"a\":1} x", "\"bad \\x escape\"", "\"\\u12\"", "-", "1.", "\"line\nbreak\"")) {
            assertThatThrownBy(() -> JsonText.read(malformed)).as(malformed)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Malformed JSON");
        }
        assertThatThrownBy(() -> JsonText.read("{\"a\":null,\"a\":1}")).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> JsonText.read("[".repeat(40) + "]".repeat(40))).hasMessageContaining("nested deeper");
        assertThatThrownBy(() -> JsonText.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
