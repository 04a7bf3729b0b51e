package jp.go.mhlw.kpi.api.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.api.rest.submission.MalformedContentException;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentMapper;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentReader;
import jp.go.mhlw.kpi.application.followup.CollectionManagement;
import jp.go.mhlw.kpi.application.followup.ReportRequestNotFoundException;
import jp.go.mhlw.kpi.application.submission.SubmissionService;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.InputCheck;
import jp.go.mhlw.kpi.domain.shared.InputLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The annual follow-up for the systems of reporting bodies and the ministry: a body lists its report requests and
 * submits versions; an officer approves or returns the version waiting for review; the secretariat reopens an
 * approved request for a correction. The screens' {@link SubmissionService} and {@link CollectionManagement} stand
 * behind every method, so validation, roles and organisation checks are theirs.
 */
@Path("report-requests")
@RequestScoped
@Tag(name = "Follow-up reports", description = "Annual KPI follow-up submissions")
@SecurityRequirement(name = ApiApplication.BEARER)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
public class ReportRequestResource {

    private static final String JSON = MediaType.APPLICATION_JSON;
    /** The members of a submission's body: those of its document's record. */
    private static final List<String> SUBMIT_MEMBERS =
            Arrays.stream(ReportRequestJson.Submit.class.getRecordComponents()).map(RecordComponent::getName).toList();

    @Inject
    SubmissionService service;

    @Inject
    CollectionManagement management;

