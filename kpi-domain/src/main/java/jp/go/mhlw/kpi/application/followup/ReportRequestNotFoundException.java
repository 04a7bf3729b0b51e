package jp.go.mhlw.kpi.application.followup;

import jakarta.ejb.ApplicationException;

/**
 * There is no such report request (for this caller): screens show "not found" and the API answers 404, whether it
 * does not exist or belongs to another organisation.
 */
@ApplicationException(rollback = true)
public class ReportRequestNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportRequestNotFoundException(long requestId) {
        super("There is no report request " + requestId + " for you");
    }
}
