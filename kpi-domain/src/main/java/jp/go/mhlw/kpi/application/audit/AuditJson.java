package jp.go.mhlw.kpi.application.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The before/after states of audit entries as small JSON objects, written by hand: the domain module has no
 * JSON-P implementation outside the server, and the states are a few strings and numbers (and, for what was
 * decided, one nested object).
 */
public final class AuditJson {

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

    @Override
    public String toString() {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(name)).append(':');
            if (value == null) {
                json.append("null");
            } else if (value instanceof AuditJson nested) {
                json.append(nested);
            } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
                json.append(value);
            } else {
                json.append(quote(value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString()));
            }
        });
        return json.append('}').toString();
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
