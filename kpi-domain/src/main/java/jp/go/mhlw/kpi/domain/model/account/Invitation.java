package jp.go.mhlw.kpi.domain.model.account;

import java.io.Serializable;
import java.util.Objects;

/** An account just created, and what became of its "set your password" e-mail. */
public final class Invitation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UserAccount account;
    private final EmailDelivery passwordEmail;

    public Invitation(UserAccount account, EmailDelivery passwordEmail) {
        this.account = Objects.requireNonNull(account, "account");
        this.passwordEmail = Objects.requireNonNull(passwordEmail, "passwordEmail");
    }

    public UserAccount getAccount() {
        return account;
    }

    public EmailDelivery getPasswordEmail() {
        return passwordEmail;
    }
}
