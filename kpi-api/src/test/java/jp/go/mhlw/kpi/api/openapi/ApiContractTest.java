package jp.go.mhlw.kpi.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's contract as the other systems get it (kpi-api/src/main/openapi/kpi-api.yaml, the served document kept
 * in the repository; kpi-it's OpenApiContractIT keeps the two equal), read by swagger-parser, the parser client
 * generators use: valid, with a name for every operation and no schema that refuses what it describes.
 */
class ApiContractTest {

    static final Path CONTRACT = Path.of("src/main/openapi/kpi-api.yaml");

    private static SwaggerParseResult result;
    private static OpenAPI contract;

    @BeforeAll
    static void parseTheContract() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        result = new OpenAPIV3Parser().readLocation(CONTRACT.toUri().toString(), null, options);
        contract = result.getOpenAPI();
    }

    @Test
    void theParserFindsNothingToSay() {
        assertThat(result.getMessages()).isEmpty();
        assertThat(contract).isNotNull();
        assertThat(contract.getPaths()).containsKeys("/supply-cases", "/report-requests");
    }

    @Test
    void everyOperationHasItsOwnName() {
        List<String> names = operations().map(Operation::getOperationId).toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(11).doesNotContainNull().doesNotHaveDuplicates()
                .contains("openSupplyCase", "getSupplyCase", "submitReportVersion");
    }

    @Test
    void everySchemaAllowsWhatItDescribes() {
        List<Map.Entry<String, Schema<?>>> schemas = everySchema();

        assertThat(schemas).hasSizeGreaterThan(50).allSatisfy(named -> {
            Schema<?> schema = named.getValue();
            int members = schema.getProperties() == null ? 0 : schema.getProperties().size();
            assertThat(schema.getMaxProperties()).as(named.getKey() + " maxProperties")
                    .satisfiesAnyOf(max -> assertThat(max).isNull(), max -> assertThat(max).isGreaterThanOrEqualTo(members));
            assertThat(schema.getMinProperties()).as(named.getKey() + " minProperties")
                    .satisfiesAnyOf(min -> assertThat(min).isNull(), min -> assertThat(min).isLessThanOrEqualTo(members));
            assertThat(schema.getMultipleOf()).as(named.getKey() + " multipleOf")
                    .satisfiesAnyOf(step -> assertThat(step).isNull(), step -> assertThat(step).isPositive());
            if (schema.getFormat() != null && schema.getFormat().startsWith("date")) {
                assertThat(schema.getType()).as(named.getKey() + " a date's type").isEqualTo("string");
            }
            if ("array".equals(schema.getType())) {
                assertThat(schema.getItems()).as(named.getKey() + " items").isNotNull();
                assertThat(schema.getEnum()).as(named.getKey() + " values of an array").isNullOrEmpty();
                assertThat(schema.getProperties()).as(named.getKey() + " members beside the items").isNullOrEmpty();
            }
            assertThat(atMost(schema.getMinLength(), schema.getMaxLength())).as(named.getKey() + " length").isTrue();
            assertThat(atMost(schema.getMinItems(), schema.getMaxItems())).as(named.getKey() + " items").isTrue();
            assertThat(schema.getMinimum() == null || schema.getMaximum() == null
                    || schema.getMinimum().compareTo(schema.getMaximum()) <= 0).as(named.getKey() + " range").isTrue();
        });
    }

    @Test
    void theObjectsSchemasNameTheirMembers() {
        Map<String, Schema> components = contract.getComponents().getSchemas();

        assertThat(components.get("SupplyReport").getProperties()).containsKeys("productName", "disruptionKind", "contact");
        assertThat(components.get("SupplyReport").getMaxProperties()).isNull();
    }

    @Test
    void theEnumerationsAreTheEnumsValues() {
        Map<String, Schema> components = contract.getComponents().getSchemas();

        EnumSchemas.valuesByName().forEach((name, values) -> {
            assertThat(components).as(name).containsKey(name);
            assertThat(components.get(name).getEnum()).as(name).map(Objects::toString).containsExactlyElementsOf(values);
        });
    }

    private static boolean atMost(Integer lower, Integer upper) {
        return lower == null || upper == null || lower <= upper;
    }

    private static Stream<Operation> operations() {
        return contract.getPaths().values().stream().flatMap(path -> path.readOperations().stream());
    }

    /** The components' schemas and every schema inside them and inside the operations, each with where it is. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<Map.Entry<String, Schema<?>>> everySchema() {
        List<Map.Entry<String, Schema<?>>> found = new ArrayList<>();
        contract.getComponents().getSchemas().forEach((name, schema) -> collect(name, schema, found));
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String where = method + " " + path;
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> collect(where + " " + parameter.getName(),
                        parameter.getSchema(), found));
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> collect(where + " body", media.getSchema(),
                        found));
            }
            operation.getResponses().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> collect(where + " " + status, media.getSchema(), found));
                }
            });
        }));
        return found;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void collect(String where, Schema schema, List<Map.Entry<String, Schema<?>>> found) {
        if (schema == null) {
            return;
        }
        found.add(Map.entry(where, schema));
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).forEach((name, member) -> collect(where + "." + name, member, found));
        }
        collect(where + "[]", schema.getItems(), found);
        if (schema.getAdditionalProperties() instanceof Schema values) {
            collect(where + "{}", values, found);
        }
    }
}
