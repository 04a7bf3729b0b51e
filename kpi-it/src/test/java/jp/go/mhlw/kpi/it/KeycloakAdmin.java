package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keycloak's admin REST API as the application's own admin client kpi-admin (its secret is generated into the
 * servers' state directory by scripts/stack.sh): what the test checks in Keycloak, and the password the invited
 * user would set from the e-mail.
 */
record KeycloakAdmin(HttpClient http, String token) {

    static KeycloakAdmin connect() throws IOException, InterruptedException {
        Path stateDir = Path.of(System.getProperty("kpi.stateDir", "target/servers"));
        String secret = Files.readString(stateDir.resolve("admin-client-secret")).strip();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String form = "grant_type=client_credentials&client_id=kpi-admin&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(TestServers.KEYCLOAK_URL + "/realms/kpi/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("token of kpi-admin: " + response.body()).isEqualTo(200);
        return new KeycloakAdmin(http, json(response.body()).asJsonObject().getString("access_token"));
    }

    JsonObject user(String username) throws IOException, InterruptedException {
        JsonArray found = get("/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).asJsonArray();
        assertThat(found).as("user " + username + " in Keycloak").hasSize(1);
        return found.getJsonObject(0);
    }

    List<String> realmRoles(String id) throws IOException, InterruptedException {
        return get("/users/" + id + "/role-mappings/realm").asJsonArray().stream()
                .map(role -> role.asJsonObject().getString("name")).toList();
    }

    List<String> credentialTypes(String id) throws IOException, InterruptedException {
        return get("/users/" + id + "/credentials").asJsonArray().stream()
                .map(credential -> credential.asJsonObject().getString("type")).toList();
    }

    void setPassword(String id, String password) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("type", "password").add("value", password)
                .add("temporary", false).build().toString();
        HttpResponse<String> response = http.send(request("/users/" + id + "/reset-password")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("reset-password: " + response.body()).isEqualTo(204);
    }

    /** Creates an enabled user directly in Keycloak, as someone else might have; returns its id. */
    String createUser(String username, String email) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("username", username).add("email", email).add("firstName", "Other")
                .add("lastName", "User").add("enabled", true).build().toString();
        HttpResponse<String> response = http.send(request("/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("create " + username + ": " + response.body()).isEqualTo(201);
        return user(username).getString("id");
    }

    /**
     * A user of an organisation with one realm role and the demo password, as an administrator would have invited
     * (kept when it exists already: Keycloak outlives the test database); returns its id.
     */
    String reporter(String username, String organisation, String role) throws IOException, InterruptedException {
        if (users(username).isEmpty()) {
            String body = Json.createObjectBuilder().add("username", username).add("email", username + "@example.jp")
                    .add("firstName", organisation).add("lastName", "Reporter").add("enabled", true)
                    .add("emailVerified", true)
                    .add("attributes", Json.createObjectBuilder().add("org", Json.createArrayBuilder().add(organisation)))
                    .build().toString();
            HttpResponse<String> created = http.send(request("/users").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as("create " + username + ": " + created.body()).isEqualTo(201);
        }
        String id = user(username).getString("id");
        // the client may list the roles a user can still be given, not the realm's (no view-realm)
        List<JsonValue> available = get("/users/" + id + "/role-mappings/realm/available").asJsonArray().stream()
                .filter(candidate -> candidate.asJsonObject().getString("name").equals(role)).toList();
        if (!available.isEmpty()) {
            HttpResponse<String> mapped = http.send(request("/users/" + id + "/role-mappings/realm")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createArrayBuilder().add(available.get(0)).build()
                            .toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(mapped.statusCode()).as("role " + role + " for " + username + ": " + mapped.body()).isEqualTo(204);
        }
        assertThat(realmRoles(id)).as("roles of " + username).contains(role);
        setPassword(id, TestServers.DEMO_PASSWORD);
        return id;
    }

    /** Sets the language the user reads (Keycloak's own attribute {@code locale}, as its pages set it). */
    void setLocale(String id, String locale) throws IOException, InterruptedException {
        JsonObject user = get("/users/" + id).asJsonObject();
        JsonObject attributes = user.containsKey("attributes") ? user.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT;
        JsonObjectBuilder update = Json.createObjectBuilder();
        for (String field : new String[] {"username", "email", "firstName", "lastName", "enabled", "emailVerified"}) {
            if (user.containsKey(field)) {
                update.add(field, user.get(field));
            }
        }
        update.add("attributes", Json.createObjectBuilder(attributes).add("locale", Json.createArrayBuilder().add(locale)));
        HttpResponse<String> response = http.send(request("/users/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(update.build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("locale of " + id + ": " + response.body()).isEqualTo(204);
    }

    void deleteUser(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("/users/" + id).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("delete " + id + ": " + response.body()).isEqualTo(204);
    }

    /** The users with exactly this user name (none or one). */
    List<JsonObject> users(String username) throws IOException, InterruptedException {
        return get("/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private JsonValue get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return json(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(TestServers.KEYCLOAK_URL + "/admin/realms/kpi" + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }
}
