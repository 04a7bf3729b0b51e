package jp.go.mhlw.kpi.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/**
 * What Payara makes of a {@code @Schema} that sets only a description: every other attribute at its annotation
 * default. The filter leaves what was written and drops the rest.
 */
class AnnotationDefaultsFilterTest {

    private final AnnotationDefaultsFilter filter = new AnnotationDefaultsFilter();

    @Test
    void theAnnotationsDefaultsAreDropped() {
        Schema schema = readAsPayaraDoes();

        filter.filterSchema(schema);

        assertThat(schema.getMaxProperties()).as("maxProperties: 0 would allow no member").isNull();
        assertThat(schema.getMinItems()).isNull();
        assertThat(schema.getMultipleOf()).isNull();
        assertThat(schema.getMinLength()).isNull();
        assertThat(schema.getMinProperties()).isNull();
        assertThat(schema.getExclusiveMaximum()).isNull();
        assertThat(schema.getExclusiveMinimum()).isNull();
        assertThat(schema.getUniqueItems()).isNull();
        assertThat(schema.getNullable()).isNull();
        assertThat(schema.getReadOnly()).isNull();
        assertThat(schema.getWriteOnly()).isNull();
        assertThat(schema.getDeprecated()).isNull();
        assertThat(schema.getDescription()).isEqualTo("Product name");
    }

    @Test
    void writtenConstraintsStay() {
        Schema schema = plain(Schema.class);
        schema.setMaxLength(500);
        schema.setMinLength(1);
        schema.setMinimum(BigDecimal.ZERO);
        schema.setMaximum(new BigDecimal("100"));
        schema.setMinItems(1);
        schema.setMaxItems(20);
        schema.setPattern("\\d{8}");
        schema.setReadOnly(true);
        schema.setExclusiveMinimum(true);

        filter.filterSchema(schema);

        assertThat(schema.getMaxLength()).isEqualTo(500);
        assertThat(schema.getMinLength()).isEqualTo(1);
        assertThat(schema.getMinimum()).isEqualByComparingTo("0");
        assertThat(schema.getMaximum()).isEqualByComparingTo("100");
        assertThat(schema.getMinItems()).isEqualTo(1);
        assertThat(schema.getMaxItems()).isEqualTo(20);
        assertThat(schema.getPattern()).isEqualTo("\\d{8}");
        assertThat(schema.getReadOnly()).isTrue();
        assertThat(schema.getExclusiveMinimum()).isTrue();
    }

    @Test
    void anAnnotatedPathParameterIsRequiredAsThePathSays() {
        Parameter caseNumber = plain(Parameter.class);
        caseNumber.setIn(Parameter.In.PATH);
        caseNumber.setDescription("e.g. SC-2026-000123");
        caseNumber.setRequired(false);
        caseNumber.setDeprecated(false);
        caseNumber.setAllowEmptyValue(false);
        Parameter query = plain(Parameter.class);
        query.setIn(Parameter.In.QUERY);
        query.setRequired(false);

        filter.filterParameter(caseNumber);
        filter.filterParameter(query);

        assertThat(caseNumber.getRequired()).isTrue();
        assertThat(caseNumber.getDeprecated()).isNull();
        assertThat(caseNumber.getAllowEmptyValue()).isNull();
        assertThat(query.getRequired()).isNull();
    }

    @Test
    void anArrayOfEnumValuesIsNoLongerOneOfThem() {
        Schema values = plain(Schema.class);
        values.setType(Schema.SchemaType.STRING);
        values.setEnumeration(List.of("AI_DATA_USE", "REGULATORY_SCIENCE"));
        Schema platforms = plain(Schema.class);
        platforms.setType(Schema.SchemaType.ARRAY);
        platforms.setItems(values);
        platforms.setEnumeration(List.of("AI_DATA_USE", "REGULATORY_SCIENCE"));

        filter.filterSchema(platforms);
        filter.filterSchema(values);

        assertThat(platforms.getEnumeration()).isNull();
        assertThat(values.getEnumeration()).containsExactly("AI_DATA_USE", "REGULATORY_SCIENCE");
    }

    @Test
    void aDateIsAString() {
        Schema startDate = plain(Schema.class);
        startDate.setType(Schema.SchemaType.OBJECT);
        startDate.setFormat("date");
        Schema answers = plain(Schema.class);
        answers.setType(Schema.SchemaType.OBJECT);

        filter.filterSchema(startDate);
        filter.filterSchema(answers);

        assertThat(startDate.getType()).isEqualTo(Schema.SchemaType.STRING);
        assertThat(answers.getType()).isEqualTo(Schema.SchemaType.OBJECT);
    }

    /** The values Payara 6 leaves on a schema from {@code @Schema(description = "Product name")}. */
    private static Schema readAsPayaraDoes() {
        Schema schema = plain(Schema.class);
        schema.setDescription("Product name");
        schema.setMultipleOf(BigDecimal.valueOf(0.0));
        schema.setExclusiveMaximum(false);
        schema.setExclusiveMinimum(false);
        schema.setMinLength(0);
        schema.setMinItems(Integer.MAX_VALUE);
        schema.setUniqueItems(false);
        schema.setMaxProperties(0);
        schema.setMinProperties(0);
        schema.setNullable(false);
        schema.setReadOnly(false);
        schema.setWriteOnly(false);
        schema.setDeprecated(false);
        return schema;
    }

    /** A model object without a server: its properties in a map, behind the interface's getters and setters. */
    private static <T> T plain(Class<T> type) {
        Map<String, Object> properties = new HashMap<>();
        InvocationHandler handler = (proxy, method, arguments) -> {
            String name = method.getName();
            if (name.startsWith("set") && arguments != null && arguments.length == 1) {
                properties.put(name.substring(3), arguments[0]);
                return null;
            }
            if (name.startsWith("get") && (arguments == null || arguments.length == 0)) {
                return properties.get(name.substring(3));
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, arguments);
            }
            throw new UnsupportedOperationException(name);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
