package jp.go.mhlw.kpi.application.audit;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The before/after state of an audit entry as a small JSON object, members in the order they are given, written with
 * JSON-P. A {@code null} is JSON's null, a nested {@code AuditJson} an object (what was decided), booleans and whole
 * numbers ({@link Integer}, {@link Long}) JSON's own; anything else is a text: a {@link BigDecimal} in its plain form
 * ({@code "1000"}, not {@code "1E+3"}), enums by name, dates as ISO dates (their {@code toString()}).
 */
public final class AuditJson {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static AuditJson object() {
        return new AuditJson();
    }

    public AuditJson with(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The JSON text, as the audit trail stores it. */
    @Override
    public String toString() {
        return toJson().toString();
    }

    private JsonObject toJson() {
        JsonObjectBuilder json = BUILDERS.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value == null) {
                json.addNull(name);
            } else if (value instanceof AuditJson nested) {
                json.add(name, nested.toJson());
            } else if (value instanceof Boolean flag) {
                json.add(name, flag.booleanValue());
            } else if (value instanceof Integer number) {
                json.add(name, number.intValue());
            } else if (value instanceof Long number) {
                json.add(name, number.longValue());
            } else if (value instanceof BigDecimal decimal) {
                json.add(name, decimal.toPlainString());
            } else {
                json.add(name, value.toString());
            }
        });
        return json.build();
    }
}
