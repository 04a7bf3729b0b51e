package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON text of what this module stores as JSON (a submission's content, warnings and justifications, a supply
 * report), read and written with JSON-P: Parsson, which Payara provides and the tests have on their class path.
 *
 * <p>Written compactly, members in the order they are added, texts escaped as RFC 8259 asks, whole numbers as
 * integers and decimals in their plain form, never with an exponent ({@code 1000}, not {@code 1E+3}): the layout
 * the rows already stored have. Read strictly: one JSON value and nothing after it, no member twice, nested no
 * deeper than {@link #MAX_DEPTH}. Whatever does not fit, in the text or in the layout, is refused with an
 * {@link IllegalArgumentException} that says what and where.
 */
final class StoredJson {

    /** Deeper than anything stored: a damaged value is refused before it costs the parser's stack. */
    static final int MAX_DEPTH = 32;

    /**
     * Parsson's own settings (JSON-P has none for either): its depth limit counts the outermost value as 1 and
     * refuses the level it names; duplicate members refused rather than the last one kept.
     */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of(
            "org.eclipse.parsson.maxDepth", MAX_DEPTH + 1,
            "org.eclipse.parsson.rejectDuplicateKeys", Boolean.TRUE));
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private StoredJson() {
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    static String write(JsonStructure json) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(text)) {
            writer.write(json);
        }
        return text.toString();
    }

    /** The decimal as a JSON number written in its plain form. */
    static JsonNumber plain(BigDecimal value) {
        return new PlainNumber(value);
    }

    /** A text member that is always there, {@code null} when blank. */
    static void putOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    // the members of the layout whose values may be blank: a blank value is left out

    static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    static void put(JsonObjectBuilder json, String name, Integer value) {
        if (value != null) {
            json.add(name, value.intValue());
        }
    }

    static void put(JsonObjectBuilder json, String name, Long value) {
        if (value != null) {
            json.add(name, value.longValue());
        }
    }

    static void put(JsonObjectBuilder json, String name, Boolean value) {
        if (value != null) {
            json.add(name, value.booleanValue());
        }
    }

    static void put(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value != null) {
            json.add(name, plain(value));
        }
    }

    static void put(JsonObjectBuilder json, String name, Enum<?> value) {
        if (value != null) {
            json.add(name, value.name());
        }
    }

    static void put(JsonObjectBuilder json, String name, LocalDate value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /**
     * The one JSON value of the text.
     *
     * @throws IllegalArgumentException "Malformed JSON (…)" when the text is not one JSON value, is nested deeper
     *                                  than {@link #MAX_DEPTH} or repeats a member of an object
     */
    static JsonValue read(String text) {
        JsonValue value;
        boolean more;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            more = parser.hasNext(); // Parsson refuses what follows the value here
        } catch (RuntimeException malformed) {
            // Parsson refuses with JsonParsingException, IllegalStateException (a member twice) or a plain
            // RuntimeException (too deep): all of them say the stored text is no JSON this module wrote
            throw new IllegalArgumentException("Malformed JSON (" + malformed.getMessage() + ")", malformed);
        }
        if (more) {
            throw new IllegalArgumentException("Malformed JSON (text after the value)");
        }
        return value;
    }

    static JsonObject object(JsonValue value, String what) {
        if (!(value instanceof JsonObject json)) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        return json;
    }

    static JsonArray list(JsonValue value, String what) {
        if (!(value instanceof JsonArray json)) {
            throw new IllegalArgumentException(what + " must be a JSON array");
        }
        return json;
    }

    /** A member holding an object; left out, an empty one (blank values are left out of the layout). */
    static JsonObject members(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return blank(value) ? JsonValue.EMPTY_JSON_OBJECT : object(value, name);
    }

    /** A member holding an object, or {@code null} when it is left out. */
    static JsonObject objectOrNull(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return blank(value) ? null : object(value, name);
    }

    /** A member holding a list; left out, an empty one. */
    static JsonArray items(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return blank(value) ? JsonValue.EMPTY_JSON_ARRAY : list(value, name);
    }

    /** A member holding a list of objects; left out, an empty one. */
    static List<JsonObject> objects(JsonObject json, String name) {
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue item : items(json, name)) {
            objects.add(object(item, name));
        }
        return objects;
    }

    // the scalar readers name the member whose value does not fit, so that a damaged stored document is easy to find

    static String text(JsonObject json, String name) {
        return asText(json.get(name), name);
    }

    static String asText(JsonValue value, String name) {
        if (blank(value)) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new IllegalArgumentException(name + " must be a text, not " + shown(value));
        }
        return text.getString();
    }

    static Boolean bool(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (blank(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw new IllegalArgumentException(name + " must be true or false, not " + shown(value));
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    static BigDecimal decimal(JsonObject json, String name) {
        return asDecimal(json.get(name), name);
    }

    static BigDecimal asDecimal(JsonValue value, String name) {
        if (blank(value)) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new IllegalArgumentException(name + " must be a number, not " + shown(value));
        }
        return number.bigDecimalValue();
    }

    static Integer integer(JsonObject json, String name) {
        return asInteger(json.get(name), name);
    }

    static Integer asInteger(JsonValue value, String name) {
        Long whole = asWhole(value, name);
        if (whole != null && (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(name + " is out of range: " + whole);
        }
        return whole == null ? null : whole.intValue();
    }

    static Long whole(JsonObject json, String name) {
        return asWhole(json.get(name), name);
    }

    static Long asWhole(JsonValue value, String name) {
        BigDecimal number = asDecimal(value, name);
        try {
            return number == null ? null : number.longValueExact();
        } catch (ArithmeticException fraction) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + number.toPlainString());
        }
    }

    /** A text naming a constant or a date, parsed; a text {@code parse} refuses is named with its member. */
    static <T> T constant(JsonObject json, String name, Function<String, T> parse) {
        return constant(text(json, name), name, parse);
    }

    static <T> T constant(String value, String name, Function<String, T> parse) {
        try {
            return value == null ? null : parse.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException unknown) {
            throw new IllegalArgumentException(name + " cannot be \"" + value + "\"");
        }
    }

    /** Left out or {@code null}: a blank value. */
    static boolean blank(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static String shown(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    /**
     * A JSON number whose text is {@link BigDecimal#toPlainString()}. JSON-P writes a number as its
     * {@code toString()}, which for a {@link BigDecimal} takes an exponent for some values ({@code 1E+3},
     * {@code 1.2E-7}); the stored layout has the plain form, which reads back as the same value.
     */
    private record PlainNumber(BigDecimal value) implements JsonNumber {

        @Override
        public ValueType getValueType() {
            return ValueType.NUMBER;
        }

        @Override
        public boolean isIntegral() {
            return value.scale() == 0;
        }

        @Override
        public int intValue() {
            return value.intValue();
        }

        @Override
        public int intValueExact() {
            return value.intValueExact();
        }

        @Override
        public long longValue() {
            return value.longValue();
        }

        @Override
        public long longValueExact() {
            return value.longValueExact();
        }

        @Override
        public BigInteger bigIntegerValue() {
            return value.toBigInteger();
        }

        @Override
        public BigInteger bigIntegerValueExact() {
            return value.toBigIntegerExact();
        }

        @Override
        public double doubleValue() {
            return value.doubleValue();
        }

        @Override
        public BigDecimal bigDecimalValue() {
            return value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof JsonNumber number && value.equals(number.bigDecimalValue());
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }
}
