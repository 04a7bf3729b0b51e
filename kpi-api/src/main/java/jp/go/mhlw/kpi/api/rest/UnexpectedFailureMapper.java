package jp.go.mhlw.kpi.api.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.go.mhlw.kpi.application.operations.DatabaseOutage;

/**
 * A fault no other mapper explains: 500 as a problem that names no class, with an id the log names too, so that
 * the operator finds the stack trace the caller does not see. The database out of reach is no fault of the request:
 * 503 with Retry-After.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (DatabaseOutage.isCauseOf(failure)) {
            LOG.log(Level.WARNING, "API request failed: the database is out of reach ({0})", failure.toString());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                    .entity(Problems.of(503, "The service is unavailable for a moment (its database cannot be reached);"
                            + " nothing of this request was stored. Try again in a minute."))
                    .type(Problems.PROBLEM_JSON)
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed, incident " + incident, failure);
        return Response.serverError()
                .entity(Problems.of(500, "The request could not be completed (incident " + incident + ")."))
                .type(Problems.PROBLEM_JSON)
                .build();
    }
}
