package jp.go.mhlw.kpi.infrastructure.keycloak;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * The parts of Keycloak's admin REST API the platform calls, in memory on a loopback port, answering as Keycloak 26
 * does (status codes, Location, error bodies): enough to test the HTTP client without a Keycloak.
 */
final class FakeKeycloak implements AutoCloseable {

    static final String REALM = "kpi";
    static final String CLIENT_ID = "kpi-admin";
    static final String SECRET = "s3cret";

    private static final Pattern USER = Pattern.compile("/admin/realms/kpi/users/([^/]+)(/.*)?");

    /** A user as Keycloak keeps it: its representation and its realm roles. */
    static final class StoredUser {
        final String id = UUID.randomUUID().toString();
        JsonObject representation;
        final Set<String> realmRoles = new LinkedHashSet<>(List.of("default-roles-kpi"));
        int passwordEmails;
        int logouts;
    }

    private final HttpServer server;
    private final Map<String, String> roleIds = new LinkedHashMap<>();
    final Map<String, StoredUser> users = Collections.synchronizedMap(new LinkedHashMap<>());
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> validTokens = Collections.synchronizedSet(new LinkedHashSet<>());
    int tokensIssued;
    boolean smtpConfigured;
    /** Makes the role-mapping call fail, to see that no half-made account is left behind. */
    boolean refuseRoleMappings;
    /** The service account lacks its realm-management roles. */
    boolean forbidden;

