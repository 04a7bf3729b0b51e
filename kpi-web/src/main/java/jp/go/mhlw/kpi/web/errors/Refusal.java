package jp.go.mhlw.kpi.web.errors;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import java.util.Optional;
import jp.go.mhlw.kpi.application.operations.DatabaseOutage;
import jp.go.mhlw.kpi.application.security.AccessDeniedException;

/**
 * What the user is told when a screen request fails for a reason that is not a fault: a page whose state is gone
 * (expired or tampered with), an action the caller's role or organisation may not take, the database out of reach.
 * Everything else is a fault.
 */
public enum Refusal {

    /** The view state is gone or unreadable: the page must be opened again. */
    EXPIRED("/error/expired.xhtml", 200),
    /** The role or the organisation may not: the 403 page. */
    FORBIDDEN("/error/403.xhtml", 403),
    /** The database is out of reach (restarted, stopped): nothing was stored, try again shortly. */
    UNAVAILABLE("/error/503.xhtml", 503);

    private final String page;
    private final int status;

    Refusal(String page, int status) {
        this.page = page;
        this.status = status;
    }

    public String page() {
        return page;
    }

    public int status() {
        return status;
    }

    /**
     * The refusal behind a failure, if it is one; a failure while restoring the posted view (a garbage or foreign
     * state token) counts as an expired page whatever the exception.
     */
    public static Optional<Refusal> of(Throwable failure, boolean restoringPostedView) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return Optional.of(EXPIRED);
            }
            if (cause instanceof EJBAccessException || cause instanceof AccessDeniedException) {
                return Optional.of(FORBIDDEN);
            }
            if (DatabaseOutage.isCauseOf(cause)) {
                return Optional.of(UNAVAILABLE);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return restoringPostedView ? Optional.of(EXPIRED) : Optional.empty();
    }
}
