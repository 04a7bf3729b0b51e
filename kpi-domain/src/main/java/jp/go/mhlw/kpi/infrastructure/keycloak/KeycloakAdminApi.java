package jp.go.mhlw.kpi.infrastructure.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException.Reason;

/**
 * The few calls of Keycloak's admin REST API the platform makes, over {@link HttpClient} with JSON-P, authenticated
 * by a token of the admin client's service account (client-credentials grant), kept until shortly before it expires
 * and fetched again once when Keycloak answers 401.
 *
 * <p>Not Keycloak's own {@code keycloak-admin-client}: it needs RESTEasy's client proxies, and RESTEasy beside
 * Payara's Jersey in one application takes over the JAX-RS client and provider lookup.
 */
class KeycloakAdminApi {

    private static final Logger LOG = Logger.getLogger(KeycloakAdminApi.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    /** A token this close to its expiry is not used any more. */
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

    /** Keycloak's answer: status, body (JSON or empty) and the Location of a created resource. */
    record Answer(int status, String body, Optional<String> location) {

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        JsonValue json() {
            if (body == null || body.isBlank()) {
                return JsonValue.NULL;
            }
            try {
                return Json.createReader(new StringReader(body)).readValue();
            } catch (JsonException notJson) {
                return JsonValue.NULL;
            }
        }

        /** Keycloak's error text ("errorMessage" or "error_description" or "error"), else the HTTP status. */
        String errorMessage() {
            JsonValue json = json();
            if (json instanceof JsonObject object) {
                for (String field : new String[] {"errorMessage", "error_description", "error"}) {
                    if (object.containsKey(field) && object.get(field).getValueType() == JsonValue.ValueType.STRING) {
                        return object.getString(field);
                    }
                }
            }
            return "HTTP " + status;
        }
    }

    private final KeycloakAdminSettings settings;
    private final HttpClient http;
    private final Clock clock;

    private String token;
    private Instant tokenExpiry = Instant.MIN;

    KeycloakAdminApi(KeycloakAdminSettings settings) {
        this(settings, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build(), Clock.systemUTC());
    }

    KeycloakAdminApi(KeycloakAdminSettings settings, HttpClient http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    KeycloakAdminSettings settings() {
        return settings;
    }

    Answer get(String path) {
        return call("GET", path, null);
    }

    Answer post(String path, JsonStructure body) {
        return call("POST", path, body);
    }

    Answer put(String path, JsonStructure body) {
        return call("PUT", path, body);
    }

    Answer delete(String path, JsonStructure body) {
        return call("DELETE", path, body);
    }

    /** A path segment or query value, URL-encoded. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Calls the realm's admin API ({@code /admin/realms/<realm>} + path). Statuses are the caller's to interpret,
     * except those that mean the application cannot administer the realm at all (bad client credentials, missing
     * service-account roles, Keycloak down), which become {@link IdentityProviderException} UNAVAILABLE.
     */
    private Answer call(String method, String path, JsonStructure body) {
        Answer answer = send(method, path, body, accessToken(false));
        if (answer.status() == 401) {
            answer = send(method, path, body, accessToken(true));
        }
        if (answer.status() == 401 || answer.status() == 403) {
            LOG.log(Level.WARNING, "Keycloak refused the admin client {0}: {1} {2} answered {3}",
                    new Object[] {settings.clientId(), method, path, answer.status()});
            throw new IdentityProviderException(Reason.UNAVAILABLE, "keycloak.forbidden", settings.clientId(),
                    String.valueOf(answer.status()));
        }
        if (answer.status() >= 500 && !path.endsWith("/execute-actions-email")) {
            throw new IdentityProviderException(Reason.UNAVAILABLE, "keycloak.failed", settings.server(),
                    answer.errorMessage());
        }
        return answer;
    }

    private Answer send(String method, String path, JsonStructure body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(adminUri(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        return exchange(request.build());
    }

    private URI adminUri(String path) {
        return URI.create(settings.baseUrl() + "/admin/realms/" + encode(settings.realm()) + path);
    }

    private synchronized String accessToken(boolean renew) {
        Instant now = clock.instant();
        if (!renew && token != null && now.isBefore(tokenExpiry)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId())
                + "&client_secret=" + encode(settings.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/realms/" + encode(settings.realm())
                        + "/protocol/openid-connect/token"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.US_ASCII))
                .build();
        Answer answer = exchange(request);
        if (!answer.isSuccess() || !(answer.json() instanceof JsonObject json) || !json.containsKey("access_token")) {
            token = null;
            LOG.log(Level.WARNING, "Keycloak gave the admin client {0} no token: HTTP {1} {2}",
                    new Object[] {settings.clientId(), answer.status(), answer.errorMessage()});
            throw new IdentityProviderException(Reason.UNAVAILABLE, "keycloak.loginFailed", settings.clientId(),
                    answer.errorMessage());
        }
        token = json.getString("access_token");
        long lifetime = json.containsKey("expires_in") ? json.getJsonNumber("expires_in").longValue() : 60;
        tokenExpiry = now.plusSeconds(lifetime).minus(TOKEN_MARGIN);
        return token;
    }

    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(e);
        }
    }

    private IdentityProviderException unreachable(Exception cause) {
        return new IdentityProviderException(Reason.UNAVAILABLE, cause, "keycloak.unreachable", settings.server(),
                cause.getClass().getSimpleName());
    }
}
