package jp.go.mhlw.kpi.domain.shared;

import java.util.Arrays;
import java.util.List;

/**
 * A value that cannot be taken (a corporate number with a wrong check digit, a figure that cannot be read), said
 * with a key of the domain bundle: the message is the English text, and a form shows the same reason at its field
 * as a {@link Problem} in the user's language.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> arguments;

    public InvalidValueException(String key, Object... arguments) {
        super(Texts.text(Texts.ENGLISH, key, arguments));
        this.key = key;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public String getKey() {
        return key;
    }

    public List<Object> getArguments() {
        return arguments;
    }

    /** The reason as a problem of the form's field. */
    public Problem problem(String field) {
        return new Problem(field, key, arguments);
    }
}
