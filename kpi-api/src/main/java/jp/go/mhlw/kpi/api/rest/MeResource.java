package jp.go.mhlw.kpi.api.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.go.mhlw.kpi.application.admin.OrganisationDirectory;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/me: who the token says the caller is. */
@Path("me")
@RequestScoped
public class MeResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    OrganisationDirectory directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCaller", summary = "Who the token says the caller is: user name, roles, organisation")
    public JsonObject me() {
        Caller caller = currentCaller.require();
        JsonArrayBuilder roles = Json.createArrayBuilder();
        caller.roles().stream().map(Role::roleName).sorted().forEach(roles::add);
        JsonObjectBuilder organisation = Json.createObjectBuilder();
        caller.organisationCode().ifPresent(code -> {
            organisation.add("code", code);
            directory.findByCode(code).ifPresent(found -> organisation
                    .add("kind", found.getKind().name())
                    .add("nameJa", found.getNameJa())
                    .add("nameEn", found.getNameEn()));
        });
        return Json.createObjectBuilder()
                .add("userName", caller.userName())
                .add("roles", roles)
                .add("organisation", organisation)
                .build();
    }
}
