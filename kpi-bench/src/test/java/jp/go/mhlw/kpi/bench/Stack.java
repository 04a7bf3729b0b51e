package jp.go.mhlw.kpi.bench;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The stack under load and how the simulations log in: the application at {@code bench.baseUrl} (the demo of
 * {@code ./run.sh} by default), bearer tokens from the realm's token endpoint at {@code bench.keycloakUrl} with the
 * demo users' password grant through the public client {@code kpi-cli}, as docs/api.md shows.
 */
final class Stack {

    static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8080");
    static final String KEYCLOAK_URL = System.getProperty("bench.keycloakUrl", "http://localhost:8180");
    static final String TOKEN_ENDPOINT = KEYCLOAK_URL + "/realms/kpi/protocol/openid-connect/token";
    static final String PASSWORD = System.getProperty("bench.password",
            System.getenv().getOrDefault("KPI_DEMO_PASSWORD", "kpi-demo"));
    static final String CLIENT_ID = "kpi-cli";

    /** The realm's access tokens live 5 minutes; a virtual user asks for new ones a minute before. */
    private static final long TOKEN_REFRESH_MILLIS = Duration.ofMinutes(4).toMillis();

    private Stack() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL)
                .acceptHeader("application/json")
                .acceptLanguageHeader("ja,en;q=0.8")
                .userAgentHeader("kpi-bench");
    }

    /**
     * Virtual users started one a second rather than all at once: with brute-force protection on (as in the
     * realm), Keycloak refuses a password grant for a user while another one for the same user is under way, and
     * the simulations share a few demo users. Their token refreshes keep the same spacing.
     */
    static OpenInjectionStep oneUserASecond(int users) {
        return rampUsers(users).during(Duration.ofSeconds(users));
    }

    static int intProperty(String name, int defaultValue) {
        return Integer.getInteger(name, defaultValue);
    }

    /**
     * Tokens for the users named by the session attributes given, kept in {@code <attribute>Token}; fetched again
     * once they are four minutes old. Their requests are named "token", apart from the application's; a virtual
     * user that gets no token stops (its failed token request is counted).
     */
    static ChainBuilder freshTokens(String... userAttributes) {
        ChainBuilder fetch = exec(session -> session);
        for (String attribute : userAttributes) {
            fetch = fetch.exec(http("token")
                    .post(TOKEN_ENDPOINT)
                    .formParam("grant_type", "password")
                    .formParam("client_id", CLIENT_ID)
                    .formParam("username", "#{" + attribute + "}")
                    .formParam("password", PASSWORD)
                    .check(status().is(200), jsonPath("$.access_token").saveAs(attribute + "Token")))
                    .exitHereIfFailed();
        }
        fetch = fetch.exec(session -> session.set("tokensAt", System.currentTimeMillis()));
        return doIf(session -> !session.contains("tokensAt")
                || System.currentTimeMillis() - session.getLong("tokensAt") > TOKEN_REFRESH_MILLIS).then(fetch);
    }
}