    FakeKeycloak() throws IOException {
        for (Role role : Role.values()) {
            roleIds.put(role.roleName(), UUID.randomUUID().toString());
        }
        roleIds.put("default-roles-kpi", UUID.randomUUID().toString());
        roleIds.put("offline_access", UUID.randomUUID().toString());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    KeycloakAdminSettings settings(String secret) {
        return new KeycloakAdminSettings(baseUrl(), REALM, CLIENT_ID, secret);
    }

    /** Keycloak forgets the tokens it issued (as after a restart). */
    void revokeTokens() {
        validTokens.clear();
    }

    /** A user put there directly, as an import or another administrator would have. */
    StoredUser addUser(String username, String org, String... roles) {
        StoredUser user = new StoredUser();
        JsonObjectBuilder representation = Json.createObjectBuilder().add("id", user.id).add("username", username)
                .add("email", username + "@example.test").add("firstName", "名").add("lastName", "姓")
                .add("enabled", true).add("emailVerified", true).add("requiredActions", JsonValue.EMPTY_JSON_ARRAY);
        if (org != null) {
            representation.add("attributes", Json.createObjectBuilder().add("org", Json.createArrayBuilder().add(org)));
        }
        user.representation = representation.build();
        user.realmRoles.addAll(List.of(roles));
        users.put(user.id, user);
        return user;
    }

    StoredUser user(String username) {
        synchronized (users) {
            return users.values().stream().filter(u -> u.representation.getString("username").equals(username))
                    .findFirst().orElse(null);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            requests.add(method + " " + path);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("/realms/kpi/protocol/openid-connect/token")) {
                token(exchange, form(body));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !validTokens.contains(authorization.substring("Bearer ".length()))) {
                send(exchange, 401, "{\"error\":\"HTTP 401 Unauthorized\"}");
                return;
            }
            if (forbidden) {
                send(exchange, 403, "{\"error\":\"unknown_error\"}");
                return;
            }
            admin(exchange, method, path, query(exchange.getRequestURI()), body);
        }
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!"client_credentials".equals(form.get("grant_type")) || !CLIENT_ID.equals(form.get("client_id"))
                || !SECRET.equals(form.get("client_secret"))) {
            send(exchange, 401, "{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}");
            return;
        }
        String token = "token-" + (++tokensIssued);
        validTokens.add(token);
        send(exchange, 200, Json.createObjectBuilder().add("access_token", token).add("expires_in", 300)
                .add("token_type", "Bearer").build().toString());
    }

    private void admin(HttpExchange exchange, String method, String path, Map<String, String> query, String body)
            throws IOException {
        if (path.startsWith("/admin/realms/kpi/roles")) {
            // the service account has no view-realm: listing the realm's roles is refused
            send(exchange, 403, "{\"error\":\"HTTP 403 Forbidden\"}");
            return;
        }
        if (path.equals("/admin/realms/kpi/users") && method.equals("POST")) {
            createUser(exchange, read(body).asJsonObject());
            return;
        }
        if (path.equals("/admin/realms/kpi/users") && method.equals("GET")) {
            JsonArrayBuilder found = Json.createArrayBuilder();
            synchronized (users) {
                for (StoredUser user : users.values()) {
                    if (matches(user, query)) {
                        found.add(user.representation);
                    }
                }
            }
            send(exchange, 200, found.build().toString());
            return;
        }
        Matcher matcher = USER.matcher(path);
        if (!matcher.matches()) {
            send(exchange, 404, "{\"error\":\"Not Found\"}");
            return;
        }
        StoredUser user = users.get(matcher.group(1));
        if (user == null) {
            send(exchange, 404, "{\"error\":\"User not found\"}");
            return;
        }
        String rest = matcher.group(2) == null ? "" : matcher.group(2);
        switch (method + " " + rest) {
            case "GET " -> send(exchange, 200, user.representation.toString());
            case "PUT " -> {
                JsonObject update = read(body).asJsonObject();
                JsonObjectBuilder merged = Json.createObjectBuilder(user.representation);
                update.forEach(merged::add);
                user.representation = merged.build();
                send(exchange, 204, "");
            }
            case "DELETE " -> {
                users.remove(user.id);
                send(exchange, 204, "");
            }
            case "POST /logout" -> {
                user.logouts++;
                send(exchange, 204, "");
            }
            case "GET /role-mappings/realm" -> {
                JsonArrayBuilder roles = Json.createArrayBuilder();
                user.realmRoles.forEach(name -> roles.add(role(name)));
                send(exchange, 200, roles.build().toString());
            }
            case "GET /role-mappings/realm/available" -> {
                JsonArrayBuilder roles = Json.createArrayBuilder();
                roleIds.keySet().stream().filter(name -> !user.realmRoles.contains(name)).forEach(name -> roles.add(role(name)));
                send(exchange, 200, roles.build().toString());
            }
            case "POST /role-mappings/realm" -> {
                if (refuseRoleMappings) {
                    send(exchange, 500, "{\"error\":\"unknown_error\"}");
                    return;
                }
                for (JsonValue role : read(body).asJsonArray()) {
                    String name = role.asJsonObject().getString("name");
                    if (!role.asJsonObject().getString("id", "").equals(roleIds.get(name))) {
                        send(exchange, 404, "{\"error\":\"Role not found\"}");
                        return;
                    }
                    user.realmRoles.add(name);
                }
                send(exchange, 204, "");
            }
            case "DELETE /role-mappings/realm" -> {
                read(body).asJsonArray().forEach(role -> user.realmRoles.remove(role.asJsonObject().getString("name")));
                send(exchange, 204, "");
            }
            case "PUT /execute-actions-email" -> {
                if (!smtpConfigured) {
                    send(exchange, 500, "{\"errorMessage\":\"Failed to send execute actions email\"}");
                    return;
                }
                user.passwordEmails++;
                send(exchange, 204, "");
            }
            default -> send(exchange, 405, "{\"error\":\"Method Not Allowed\"}");
        }
    }

    private void createUser(HttpExchange exchange, JsonObject representation) throws IOException {
        String username = representation.getString("username").toLowerCase(Locale.ROOT);
        String email = representation.getString("email", null);
        synchronized (users) {
            for (StoredUser other : users.values()) {
                if (other.representation.getString("username").equals(username)) {
                    send(exchange, 409, "{\"errorMessage\":\"User exists with same username\"}");
                    return;
                }
                if (email != null && email.equalsIgnoreCase(other.representation.getString("email", null))) {
                    send(exchange, 409, "{\"errorMessage\":\"User exists with same email\"}");
                    return;
                }
            }
            StoredUser user = new StoredUser();
            user.representation = Json.createObjectBuilder(representation).add("id", user.id).add("username", username)
                    .build();
            users.put(user.id, user);
            exchange.getResponseHeaders().add("Location", baseUrl() + "/admin/realms/kpi/users/" + user.id);
            send(exchange, 201, "");
        }
    }

    private static boolean matches(StoredUser user, Map<String, String> query) {
        JsonObject representation = user.representation;
        if (query.containsKey("username") && !representation.getString("username").equals(query.get("username"))) {
            return false;
        }
        if (query.containsKey("enabled")
                && representation.getBoolean("enabled", false) != Boolean.parseBoolean(query.get("enabled"))) {
            return false;
        }
        String q = query.get("q");
        if (q != null) {
            String[] keyValue = q.split(":", 2);
            JsonObject attributes = representation.containsKey("attributes")
                    ? representation.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT;
            JsonArray values = attributes.containsKey(keyValue[0]) ? attributes.getJsonArray(keyValue[0]) : null;
            // like Keycloak: attribute values compared without regard to case
            return values != null && values.getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(value -> value.getString().equalsIgnoreCase(keyValue[1]));
        }
        return true;
    }

    private JsonObject role(String name) {
        return Json.createObjectBuilder().add("id", roleIds.get(name)).add("name", name).add("composite", false)
                .add("clientRole", false).add("containerId", REALM).build();
    }

    private static JsonValue read(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    private static Map<String, String> query(URI uri) {
        return uri.getRawQuery() == null ? Map.of() : form(uri.getRawQuery());
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!body.isEmpty()) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
