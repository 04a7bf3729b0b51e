package jp.go.mhlw.kpi.domain.model.account;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Objects;

/**
 * The identity provider refused a change (a user name or e-mail already taken, a value it does not accept, an
 * account that does not exist) or could not be reached. The message names no secret and no token. Screens show
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
    private final String messageJa;

    public IdentityProviderException(Reason reason, String messageJa, String messageEn) {
        this(reason, messageJa, messageEn, null);
    }

    public IdentityProviderException(Reason reason, String messageJa, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.messageJa = Objects.requireNonNull(messageJa, "messageJa");
    }

    public Reason getReason() {
        return reason;
    }

    public String getMessageJa() {
        return messageJa;
    }

    public String getMessageEn() {
        return getMessage();
    }

    public String message(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? getMessage() : messageJa;
    }
}
