package jp.go.mhlw.kpi.domain.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks entered values against {@link InputLimits} and collects every {@link Problem} at its field, so that a
 * form or a request is answered with all of them at once. {@code what} names the value in the message (a
 * {@link Labelled} field or a plain text). Blank values pass: whether a value is required is decided elsewhere.
 *
 * <p>Texts may not hold control characters (a line break and a tab only in multi-line texts) nor the bidirectional
 * embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069), with which a text can be shown in
 * another order than it was written.
 */
public final class InputCheck {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]*[0-9][0-9 ()\\-]*(?:\\s*(?:\\u5185\\u7dda|ext\\.?|x)\\s*[0-9]{1,6})?");

    private final List<Problem> problems = new ArrayList<>();

    /** A text on one line: no line breaks, no tabs. */
    public InputCheck line(String field, Object what, String value, int maxLength) {
        return text(field, what, value, maxLength, false);
    }

    /** A text of several lines: line breaks and tabs allowed. */
    public InputCheck paragraphs(String field, Object what, String value, int maxLength) {
        return text(field, what, value, maxLength, true);
    }

    public InputCheck email(String field, Object what, String value) {
        if (line(field, what, value, InputLimits.EMAIL_LENGTH).fine(field) && value != null && !value.isBlank()
                && !EMAIL.matcher(value.strip()).matches()) {
            add(field, "input.email", what, value.strip());
        }
        return this;
    }

    public InputCheck phone(String field, Object what, String value) {
        if (line(field, what, value, InputLimits.PHONE_LENGTH).fine(field) && value != null && !value.isBlank()
                && !PHONE.matcher(value.strip()).matches()) {
            add(field, "input.phone", what, value.strip());
        }
        return this;
    }

    /** A date within {@link InputLimits#EARLIEST_DATE} and {@link InputLimits#LATEST_DATE}. */
    public InputCheck date(String field, Object what, LocalDate value) {
        if (value != null && (value.isBefore(InputLimits.EARLIEST_DATE) || value.isAfter(InputLimits.LATEST_DATE))) {
            add(field, "input.dateRange", what, value.toString(), InputLimits.EARLIEST_DATE.toString(),
                    InputLimits.LATEST_DATE.toString());
        }
        return this;
    }

    /** A count of units: whole, from 0 to {@link InputLimits#MAX_QUANTITY}. */
    public InputCheck quantity(String field, Object what, Long value) {
        if (value != null && (value < 0 || value > InputLimits.MAX_QUANTITY)) {
            add(field, "input.range", what, value.toString(), "0", String.valueOf(InputLimits.MAX_QUANTITY));
        }
        return this;
    }

    /** A decimal from 0 to {@code max} with at most {@link InputLimits#DECIMAL_PLACES} places. */
    public InputCheck decimal(String field, Object what, BigDecimal value, BigDecimal max) {
        if (value == null) {
            return this;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            add(field, "input.range", what, shown(value), "0", max.toPlainString());
        } else if (value.stripTrailingZeros().scale() > InputLimits.DECIMAL_PLACES) {
            add(field, "input.decimalPlaces", what, shown(value), InputLimits.DECIMAL_PLACES);
        }
        return this;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Refuses {@code what} with every problem found, or returns quietly. */
    public void throwIfAny(String what) {
        if (!problems.isEmpty()) {
            throw new EntryRejectedException(what, problems);
        }
    }

    private InputCheck text(String field, Object what, String value, int maxLength, boolean paragraphs) {
        if (value == null) {
            return this;
        }
        int length = value.strip().codePointCount(0, value.strip().length());
        if (length > maxLength) {
            add(field, "input.tooLong", what, maxLength, length);
        }
        value.codePoints().filter(c -> forbidden(c, paragraphs)).findFirst()
                .ifPresent(c -> add(field, "input.forbiddenCharacter", what, String.format("U+%04X", c)));
        return this;
    }

    /** Control characters (C0, DEL, C1), and the bidirectional formatting characters that reorder a text. */
    static boolean forbidden(int c, boolean paragraphs) {
        if (paragraphs && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    /** Whether no problem was found at the field so far. */
    private boolean fine(String field) {
        return problems.stream().noneMatch(problem -> problem.field().equals(field));
    }

    private void add(String field, String key, Object... arguments) {
        problems.add(Problem.at(field, key, arguments));
    }

    private static String shown(BigDecimal value) {
        String plain = value.abs().compareTo(BigDecimal.TEN.pow(30)) > 0 ? value.toString() : value.toPlainString();
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }
}
