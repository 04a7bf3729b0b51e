package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON text of stored values: what JSON-P is asked for beyond its defaults, and what the stored rows need. */
class StoredJsonTest {

    @Test
    void decimalsAreWrittenPlainAndReadBackAsTheSameValue() {
        for (String decimal : List.of("2.50", "-0.50", "0", "0E-10", "1E+3", "0.00000012", "1.2E-7", "35.0",
                "123456789012345678901234567890")) {
            BigDecimal value = new BigDecimal(decimal);
            String json = StoredJson.write(StoredJson.array().add(StoredJson.plain(value)).build());

            assertThat(json).as(decimal).isEqualTo("[" + value.toPlainString() + "]").doesNotContain("E");
            BigDecimal read = ((JsonNumber) ((JsonArray) StoredJson.read(json)).get(0)).bigDecimalValue();
            assertThat(read).as(decimal).isEqualByComparingTo(value);
            if (value.scale() >= 0) {
                assertThat(read).as(decimal).isEqualTo(value); // the scale too: 2.50 stays 2.50
            }
        }
    }

    @Test
    void textsAreEscapedAsTheRowsAlreadyStoredHaveThem() {
        String json = StoredJson.write(StoredJson.object().add("text", StoredJsonSamples.AWKWARD_TEXT).build());

        assertThat(json).isEqualTo("{\"text\":\"講座 \\\"A\\\" \\\\ a/b\\r\\n\\t改行\\u0001 𠮷\"}");
        assertThat(StoredJson.text((JsonObject) StoredJson.read(json), "text")).isEqualTo(StoredJsonSamples.AWKWARD_TEXT);
    }

    /**
     * The one way the text differs from what was written before JSON-P: a backspace or a form feed (which no form
     * accepts) is escaped short. Either form reads back as the same character.
     */
    @Test
    void aBackspaceOrFormFeedReadsTheSameInEitherEscape() {
        String json = StoredJson.write(StoredJson.array().add("\b\f").build());

        assertThat(json).isEqualTo("[\"\\b\\f\"]");
        assertThat(StoredJson.read(json)).isEqualTo(StoredJson.read("[\"\\u0008\\u000c\"]"));
    }

    @Test
    void readsWhatOtherWritersProduce() {
        JsonObject read = (JsonObject) StoredJson.read(" { \"a\" : [ -1.5e3 , \"\\u3042\\/\\b\\f\\r\" , false, null ] } \n");

        JsonArray items = read.getJsonArray("a");
        assertThat(StoredJson.asDecimal(items.get(0), "a")).isEqualTo(new BigDecimal("-1.5e3"));
        assertThat(StoredJson.asText(items.get(1), "a")).isEqualTo("あ/\b\f\r");
        assertThat(items.get(2)).isEqualTo(JsonValue.FALSE);
        assertThat(StoredJson.blank(items.get(3))).isTrue();
    }

    @Test
    void refusesWhatIsNotOneJsonValue() {
        for (String malformed : List.of("", " ", "{", "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "\"open", "01", "01x", "tru",
                "{a:1}", "{\"a\":1} x", "{\"a\":1} {}", "[1]]", "\"bad \\x escape\"", "\"\\u12\"", "-", "1.",
                "\"line\nbreak\"")) {
            assertThatThrownBy(() -> StoredJson.read(malformed)).as(malformed)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Malformed JSON");
        }
    }

    @Test
    void refusesAMemberTwiceAtAnyDepth() {
        assertThatThrownBy(() -> StoredJson.read("{\"a\":null,\"a\":1}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate key 'a'");
        assertThatThrownBy(() -> StoredJson.read("[{\"b\":{\"a\":1,\"a\":1}}]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate key 'a'");
    }

    @Test
    void refusesNestingDeeperThanAnythingStored() {
        int depth = StoredJson.MAX_DEPTH;
        assertThat(StoredJson.read("[".repeat(depth) + "]".repeat(depth))).isInstanceOf(JsonArray.class);

        for (int tooDeep : List.of(depth + 1, 40, 100_000)) {
            assertThatThrownBy(() -> StoredJson.read("[".repeat(tooDeep) + "]".repeat(tooDeep))).as("depth " + tooDeep)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Malformed JSON")
                    .hasMessageContaining("too deeply nested");
        }
    }

    @Test
    void aValueOfTheWrongJsonTypeIsNamedByItsMember() {
        JsonObject json = (JsonObject) StoredJson.read(
                "{\"n\":\"five\",\"f\":2.5,\"big\":3000000000,\"t\":1,\"b\":\"yes\",\"o\":[],\"l\":{},\"d\":\"2026-02-30\"}");

        assertThatThrownBy(() -> StoredJson.whole(json, "n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be a number, not five");
        assertThatThrownBy(() -> StoredJson.whole(json, "f")).hasMessage("f must be a whole number, not 2.5");
        assertThatThrownBy(() -> StoredJson.integer(json, "big")).hasMessage("big is out of range: 3000000000");
        assertThat(StoredJson.whole(json, "big")).isEqualTo(3_000_000_000L);
        assertThatThrownBy(() -> StoredJson.text(json, "t")).hasMessage("t must be a text, not 1");
        assertThatThrownBy(() -> StoredJson.bool(json, "b")).hasMessage("b must be true or false, not yes");
        assertThatThrownBy(() -> StoredJson.members(json, "o")).hasMessage("o must be a JSON object");
        assertThatThrownBy(() -> StoredJson.items(json, "l")).hasMessage("l must be a JSON array");
        assertThatThrownBy(() -> StoredJson.constant(json, "d", java.time.LocalDate::parse))
                .hasMessage("d cannot be \"2026-02-30\"");
        assertThat(StoredJson.text(json, "absent")).isNull();
        assertThat(StoredJson.items(json, "absent")).isEmpty();
    }
}
