package jp.go.mhlw.kpi.api.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.go.mhlw.kpi.application.supply.SupplyCaseException;

/**
 * The supply-case services' refusals: not found (which includes another organisation's case) 404, forbidden 403,
 * conflict with the case's state 409, an argument no form sends 400.
 */
@Provider
public class SupplyCaseExceptionMapper implements ExceptionMapper<SupplyCaseException> {

    @Override
    public Response toResponse(SupplyCaseException refused) {
        int status;
        if (refused instanceof SupplyCaseException.NotFound) {
            status = Response.Status.NOT_FOUND.getStatusCode();
        } else if (refused instanceof SupplyCaseException.Forbidden) {
            status = Response.Status.FORBIDDEN.getStatusCode();
        } else if (refused instanceof SupplyCaseException.Conflict) {
            status = Response.Status.CONFLICT.getStatusCode();
        } else {
            status = Response.Status.BAD_REQUEST.getStatusCode();
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(SupplyCaseJson.Problem.of(status, refused.getMessage()))
                .build();
    }
}
