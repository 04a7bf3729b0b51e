package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness and liveness report the real database and the embedded engine with its models. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @Test
    void readinessIsUpWithPostgreSqlAndTheProcessEngine() throws Exception {
        HttpResponse<String> response = ApiIT.get("/health/ready", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = ApiIT.json(response).asJsonObject();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(check(health, "database").getJsonObject("data").getString("product")).isEqualTo("PostgreSQL");
        JsonObject engine = check(health, "process-engine");
        assertThat(engine.getString("status")).isEqualTo("UP");
        assertThat(engine.getJsonObject("data").getString("processes")).contains("annual-follow-up");
    }

    @Test
    void livenessIsUp() throws Exception {
        HttpResponse<String> response = ApiIT.get("/health/live", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiIT.json(response).asJsonObject().getString("status")).isEqualTo("UP");
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(check -> check.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no health check named " + name + " in " + health));
    }
}
