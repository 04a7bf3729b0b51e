package jp.go.mhlw.kpi.api.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.go.mhlw.kpi.application.admin.OrganisationDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** GET /api/organisations: the active organisations (ministry and administrators; the service checks the role). */
@Path("organisations")
@RequestScoped
public class OrganisationResource {

    @Inject
    OrganisationDirectory directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOrganisations", summary = "The active organisations (ministry and administrators)")
    @APIResponse(responseCode = "200", description = "The active organisations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Organisation.class)))
    public List<Organisation> list() {
        return directory.listActive().stream().map(organisation -> new Organisation(organisation.getCode(),
                organisation.getKind().name(), organisation.getNameJa(), organisation.getNameEn())).toList();
    }

    @Schema(name = "Organisation", description = "An organisation: its code, kind and names")
    public record Organisation(String code, String kind, String nameJa, String nameEn) {
    }
}
