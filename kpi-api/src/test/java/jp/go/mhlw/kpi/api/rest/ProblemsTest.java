package jp.go.mhlw.kpi.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Every error body of the API reads as a problem document, keeping what the refusal said. */
class ProblemsTest {

    @Test
    void aRefusalsBodyKeepsItsMembersAndGainsThoseOfAProblem() {
        JsonObject refusal = Json.createObjectBuilder()
                .add("status", 422)
                .add("message", "Nothing was submitted")
                .add("errors", Json.createArrayBuilder().add("kpi-3 is missing"))
                .build();

        JsonObject problem = Problems.complete(422, refusal);

        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getString("title")).isEqualTo("Unprocessable Content");
        assertThat(problem.getInt("status")).isEqualTo(422);
        assertThat(problem.getString("detail")).isEqualTo("Nothing was submitted");
        assertThat(problem.getJsonArray("errors").getString(0)).isEqualTo("kpi-3 is missing");
    }

    @Test
    void anEmptyBodyOfTheContainerBecomesAProblemWithTheStatusReason() {
        JsonObject problem = Problems.complete(415, JsonObject.EMPTY_JSON_OBJECT);

        assertThat(problem.getString("title")).isEqualTo("Unsupported Media Type");
        assertThat(problem.getInt("status")).isEqualTo(415);
    }

    @Test
    void theStatusOfTheResponseWinsOverAStaleOneInTheBody() {
        JsonObject problem = Problems.complete(404, Json.createObjectBuilder().add("status", 500).build());

        assertThat(problem.getInt("status")).isEqualTo(404);
    }
}
