package jp.go.mhlw.kpi.api.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is no possible request (not UTF-8 or JSON, an unknown enum value, a figure out of range): 400 with every
 * malformed value.
 */
@Provider
public class MalformedReportMapper implements ExceptionMapper<SupplyCaseJson.BadRequest> {

    @Override
    public Response toResponse(SupplyCaseJson.BadRequest malformed) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(new SupplyCaseJson.Problem(400, malformed.getMessage(), null, null, malformed.details().isEmpty() ? null : malformed.details()))
                .build();
    }
}
