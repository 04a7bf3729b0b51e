package jp.go.mhlw.kpi.api.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import jp.go.mhlw.kpi.application.submission.SubmissionException;

/**
 * The submission service's refusals: no such request for the caller (also another organisation's) 404; not now
 * (under review, already approved, a comment missing) 409; errors or unjustified warnings 422 with every one of them.
 */
@Provider
public class SubmissionExceptionMapper implements ExceptionMapper<SubmissionException> {

    @Override
    public Response toResponse(SubmissionException refused) {
        ReportRequestJson.Problem problem;
        if (refused instanceof SubmissionException.NotFound) {
            problem = new ReportRequestJson.Problem(404, refused.getMessage(), null, null);
        } else if (refused instanceof SubmissionException.NotAllowed notNow) {
            problem = new ReportRequestJson.Problem(409, notNow.message(Locale.ENGLISH), null, null);
        } else if (refused instanceof SubmissionException.Rejected rejected) {
            problem = new ReportRequestJson.Problem(ReportRejectedMapper.UNPROCESSABLE_CONTENT,
                    "Nothing was submitted: " + refused.getMessage(),
                    rejected.validation().errors().stream().map(ReportRequestJson.Error::of).toList(),
                    rejected.unjustified().stream().map(ReportRequestJson.Warning::of).toList());
        } else {
            problem = new ReportRequestJson.Problem(ReportRejectedMapper.UNPROCESSABLE_CONTENT, refused.getMessage(),
                    null, null);
        }
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON).entity(problem).build();
    }
}
