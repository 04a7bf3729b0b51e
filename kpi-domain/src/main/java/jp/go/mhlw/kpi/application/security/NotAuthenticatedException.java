package jp.go.mhlw.kpi.application.security;

import jakarta.ejb.ApplicationException;

/** An operation that needs a known caller was reached anonymously. */
@ApplicationException(rollback = true)
public class NotAuthenticatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("This operation needs a logged-in caller");
    }
}
