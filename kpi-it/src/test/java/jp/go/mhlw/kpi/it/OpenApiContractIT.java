package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract kept in the repository (kpi-api/src/main/openapi/kpi-api.yaml, from which the other systems and
 * {@link GeneratedApiClientIT} generate their clients) is the document the server serves: a change to the API's
 * annotations, DTOs or enums that is not carried into the contract fails here. Compared as trees, without the
 * servers, which name the host that answered, and without Payara's own {@code endpoints} listing, which is no
 * OpenAPI member (the contract leaves it out, so that parsers accept it).
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiContractIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @Test
    void theServedDocumentIsTheContract() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create(TestServers.BASE_URL + "/openapi?format=JSON")).header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);

        JsonNode document = withoutServers(new ObjectMapper().readTree(served.body()));
        ((ObjectNode) document).remove("endpoints");
        JsonNode contract;
        try (InputStream file = OpenApiContractIT.class.getResourceAsStream("/openapi/kpi-api.yaml")) {
            contract = withoutServers(new YAMLMapper().readTree(file));
        }

        assertThat(differences("", contract, document))
                .as("where the served document differs from kpi-api/src/main/openapi/kpi-api.yaml "
                        + "(regenerate it as docs/api.md says)")
                .isEmpty();
    }

    private static JsonNode withoutServers(JsonNode document) {
        ((ObjectNode) document).remove("servers");
        return document;
    }

    /** The JSON pointers at which the two trees differ, so that a failure says where. */
    private static List<String> differences(String at, JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String member = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name) || !actual.has(name)) {
                    found.add(member + (expected.has(name) ? " only in the contract" : " only in the served document"));
                } else {
                    found.addAll(differences(member, expected.get(name), actual.get(name)));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> left = expected.elements();
            Iterator<JsonNode> right = actual.elements();
            for (int index = 0; left.hasNext(); index++) {
                found.addAll(differences(at + "/" + index, left.next(), right.next()));
            }
        } else if (!sameValue(expected, actual)) {
            found.add(at + ": " + expected + " in the contract, " + actual + " served");
        }
        return found;
    }

    /** Numbers by value: YAML and JSON may read 1 and 1.0, or an int and a long, as different nodes. */
    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }
}
