package jp.go.mhlw.kpi.api.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.shared.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Binds a JSON value to a request record exactly, or says at which member and why not. A text is a JSON string and
 * nothing else, a number a JSON number (never a string, never rounded, never wrapped around): a whole-number member
 * refuses a fraction, and every number lies within the {@code minimum} and {@code maximum} its {@link Schema} states,
 * the limits the OpenAPI document publishes. Members the record does not have are refused. Every problem is collected
 * (with the member's place, e.g. {@code affectedLots[0].quantity}) so that the answer lists all of them.
 */
final class StrictJson {

    private static final int SHOWN_LENGTH = 40;

    private final List<Problem> problems = new ArrayList<>();

    /** The record, or {@code null} with the problems recorded. */
    <T extends Record> T read(JsonValue json, Class<T> type) {
        return type.cast(value(json, type, null, ""));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private Object value(JsonValue json, Type type, Schema schema, String where) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> primitive && primitive.isPrimitive()) {
                refuse(where, "input.json.required", where);
            }
            return null;
        }
        if (type == String.class) {
            return json instanceof JsonString string ? string.getString() : refuse(where, "input.json.text", where, json);
        }
        if (type == Boolean.class || type == boolean.class) {
            return switch (json.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> refuse(where, "input.json.boolean", where, json);
            };
        }
        if (type == LocalDate.class) {
            return date(json, where);
        }
        if (type == BigDecimal.class || type == Long.class || type == long.class || type == Integer.class
                || type == int.class) {
            return number(json, (Class<?>) type, schema, where);
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return list(json, list.getActualTypeArguments()[0], where);
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            return record(json, record, where);
        }
        throw new IllegalArgumentException("No JSON binding for " + type);
    }

    private Object date(JsonValue json, String where) {
        if (!(json instanceof JsonString string)) {
            return refuse(where, "input.json.date", where, json);
        }
        try {
            return LocalDate.parse(string.getString());
        } catch (DateTimeParseException notADate) {
            return refuse(where, "input.json.date", where, json);
        }
    }

    private Object number(JsonValue json, Class<?> type, Schema schema, String where) {
        if (!(json instanceof JsonNumber number)) {
            return refuse(where, "input.json.number", where, json);
        }
        BigDecimal exact = number.bigDecimalValue();
        BigDecimal minimum = bound(schema == null ? "" : schema.minimum(), type, false);
        BigDecimal maximum = bound(schema == null ? "" : schema.maximum(), type, true);
        if (minimum != null && exact.compareTo(minimum) < 0 || maximum != null && exact.compareTo(maximum) > 0) {
            return refuse(where, "input.range", where, shown(json), plain(minimum), plain(maximum));
        }
        if (type == BigDecimal.class) {
            return exact;
        }
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            return refuse(where, "input.wholeNumber", where, shown(json));
        }
        return type == Long.class || type == long.class ? (Object) exact.longValueExact() : exact.intValueExact();
    }

    /** The schema's bound, or for whole numbers the type's own, so that nothing wraps around. */
    private static BigDecimal bound(String stated, Class<?> type, boolean upper) {
        if (!stated.isEmpty()) {
            return new BigDecimal(stated);
        }
        if (type == Long.class || type == long.class) {
            return BigDecimal.valueOf(upper ? Long.MAX_VALUE : Long.MIN_VALUE);
        }
        if (type == Integer.class || type == int.class) {
            return BigDecimal.valueOf(upper ? Integer.MAX_VALUE : Integer.MIN_VALUE);
        }
        return null;
    }

    private List<Object> list(JsonValue json, Type item, String where) {
        if (!(json instanceof JsonArray array)) {
            refuse(where, "input.json.list", where, json);
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            items.add(value(array.get(i), item, null, where + "[" + i + "]"));
        }
        return items;
    }

    private Object record(JsonValue json, Class<?> type, String where) {
        if (!(json instanceof JsonObject object)) {
            return refuse(where, "input.json.object", where, json);
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        String prefix = where.isEmpty() ? "" : where + ".";
        for (String member : object.keySet()) {
            if (!names.contains(member)) {
                refuse(prefix + member, "input.json.unknownMember", prefix + member,
                        names.stream().collect(Collectors.joining(", ")));
            }
        }
        int before = problems.size();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            values[i] = value(object.get(component.getName()), component.getGenericType(),
                    component.getAccessor().getAnnotation(Schema.class), prefix + component.getName());
        }
        return problems.size() > before ? null : construct(type, components, values);
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            throw refused.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(refused);
        } catch (ReflectiveOperationException notARequestRecord) {
            throw new IllegalStateException(notARequestRecord);
        }
    }

    private Object refuse(String where, String key, Object... arguments) {
        Object[] shown = Arrays.stream(arguments).map(argument -> argument instanceof JsonValue value ? shown(value)
                : argument).toArray();
        problems.add(Problem.at(where, key, shown));
        return null;
    }

    /** The value as sent, shortened: enough to recognise it, never a whole body. */
    private static String shown(JsonValue value) {
        String text = value.toString();
        return text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text;
    }

    private static String plain(BigDecimal bound) {
        return bound == null ? "" : bound.toPlainString();
    }
}
