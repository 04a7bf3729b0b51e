package jp.go.mhlw.kpi.api.rest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads request bodies as JSON-B records, within a size limit ({@code kpi.api.max-request-bytes}, 256 KiB unless
 * configured: a report with hundreds of lots fits ten times over). Too large: 413. Not JSON, or JSON of the wrong
 * shape (unknown member, text where a number belongs, an impossible date): 400 with what JSON-B found.
 */
@ApplicationScoped
public class JsonBodies {

    /** How much of an oversized body is still read (and discarded) before answering 413. */
    static final int DRAIN_FACTOR = 16;

    @Inject
    @ConfigProperty(name = "kpi.api.max-request-bytes", defaultValue = "262144")
    int maxBytes;

    /** Strict: a misspelt member must not silently become a blank field of a report. */
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

    <T> T read(InputStream body, Class<T> type) {
        String json = new String(readAtMost(body), StandardCharsets.UTF_8);
        if (json.isBlank()) {
            throw badRequest("The request needs a JSON body", List.of());
        }
        T value;
        try {
            value = jsonb.fromJson(json, type);
        } catch (JsonbException malformed) {
            throw badRequest("The request body is not valid JSON for this operation: " + innermostMessage(malformed),
                    List.of());
        }
        if (value == null) {
            throw badRequest("The request body is JSON null; an object is expected", List.of());
        }
        return value;
    }

    /** The body as a JSON object, within the same limit: for documents whose layout the domain reads itself. */
    JsonObject readObject(InputStream body) {
        String json = new String(readAtMost(body), StandardCharsets.UTF_8);
        if (json.isBlank()) {
            throw badRequest("The request needs a JSON body", List.of());
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException malformed) {
            throw badRequest("The request body is not a JSON object: " + innermostMessage(malformed), List.of());
        }
    }

    /**
     * The body, unless it is larger than the limit: then it is read on to its end (up to {@value #DRAIN_FACTOR} times the
     * limit) and thrown away, so that the client, still sending, receives the 413 instead of a broken connection.
     */
    private byte[] readAtMost(InputStream body) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        try (body) {
            int n;
            while ((n = body.read(buffer)) != -1) {
                total += n;
                if (total <= maxBytes) {
                    read.write(buffer, 0, n);
                } else if (total > (long) maxBytes * DRAIN_FACTOR) {
                    break;
                }
            }
        } catch (IOException e) {
            throw badRequest("The request body could not be read", List.of());
        }
        if (total > maxBytes) {
            throw tooLarge();
        }
        return read.toByteArray();
    }

    /** JSON-B wraps the parser's or the converter's complaint; the innermost one names the value. */
    private static String innermostMessage(Throwable thrown) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && !messages.toString().contains(cause.getMessage())) {
                if (messages.length() > 0) {
                    messages.append(" ← ");
                }
                messages.append(cause.getMessage());
            }
        }
        String text = messages.toString();
        return text.length() > 1000 ? text.substring(0, 1000) + "…" : text;
    }

    private WebApplicationException tooLarge() {
        return new WebApplicationException(Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                .type(MediaType.APPLICATION_JSON)
                .entity(SupplyCaseJson.Problem.of(413, "The request body is larger than " + maxBytes + " bytes"))
                .build());
    }

    static WebApplicationException badRequest(String message, List<SupplyCaseJson.Detail> details) {
        return new WebApplicationException(Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(new SupplyCaseJson.Problem(400, message, null, null, details.isEmpty() ? null : details))
                .build());
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception ignored) {
            // nothing held that matters at shutdown
        }
    }
}
