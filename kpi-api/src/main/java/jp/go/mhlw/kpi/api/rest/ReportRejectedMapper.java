package jp.go.mhlw.kpi.api.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.go.mhlw.kpi.domain.model.supply.ReportRejectedException;

/** A report missing what its kind requires: 422 with every field violation, in Japanese and English. */
@Provider
public class ReportRejectedMapper implements ExceptionMapper<ReportRejectedException> {

    static final int UNPROCESSABLE_CONTENT = 422;

    @Override
    public Response toResponse(ReportRejectedException rejected) {
        return Response.status(UNPROCESSABLE_CONTENT)
                .type(MediaType.APPLICATION_JSON)
                .entity(new SupplyCaseJson.Problem(UNPROCESSABLE_CONTENT, rejected.getMessage(), rejected.kind().name(),
                        rejected.violations().stream().map(SupplyCaseJson.Violation::of).toList(), null))
                .build();
    }
}
