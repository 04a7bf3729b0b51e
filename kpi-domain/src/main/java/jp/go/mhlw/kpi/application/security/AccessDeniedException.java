package jp.go.mhlw.kpi.application.security;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role may do this, but not to this object: it belongs to another organisation. Screens show the
 * 403 page; the API answers 404 so that other organisations' ids are not revealed.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
