package jp.go.mhlw.kpi.domain.model.account;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * The identity provider refused a change (a user name or e-mail already taken, a value it does not accept, an
 * account that does not exist) or could not be reached. The message names no secret and no token. Its text is a key
 * of the domain bundle with its arguments: the exception's message is the English text, screens show
 * {@link #message(Locale)}.
 */
@ApplicationException(rollback = true)
public class IdentityProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the identity provider did not do what was asked. */
    public enum Reason {
        USERNAME_TAKEN,
        EMAIL_TAKEN,
        REJECTED,
        NOT_FOUND,
        UNAVAILABLE
    }

    private final Reason reason;
    private final String key;
    private final transient List<Object> arguments;

    public IdentityProviderException(Reason reason, String key, Object... arguments) {
        this(reason, null, key, arguments);
    }

    public IdentityProviderException(Reason reason, Throwable cause, String key, Object... arguments) {
        super(Texts.text(Texts.ENGLISH, key, arguments), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public Reason getReason() {
        return reason;
    }

    public String getMessageJa() {
        return message(Texts.JAPANESE);
    }

    public String getMessageEn() {
        return getMessage();
    }

    public String message(Locale locale) {
        return Texts.text(locale, key, arguments.toArray());
    }

    /** The refusal as a problem of the form's field. */
    public Problem problem(String field) {
        return new Problem(field, key, arguments);
    }
}
