package jp.go.mhlw.kpi.api.openapi;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The OpenAPI document's filter ({@code mp.openapi.filter}): drops the constraints that no one wrote. Payara reads an
 * attribute an annotation leaves out as the attribute's default, so every annotated schema would otherwise say
 * {@code maxProperties: 0} (no member allowed), {@code minItems: 2147483647}, {@code multipleOf: 0} and the like,
 * and an annotated path parameter {@code required: false}, which the specification forbids; client generators take
 * them at their word. A value equal to the annotation's default is dropped; none of them is a constraint this API
 * means (each is either the specification's own default or impossible).
 */
public class AnnotationDefaultsFilter implements OASFilter {

    private static final Set<String> DATE_FORMATS = Set.of("date", "date-time");

    @Override
    public Schema filterSchema(Schema schema) {
        // the defaults of org.eclipse.microprofile.openapi.annotations.media.Schema
        clear(schema.getMultipleOf(), value -> value.compareTo(BigDecimal.ZERO) == 0, schema::setMultipleOf);
        clear(schema.getExclusiveMaximum(), Boolean.FALSE::equals, schema::setExclusiveMaximum);
        clear(schema.getExclusiveMinimum(), Boolean.FALSE::equals, schema::setExclusiveMinimum);
        clear(schema.getMaxLength(), value -> value == Integer.MAX_VALUE, schema::setMaxLength);
        clear(schema.getMinLength(), value -> value == 0, schema::setMinLength);
        clear(schema.getMaxItems(), value -> value == Integer.MIN_VALUE, schema::setMaxItems);
        clear(schema.getMinItems(), value -> value == Integer.MAX_VALUE || value == 0, schema::setMinItems);
        clear(schema.getUniqueItems(), Boolean.FALSE::equals, schema::setUniqueItems);
        clear(schema.getMaxProperties(), value -> value == 0, schema::setMaxProperties);
        clear(schema.getMinProperties(), value -> value == 0, schema::setMinProperties);
        clear(schema.getNullable(), Boolean.FALSE::equals, schema::setNullable);
        clear(schema.getReadOnly(), Boolean.FALSE::equals, schema::setReadOnly);
        clear(schema.getWriteOnly(), Boolean.FALSE::equals, schema::setWriteOnly);
        clear(schema.getDeprecated(), Boolean.FALSE::equals, schema::setDeprecated);
        clear(schema.getPattern(), String::isEmpty, schema::setPattern);
        clear(schema.getTitle(), String::isEmpty, schema::setTitle);
        clear(schema.getDescription(), String::isEmpty, schema::setDescription);
        clear(schema.getFormat(), String::isEmpty, schema::setFormat);
        clear(schema.getDefaultValue(), ""::equals, schema::setDefaultValue);
        clear(schema.getExample(), ""::equals, schema::setExample);
        // a LocalDate member stays an object even with @Schema(type = STRING, format = "date"); its JSON is a string
        if (schema.getType() == Schema.SchemaType.OBJECT && schema.getFormat() != null
                && DATE_FORMATS.contains(schema.getFormat())) {
            schema.setType(Schema.SchemaType.STRING);
        }
        // @Schema(type = ARRAY, implementation = AnEnum.class) puts the values on the array too: no array is one of them
        // and a list of records gets the record's members beside its items: an array has items, not properties
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null) {
            clear(schema.getEnumeration(), values -> !values.isEmpty(), schema::setEnumeration);
            clear(schema.getProperties(), properties -> !properties.isEmpty(), schema::setProperties);
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        // a path parameter is always required (OpenAPI 3.0, "Parameter Object")
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        clear(parameter.getRequired(), Boolean.FALSE::equals, parameter::setRequired);
        clear(parameter.getDeprecated(), Boolean.FALSE::equals, parameter::setDeprecated);
        clear(parameter.getAllowEmptyValue(), Boolean.FALSE::equals, parameter::setAllowEmptyValue);
        clear(parameter.getAllowReserved(), Boolean.FALSE::equals, parameter::setAllowReserved);
        return parameter;
    }

    @Override
    public Header filterHeader(Header header) {
        clear(header.getRequired(), Boolean.FALSE::equals, header::setRequired);
        clear(header.getDeprecated(), Boolean.FALSE::equals, header::setDeprecated);
        clear(header.getAllowEmptyValue(), Boolean.FALSE::equals, header::setAllowEmptyValue);
        return header;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        clear(operation.getDeprecated(), Boolean.FALSE::equals, operation::setDeprecated);
        return operation;
    }

    private static <T> void clear(T value, Predicate<T> isTheDefault, Consumer<T> setter) {
        if (value != null && isTheDefault.test(value)) {
            setter.accept(null);
        }
    }
}
