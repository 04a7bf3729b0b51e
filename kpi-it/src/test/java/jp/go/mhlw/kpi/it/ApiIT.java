package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API with real bearer tokens from Keycloak, on Payara with PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @Test
    void meWithoutTokenIsRefusedWith401AndABearerChallenge() throws Exception {
        HttpResponse<String> response = get("/api/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void aTokenWhoseOrganisationWasEditedIsRefused() throws Exception {
        String[] parts = Tokens.accessToken("maker-a").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"MAKER-A\"");
        String edited = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"MAKER-A\"", "\"MAKER-B\"").getBytes(StandardCharsets.UTF_8));

        assertThat(get("/api/me", parts[0] + "." + edited + "." + parts[2]).statusCode()).isEqualTo(401);
    }

    @Test
    void meAnswersTheManufacturersNameRoleAndOrganisation() throws Exception {
        HttpResponse<String> response = get("/api/me", Tokens.accessToken("maker-a"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject me = json(response).asJsonObject();
        assertThat(me.getString("userName")).isEqualTo("maker-a");
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("manufacturer");
        JsonObject organisation = me.getJsonObject("organisation");
        assertThat(organisation.getString("code")).isEqualTo("MAKER-A");
        assertThat(organisation.getString("kind")).isEqualTo("MANUFACTURER");
    }

    @Test
    void meAnswersEachHubItsOwnOrganisation() throws Exception {
        JsonObject hiroshima = json(get("/api/me", Tokens.accessToken("hub-hiroshima"))).asJsonObject();
        JsonObject hokkaido = json(get("/api/me", Tokens.accessToken("hub-hokkaido"))).asJsonObject();

        assertThat(hiroshima.getJsonObject("organisation").getString("nameJa")).isEqualTo("広島大学");
        assertThat(hokkaido.getJsonObject("organisation").getString("nameJa")).isEqualTo("北海道大学");
        assertThat(hiroshima.getJsonArray("roles").getString(0)).isEqualTo("hub-reporter");
    }

    @Test
    void theOrganisationListIsForTheMinistryNotForManufacturersOrUsersWithoutRole() throws Exception {
        HttpResponse<String> officer = get("/api/organisations", Tokens.accessToken("officer1"));
        assertThat(officer.statusCode()).isEqualTo(200);
        JsonArray organisations = json(officer).asJsonArray();
        assertThat(organisations.stream().map(JsonObject.class::cast)
                .filter(organisation -> organisation.getString("kind").equals("HUB"))).hasSize(20);

        assertThat(get("/api/organisations", Tokens.accessToken("maker-a")).statusCode()).isEqualTo(403);
        assertThat(get("/api/organisations", Tokens.accessToken("norole1")).statusCode()).isEqualTo(403);
    }

    @Test
    void aUserWithoutRoleIsKnownButHasNoRoles() throws Exception {
        JsonObject me = json(get("/api/me", Tokens.accessToken("norole1"))).asJsonObject();

        assertThat(me.getString("userName")).isEqualTo("norole1");
        assertThat(me.getJsonArray("roles")).isEmpty();
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static jakarta.json.JsonValue json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readValue();
    }
}
