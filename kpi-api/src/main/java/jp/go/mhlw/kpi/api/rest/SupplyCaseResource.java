package jp.go.mhlw.kpi.api.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.application.supply.SupplyCaseFilter;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;
import jp.go.mhlw.kpi.application.supply.SupplyFilings;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCoverage;
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
 * Supply-disruption reports from manufacturers' systems (医療機器の供給不安・欠品・供給終了の報告, 様式10-2, 10-3): open
 * a case with a first report (初回報告), add reports to it (追加報告, 再報告, 簡易報告, 供給終了届出書), read one's own
 * cases. The same services as the screens ({@link SupplyFilings}, {@link SupplyCaseQueries}) stand behind every
 * method, so roles, validation and organisation checks are the screens'.
 */
@Path("supply-cases")
@RequestScoped
@Tag(name = "Supply cases", description = "Supply-disruption reporting: instability, shortages and terminations of "
        + "medical devices")
@SecurityRequirement(name = ApiApplication.BEARER)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role (or organisation) may not do this",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplyCaseJson.Problem.class)))
public class SupplyCaseResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    SupplyFilings filings;

    @Inject
    SupplyCaseQueries queries;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    JsonBodies bodies;

    @Context
    UriInfo uriInfo;

    @RolesAllowed(Role.Names.MANUFACTURER)
    @POST
    @Consumes(JSON)
    @Produces(JSON)
    @Operation(operationId = "openSupplyCase", summary = "Open a case with a first report",
            description = "Only what is known is required: the product name, the kind of disruption and a contact. "
                    + "The case belongs to the caller's organisation. Manufacturers only.")
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(implementation = SupplyCaseJson.Report.class)))
    @APIResponse(responseCode = "201", description = "The case, opened; Location is its address",
            headers = @Header(name = "Location", description = "/api/supply-cases/{caseNumber}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplyCaseJson.Case.class)))
    @APIResponse(responseCode = "400", description = "Not UTF-8 or not JSON, or values no report can hold (unknown "
            + "member, a value of the wrong JSON type, unknown enum value, a figure, text or date beyond its limit): every "
            + "one at its member, in Japanese and English; nothing is stored", content = @Content(mediaType = JSON,
                    schema = @Schema(implementation = SupplyCaseJson.Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the limit (256 KiB unless configured)")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    @APIResponse(responseCode = "422", description = "The report lacks what a first report requires: every field violation",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplyCaseJson.Problem.class)))
    public Response open(InputStream body) {
        SupplyCaseJson.Report report = bodies.read(body, SupplyCaseJson.Report.class);
        SupplyCase opened = filings.openWithFirstReport(report.toDomain(""));
        return Response.created(caseAddress(opened.caseNumber()))
                .entity(caseJson(opened))
                .build();
    }

    @RolesAllowed(Role.Names.MANUFACTURER)
    @POST
    @Path("{caseNumber}/reports")
    @Consumes(JSON)
    @Produces(JSON)
    @Operation(operationId = "fileSupplyReport", summary = "Add a report to a case as its next version",
            description = "Additional report, re-report, simple report or supply-termination notice (form 10-3), "
                    + "as the case's state allows; a first report on a case opened "
                    + "with a draft. The kind decides the required fields. Manufacturers of the case's organisation only.")
    @RequestBody(required = true, content = @Content(mediaType = JSON,
            schema = @Schema(implementation = SupplyCaseJson.FileReport.class)))
    @APIResponse(responseCode = "201", description = "The case with the new version; Location is the version's address",
            headers = @Header(name = "Location", description = "/api/supply-cases/{caseNumber}/reports/{number}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplyCaseJson.Case.class)))
    @APIResponse(responseCode = "400", description = "Not UTF-8 or not JSON, or values no report can hold (as for "
            + "opening a case); nothing is stored",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplyCaseJson.Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case for the caller (also another organisation's case)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplyCaseJson.Problem.class)))
    @APIResponse(responseCode = "409", description = "The case does not accept this kind of report now",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplyCaseJson.Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the limit")
    @APIResponse(responseCode = "422", description = "The report lacks what its kind requires: every field violation; "
            + "nothing is stored", content = @Content(mediaType = JSON,
                    schema = @Schema(implementation = SupplyCaseJson.Problem.class)))
    public Response fileReport(@Parameter(description = "e.g. SC-2026-000123") @PathParam("caseNumber") String caseNumber,
            InputStream body) {
        SupplyCaseJson.FileReport request = bodies.read(body, SupplyCaseJson.FileReport.class);
        ReportKind kind = request.kindToDomain();
        SupplyCase changed = filings.fileReport(caseNumber, kind, request.report().toDomain("report."));
        ReportVersion filed = changed.latestVersion().orElseThrow();
        return Response.created(caseAddress(changed.caseNumber(), "reports", String.valueOf(filed.number())))
                .entity(caseJson(changed))
                .build();
    }

    @GET
    @Produces(JSON)
    @Operation(operationId = "listSupplyCases", summary = "The caller's cases, newest first, a page at a time",
            description = "A manufacturer's organisation's cases (drafts included); for ministry officers every case with "
                    + "a filed report; for an industry association the cases it was asked to support. Newest first (then "
                    + "by case number, descending), so that the pages neither overlap nor skip a case while none is "
                    + "opened. The Link header gives the next page (rel=\"next\") while cases are left, and the "
                    + "previous one (rel=\"prev\"); X-Total-Count the number of cases in the list.")
    @APIResponse(responseCode = "200", description = "One page of the case list",
            headers = {
                @Header(name = "Link", description = "<…/api/supply-cases?page=1&size=50>; rel=\"next\", and "
                        + "rel=\"prev\" after the first page (RFC 8288); absent when there is no other page",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "X-Total-Count", description = "How many cases the whole list holds",
                        schema = @Schema(type = SchemaType.INTEGER))},
            content = @Content(mediaType = JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SupplyCaseJson.Summary.class)))
    @APIResponse(responseCode = "400", description = "page or size not a whole number, or out of range",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplyCaseJson.Problem.class)))
    public Response list(
            @Parameter(description = "The page, from 0 (the default)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Cases per page: 1 to " + ApiPage.MAX_SIZE + ", " + ApiPage.DEFAULT_SIZE
                    + " by default", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                            maximum = "" + ApiPage.MAX_SIZE, defaultValue = "" + ApiPage.DEFAULT_SIZE))
            @QueryParam("size") String size) {
        ApiPage asked;
        try {
            asked = ApiPage.of(page, size);
        } catch (IllegalArgumentException refused) {
            throw new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(JSON)
                    .entity(SupplyCaseJson.Problem.of(400, refused.getMessage())).build());
        }
        List<SupplyCaseJson.Summary> cases = queries.myCases(SupplyCaseFilter.NEWEST_FIRST, asked.first(), asked.size())
                .stream().map(SupplyCaseJson.Summary::of).toList();
        long total = queries.countMyCases(SupplyCaseFilter.NEWEST_FIRST);
        Response.ResponseBuilder answer = Response.ok(cases).header("X-Total-Count", total);
        String links = asked.links(total, other -> uriInfo.getRequestUriBuilder().replaceQueryParam("page", other)
                .replaceQueryParam("size", asked.size()).build().toString());
        return (links.isEmpty() ? answer : answer.header("Link", links)).build();
    }

    @GET
    @Path("{caseNumber}")
    @Produces(JSON)
    @Operation(operationId = "getSupplyCase", summary = "A case with every filed version",
            description = "The draft of the next report is shown to the case's own manufacturer only; the coverage to "
                    + "ministry officers only.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = SupplyCaseJson.Case.class)))
    @APIResponse(responseCode = "404", description = "No such case for the caller (also another organisation's case)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplyCaseJson.Problem.class)))
    public SupplyCaseJson.Case get(@PathParam("caseNumber") String caseNumber) {
        SupplyCase found = visibleCase(caseNumber);
        // the coverage sums other makers' answers: the ministry's to see, not the manufacturer's
        return currentCaller.require().hasRole(Role.MINISTRY_OFFICER)
                ? SupplyCaseJson.Case.of(found, queries.timeline(found.caseNumber()),
                        SupplyCaseJson.Coverage.of(SupplyCoverage.of(found)))
                : caseJson(found);
    }

    @GET
    @Path("{caseNumber}/reports/{number}")
    @Produces(JSON)
    @Operation(operationId = "getSupplyCaseVersion", summary = "One filed version of a case, as it was filed")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = SupplyCaseJson.Version.class)))
    @APIResponse(responseCode = "404", description = "No such case for the caller, or no such version",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplyCaseJson.Problem.class)))
    public SupplyCaseJson.Version version(@PathParam("caseNumber") String caseNumber, @PathParam("number") int number) {
        List<ReportVersion> versions = visibleCase(caseNumber).versions();
        if (number < 1 || number > versions.size()) {
            throw notFound("Case " + caseNumber + " has no version " + number);
        }
        return SupplyCaseJson.Version.of(versions.get(number - 1));
    }

    /** Unknown and not the caller's are answered alike, in the words of the services' not-found. */
    private SupplyCase visibleCase(String caseNumber) {
        return queries.caseFor(caseNumber).orElseThrow(() -> notFound("There is no supply case " + caseNumber + " for you"));
    }

    private static NotFoundException notFound(String message) {
        return new NotFoundException(Response.status(Response.Status.NOT_FOUND).type(JSON)
                .entity(SupplyCaseJson.Problem.of(404, message)).build());
    }

    /** The services give the draft to the case's own manufacturer only. */
    private SupplyCaseJson.Case caseJson(SupplyCase supplyCase) {
        return SupplyCaseJson.Case.of(supplyCase, queries.timeline(supplyCase.caseNumber()));
    }

    private URI caseAddress(String caseNumber, String... below) {
        UriBuilder address = uriInfo.getBaseUriBuilder().path(SupplyCaseResource.class).path(caseNumber);
        for (String segment : below) {
            address.path(segment);
        }
        return address.build();
    }
}
