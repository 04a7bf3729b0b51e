package jp.go.mhlw.kpi.api.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (no such resource, wrong method, not JSON, not acceptable) and those thrown with a ready
 * response: answered by the application, never left to the server's HTML error page. The body is completed into a
 * problem by {@link ProblemResponseFilter}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException refused) {
        Response response = refused.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        return Response.fromResponse(response)
                .entity(Problems.of(response.getStatus(), Problems.title(response.getStatus())))
                .type(Problems.PROBLEM_JSON)
                .build();
    }
}
