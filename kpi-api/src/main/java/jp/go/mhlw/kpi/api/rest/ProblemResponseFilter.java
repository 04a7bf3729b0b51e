package jp.go.mhlw.kpi.api.rest;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;

/**
 * Every error response of the API becomes a problem document, whichever part answered: a service's refusal through
 * its mapper, a malformed body, or JAX-RS itself (no such resource 404, wrong method 405, not JSON 415).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class ProblemResponseFilter implements ContainerResponseFilter {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400) {
            return;
        }
        JsonObject body = asObject(response.getEntity());
        response.setEntity(Problems.complete(status, body).toString(), null, Problems.PROBLEM_JSON);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE);
    }

    /** The entity as a JSON object: a record or a JSON-P object as it is, text as the detail, nothing as nothing. */
    private static JsonObject asObject(Object entity) {
        if (entity == null) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        if (entity instanceof JsonObject object) {
            return object;
        }
        if (entity instanceof String text) {
            return text.isBlank() ? JsonObject.EMPTY_JSON_OBJECT
                    : Json.createObjectBuilder().add("message", text).build();
        }
        try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(entity)))) {
            return reader.readObject();
        }
    }
}
