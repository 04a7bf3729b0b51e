package jp.go.mhlw.kpi.api.rest.submission;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.go.mhlw.kpi.domain.shared.InputCheck;
import jp.go.mhlw.kpi.domain.shared.InputLimits;

/**
 * One JSON object of the submission layout, read member by member. A member left out or {@code null} is a blank
 * value ({@code null}, or an empty list); a value of another JSON type is refused with a message that names the
 * member by its place in the document, e.g. {@code courses[0].participants must be a number, not ten}; so is a text
 * beyond {@link InputLimits#LONG_TEXT_LENGTH} or with a control or bidirectional formatting character.
 */
final class JsonMembers {

    private final JsonObject json;
    private final String path;

    JsonMembers(JsonObject json, String path) {
        this.json = json;
        this.path = path;
    }

    /** The members present, in the document's order. */
    Set<String> names() {
        return json.keySet();
    }

    boolean has(String member) {
        return !blank(json.get(member));
    }

    /** Refuses a member that the layout, the components of {@code layout}, does not have. */
    JsonMembers allowing(Class<? extends Record> layout) {
        List<String> members = Arrays.stream(layout.getRecordComponents()).map(RecordComponent::getName).toList();
        for (String member : json.keySet()) {
            if (!members.contains(member)) {
                throw MalformedContentException.unknownMember(member, path, members);
            }
        }
        return this;
    }

    /** The member's place in the document: {@code courses[0].participants}. */
    String where(String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    String text(String member) {
        return text(json.get(member), where(member));
    }

    Boolean bool(String member) {
        JsonValue value = json.get(member);
        if (blank(value)) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw wrongType(where(member), "true or false", value);
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    Integer integer(String member) {
        return integer(json.get(member), where(member));
    }

    Long whole(String member) {
        return whole(json.get(member), where(member));
    }

    BigDecimal number(String member) {
        JsonValue value = json.get(member);
        if (blank(value)) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw wrongType(where(member), "a number", value);
        }
        return number.bigDecimalValue();
    }

    /** A list of texts; left out, an empty one. */
    List<String> texts(String member) {
        List<String> texts = new ArrayList<>();
        JsonArray items = array(member);
        for (int i = 0; i < items.size(); i++) {
            String item = text(items.get(i), where(member) + "[" + i + "]");
            if (item == null) {
                throw wrongType(where(member) + "[" + i + "]", "a text", items.get(i));
            }
            texts.add(item);
        }
        return texts;
    }

    /** A list of whole numbers; left out, an empty one. A blank item ({@code null}) only where it may be blank. */
    List<Integer> integers(String member, boolean blankItems) {
        List<Integer> numbers = new ArrayList<>();
        JsonArray items = array(member);
        for (int i = 0; i < items.size(); i++) {
            Integer item = integer(items.get(i), where(member) + "[" + i + "]");
            if (item == null && !blankItems) {
                throw wrongType(where(member) + "[" + i + "]", "a number", items.get(i));
            }
            numbers.add(item);
        }
        return numbers;
    }

    /** A nested object; {@code null} when left out. */
    JsonMembers object(String member) {
        JsonValue value = json.get(member);
        if (blank(value)) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw wrongType(where(member), "a JSON object", value);
        }
        return new JsonMembers(object, where(member));
    }

    /** A nested object; an empty one when left out. */
    JsonMembers objectOrEmpty(String member) {
        JsonMembers object = object(member);
        return object == null ? new JsonMembers(JsonValue.EMPTY_JSON_OBJECT, where(member)) : object;
    }

    /** A list of objects; left out, an empty one. */
    List<JsonMembers> objects(String member) {
        List<JsonMembers> objects = new ArrayList<>();
        JsonArray items = array(member);
        for (int i = 0; i < items.size(); i++) {
            String place = where(member) + "[" + i + "]";
            if (!(items.get(i) instanceof JsonObject object)) {
                throw wrongType(place, "a JSON object", items.get(i));
            }
            objects.add(new JsonMembers(object, place));
        }
        return objects;
    }

    private JsonArray array(String member) {
        JsonValue value = json.get(member);
        if (blank(value)) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (!(value instanceof JsonArray array)) {
            throw wrongType(where(member), "a list", value);
        }
        return array;
    }

    // ---- values -----------------------------------------------------------------------------------------------

    private static boolean blank(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    private static String text(JsonValue value, String where) {
        if (blank(value)) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw wrongType(where, "a text", value);
        }
        new InputCheck().paragraphs(where, where, string.getString(), InputLimits.LONG_TEXT_LENGTH).problems().stream()
                .findFirst().ifPresent(problem -> {
                    throw new MalformedContentException(problem.messageEn());
                });
        return string.getString();
    }

    private static Integer integer(JsonValue value, String where) {
        Long whole = whole(value, where);
        if (whole != null && (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE)) {
            throw new MalformedContentException(where + " is out of range: " + whole);
        }
        return whole == null ? null : whole.intValue();
    }

    private static Long whole(JsonValue value, String where) {
        if (blank(value)) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw wrongType(where, "a number", value);
        }
        BigDecimal exact = number.bigDecimalValue();
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw new MalformedContentException(where + " must be a whole number, not " + exact);
        }
        try {
            return exact.longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new MalformedContentException(where + " is out of range: " + exact);
        }
    }

    private static MalformedContentException wrongType(String where, String expected, JsonValue value) {
        String shown = value instanceof JsonString string ? string.getString() : String.valueOf(value);
        return new MalformedContentException(where + " must be " + expected + ", not " + shown);
    }
}
