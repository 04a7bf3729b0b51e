package jp.go.mhlw.kpi.api.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.go.mhlw.kpi.application.OrganisationDirectory;

/** GET /api/organisations: the active organisations (ministry and administrators; the service checks the role). */
@Path("organisations")
@RequestScoped
public class OrganisationResource {

    @Inject
    OrganisationDirectory directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonArray list() {
        JsonArrayBuilder result = Json.createArrayBuilder();
        directory.listActive().forEach(organisation -> result.add(Json.createObjectBuilder()
                .add("code", organisation.getCode())
                .add("kind", organisation.getKind().name())
                .add("nameJa", organisation.getNameJa())
                .add("nameEn", organisation.getNameEn())));
        return result.build();
    }
}
