package jp.go.mhlw.kpi.api.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Error responses as RFC 9457 problem details ({@code application/problem+json}): {@code type}, {@code title} (the
 * status's reason), {@code status} and {@code detail}, plus whatever members the refusal carries (violations,
 * errors, warnings). The older {@code message} member stays beside {@code detail} for existing clients.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    /** A problem with nothing but its status and a detail for people. */
    public static JsonObject of(int status, String detail) {
        return complete(status, Json.createObjectBuilder().add("detail", detail).build());
    }

    /** The body as a problem: the members it has, and those of a problem it lacks. */
    public static JsonObject complete(int status, JsonObject body) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title(status))
                .add("status", status);
        if (body.get("message") instanceof JsonString message) {
            problem.add("detail", message.getString());
        }
        body.forEach((name, value) -> {
            // the response's status is the truth; a body's own may be stale
            if (value != JsonValue.NULL && !name.equals("status")) {
                problem.add(name, value);
            }
        });
        return problem.build();
    }

    static String title(int status) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 422 ? "Unprocessable Content" : status >= 500 ? "Server Error" : "Client Error";
    }
}
