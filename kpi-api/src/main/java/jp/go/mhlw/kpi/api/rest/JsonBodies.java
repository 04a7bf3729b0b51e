package jp.go.mhlw.kpi.api.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads request bodies as request records, within a size limit ({@code kpi.api.max-request-bytes}, 256 KiB unless
 * configured: a report with hundreds of lots fits ten times over). Too large: 413. Not UTF-8, not JSON, or JSON of
 * the wrong shape (unknown member, text where a number belongs or the other way round, a fraction or a figure out of
 * range, an impossible date): 400 naming every such member ({@link StrictJson}), with no parser's internals.
 */
@ApplicationScoped
public class JsonBodies {

    /** How much of an oversized body is still read (and discarded) before answering 413. */
    static final int DRAIN_FACTOR = 16;

    @Inject
    @ConfigProperty(name = "kpi.api.max-request-bytes", defaultValue = "262144")
    int maxBytes;

    <T extends Record> T read(InputStream body, Class<T> type) {
        JsonValue json = parse(body);
        StrictJson binding = new StrictJson();
        T value = binding.read(json, type);
        if (!binding.problems().isEmpty()) {
            throw new SupplyCaseJson.BadRequest("The request body does not fit this operation", binding.problems());
        }
        if (value == null) {
            throw badRequest("The request body is JSON null; an object is expected");
        }
        return value;
    }

    /** The body as a JSON object, within the same limit: for documents whose layout the domain reads itself. */
    JsonObject readObject(InputStream body) {
        if (parse(body) instanceof JsonObject object) {
            return object;
        }
        throw badRequest("The request body is not a JSON object");
    }

    /** The body as JSON: UTF-8 without a wrong byte (never replaced silently), and well-formed. */
    private JsonValue parse(InputStream body) {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(readAtMost(body))).toString();
        } catch (CharacterCodingException notUtf8) {
            throw badRequest("The request body is not valid UTF-8");
        }
        if (json.isBlank()) {
            throw badRequest("The request needs a JSON body");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonParsingException malformed) {
            JsonLocation at = malformed.getLocation();
            throw badRequest("The request body is not well-formed JSON" + (at == null ? ""
                    : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
        } catch (JsonException | IllegalStateException malformed) {
            throw badRequest("The request body is not well-formed JSON");
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
            throw badRequest("The request body could not be read");
        }
        if (total > maxBytes) {
            throw tooLarge();
        }
        return read.toByteArray();
    }

    private WebApplicationException tooLarge() {
        return new WebApplicationException(Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                .type(MediaType.APPLICATION_JSON)
                .entity(SupplyCaseJson.Problem.of(413, "The request body is larger than " + maxBytes + " bytes"))
                .build());
    }

    /** Answered with 400 and the message ({@link MalformedReportMapper}). */
    static SupplyCaseJson.BadRequest badRequest(String message) {
        return new SupplyCaseJson.BadRequest(message, List.of());
    }

}