    @Inject
    JsonBodies bodies;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(JSON)
    @Operation(operationId = "listReportRequests",
            summary = "The report requests to the caller's organisation, newest cycle first, a page at a time",
            description = "Only the requests whose template the caller's role fills in (a hub reporter: hub reports). "
                    + "Newest cycle first (then by id, descending), so that the pages neither overlap nor skip a "
                    + "request while none is made. The Link header gives the next page (rel=\"next\") while requests "
                    + "are left, and the previous one (rel=\"prev\"); X-Total-Count the number of requests in the list.")
    @APIResponse(responseCode = "200", description = "One page of the requests",
            headers = {
                @Header(name = "Link", description = "<…/api/report-requests?page=1&size=50>; rel=\"next\", and "
                        + "rel=\"prev\" after the first page (RFC 8288); absent when there is no other page",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "X-Total-Count", description = "How many requests the whole list holds",
                        schema = @Schema(type = SchemaType.INTEGER))},
            content = @Content(mediaType = JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReportRequestJson.Request.class)))
    @APIResponse(responseCode = "400", description = "page or size not a whole number, or out of range",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    public Response list(
            @Parameter(description = "The page, from 0 (the default)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Requests per page: 1 to " + ApiPage.MAX_SIZE + ", " + ApiPage.DEFAULT_SIZE
                    + " by default", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                            maximum = "" + ApiPage.MAX_SIZE, defaultValue = "" + ApiPage.DEFAULT_SIZE))
            @QueryParam("size") String size) {
        ApiPage asked;
        try {
            asked = ApiPage.of(page, size);
        } catch (IllegalArgumentException refused) {
            throw new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(JSON)
                    .entity(new ReportRequestJson.Problem(400, refused.getMessage(), List.of(), List.of())).build());
        }
        List<ReportRequestJson.Request> requests = service.myRequests(asked.first(), asked.size()).stream()
                .map(ReportRequestJson.Request::of).toList();
        long total = service.countMyRequests();
        Response.ResponseBuilder answer = Response.ok(requests).header("X-Total-Count", total);
        String links = asked.links(total, other -> uriInfo.getRequestUriBuilder().replaceQueryParam("page", other)
                .replaceQueryParam("size", asked.size()).build().toString());
        return (links.isEmpty() ? answer : answer.header("Link", links)).build();
    }

    @RolesAllowed({Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER, Role.Names.SURVEY_REPORTER, Role.Names.MINISTRY_OFFICER})
    @POST
    @Path("{id}/versions")
    @Consumes(JSON)
    @Produces(JSON)
    @Operation(operationId = "submitReportVersion", summary = "Submit the request's next version",
            description = "Validated as on the form: errors refuse it, and so does a warning without a justification. "
                    + "Reporters of the request's organisation only; not while a version is under review.")
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ReportRequestJson.Submit.class)))
    @APIResponse(responseCode = "201", description = "Submitted; it waits for the ministry's review",
            headers = @Header(name = "Location", description = "/api/report-requests/{id}/versions/{number}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportRequestJson.Version.class)))
    @APIResponse(responseCode = "400", description = "Not JSON, or content not in the submission layout")
    @APIResponse(responseCode = "404", description = "No such request for the caller (also another organisation's)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    @APIResponse(responseCode = "409", description = "Not now: under review or approved, or another template",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the limit")
    @APIResponse(responseCode = "422", description = "Every error and every unjustified warning; nothing is stored",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    public Response submit(@PathParam("id") long requestId, InputStream body) {
        JsonObject submission = bodies.readObject(body);
        for (String member : submission.keySet()) {
            if (!SUBMIT_MEMBERS.contains(member)) {
                throw JsonBodies.badRequest("Unknown member \"" + member + "\"; a submission has "
                        + String.join(" and ", SUBMIT_MEMBERS));
            }
        }
        SubmissionVersion version = service.submit(requestId, content(submission), justifications(submission));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(version.number())).build())
                .entity(ReportRequestJson.Version.of(requestId, version))
                .build();
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    @POST
    @Path("{id}/versions/{number}/approval")
    @Consumes(JSON)
    @Produces(JSON)
    @Operation(operationId = "approveReportVersion",
            summary = "Approve the version waiting for review (ministry officers)",
            description = "Its data counts in the cycle's aggregation. Not one's own submission.")
    @RequestBody(required = true, description = "{} when there is no comment", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ReportRequestJson.Review.class)))
    @APIResponse(responseCode = "200", description = "The approved version", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ReportRequestJson.Version.class)))
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    @APIResponse(responseCode = "409", description = "This version is not the one waiting for review",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    public ReportRequestJson.Version approve(@PathParam("id") long requestId, @PathParam("number") int number,
            InputStream body) {
        return ReportRequestJson.Version.of(requestId, service.approve(requestId, number, comment(body)));
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    @POST
    @Path("{id}/versions/{number}/return")
    @Consumes(JSON)
    @Produces(JSON)
    @Operation(operationId = "returnReportVersion",
            summary = "Return the version waiting for review to the reporter with a comment (ministry officers)")
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ReportRequestJson.Review.class)))
    @APIResponse(responseCode = "200", description = "The returned version", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ReportRequestJson.Version.class)))
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    @APIResponse(responseCode = "400", description = "No comment", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    @APIResponse(responseCode = "409", description = "This version is not the one waiting for review",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    public ReportRequestJson.Version returnForCorrection(@PathParam("id") long requestId, @PathParam("number") int number,
            InputStream body) {
        String comment = comment(body);
        if (comment == null || comment.isBlank()) {
            // what the request lacks, so 400 like any incomplete body (409 would send the caller to the case's state)
            throw JsonBodies.badRequest("A return for correction needs a comment for the reporter");
        }
        return ReportRequestJson.Version.of(requestId, service.returnForCorrection(requestId, number, comment));
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    @POST
    @Path("{id}/reopen")
    @Consumes(JSON)
    @Produces(JSON)
    @Operation(operationId = "reopenReportRequest",
            summary = "Reopen an approved request for a correction (secretariat)",
            description = "The reporter submits a corrected version, which is reviewed as usual. The approved version "
                    + "counts until the corrected one is approved; it is then kept as superseded.")
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ReportRequestJson.Reopen.class)))
    @APIResponse(responseCode = "200", description = "The reopened request", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ReportRequestJson.Request.class)))
    @APIResponse(responseCode = "400", description = "No reason", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    @APIResponse(responseCode = "409", description = "The request is not approved (or is reopened already)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ReportRequestJson.Problem.class)))
    public ReportRequestJson.Request reopen(@PathParam("id") long requestId, InputStream body) {
        String reason = bodies.read(body, ReportRequestJson.Reopen.class).reason();
        if (reason == null || reason.isBlank()) {
            throw JsonBodies.badRequest("Reopening a request needs a reason for the reporter");
        }
        try {
            return ReportRequestJson.Request.of(management.reopenForCorrection(requestId, reason));
        } catch (ReportRequestNotFoundException notFound) {
            throw problem(404, notFound.getMessage());
        } catch (EntryRejectedException refused) {
            throw problem(refused.getProblems().stream().anyMatch(problem -> problem.field().equals("reason")) ? 400
                    : 409, refused.getProblems().stream().map(problem -> problem.messageEn())
                    .reduce((a, b) -> a + " " + b).orElse(refused.getMessage()));
        }
    }

    private static jakarta.ws.rs.WebApplicationException problem(int status, String message) {
        return new jakarta.ws.rs.WebApplicationException(Response.status(status).type(JSON)
                .entity(new ReportRequestJson.Problem(status, message, null, null)).build());
    }

    private String comment(InputStream body) {
        return bodies.read(body, ReportRequestJson.Review.class).comment();
    }

    private static SubmissionContent content(JsonObject submission) {
        if (!(submission.get("content") instanceof JsonObject content)) {
            throw JsonBodies.badRequest("A submission needs its content as a JSON object");
        }
        try {
            return SubmissionContentMapper.toDomain(SubmissionContentReader.read(content));
        } catch (MalformedContentException notTheLayout) {
            // the message names the member whose value does not fit, at its place in the document
            throw JsonBodies.badRequest("The content does not follow the submission layout: "
                    + notTheLayout.getMessage());
        }
    }

    private static Map<String, String> justifications(JsonObject submission) {
        JsonValue given = submission.get("justifications");
        Map<String, String> justifications = new LinkedHashMap<>();
        if (given == null || given == JsonValue.NULL) {
            return justifications;
        }
        if (!(given instanceof JsonObject byKey)) {
            throw JsonBodies.badRequest("justifications must be an object of warning key → text");
        }
        byKey.forEach((key, text) -> {
            if (!(text instanceof JsonString string)) {
                throw JsonBodies.badRequest("The justification of " + key + " must be a text");
            }
            new InputCheck().paragraphs("justifications." + key, "justifications." + key, string.getString(), InputLimits.LONG_TEXT_LENGTH)
                    .problems().stream().findFirst().ifPresent(problem -> {
                        throw new SupplyCaseJson.BadRequest("The justification of " + key + " cannot be taken",
                                List.of(problem));
                    });
            justifications.put(key, string.getString());
        });
        return justifications;
    }
}
