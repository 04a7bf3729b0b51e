package jp.go.mhlw.kpi.domain.model.account;

import java.io.Serializable;
import java.util.Objects;

/**
 * Whether the identity provider sent the "set your password" e-mail, and if not, why (typically: no mail server
 * configured in the realm). Getters for the screens.
 */
public final class EmailDelivery implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final EmailDelivery SENT = new EmailDelivery(true, null);

    private final boolean sent;
    private final String problem;

    private EmailDelivery(boolean sent, String problem) {
        this.sent = sent;
        this.problem = problem;
    }

    public static EmailDelivery sent() {
        return SENT;
    }

    public static EmailDelivery notSent(String problem) {
        return new EmailDelivery(false, Objects.requireNonNull(problem, "problem"));
    }

    public boolean isSent() {
        return sent;
    }

    /** The identity provider's reason, in its words (English); null when sent. */
    public String getProblem() {
        return problem;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailDelivery delivery && delivery.sent == sent && Objects.equals(delivery.problem, problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sent, problem);
    }

    @Override
    public String toString() {
        return sent ? "sent" : "not sent: " + problem;
    }
}
