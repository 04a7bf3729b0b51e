package jp.go.mhlw.kpi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Access tokens for demo users from the real Keycloak, through the demo realm's public kpi-cli client. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {
    }

    public static String accessToken(String userName) throws Exception {
        String form = "grant_type=password&client_id=kpi-cli&username=" + encode(userName)
                + "&password=" + encode(TestServers.DEMO_PASSWORD);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder()
                        .uri(URI.create(TestServers.KEYCLOAK_URL + "/realms/kpi/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + userName + ": " + response.body());
        }
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        return body.getString("access_token");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
