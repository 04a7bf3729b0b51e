package jp.go.mhlw.kpi.api.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.security.Role;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API; the web module's context root is /api. Its OpenAPI document is served by Payara at /openapi. */
@ApplicationPath("/")
@DeclareRoles({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER,
        Role.Names.SURVEY_REPORTER, Role.Names.MANUFACTURER, Role.Names.INDUSTRY_ASSOCIATION,
        Role.Names.COMMITTEE_MEMBER, Role.Names.ADMIN})
@OpenAPIDefinition(info = @Info(title = "Medical Device Basic Plan KPI platform API", version = "1",
        description = "For the systems of reporting bodies and manufacturers. Every call needs a Keycloak access token "
                + "(audience kpi-api) as a bearer token; the caller's roles and organisation come from it."))
@SecurityScheme(securitySchemeName = ApiApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token of the platform's Keycloak realm")
public class ApiApplication extends Application {

    /** The name of the bearer-token security scheme in the OpenAPI document. */
    public static final String BEARER = "bearer";

    /**
     * Error statuses are answered with the application's problem documents, never handed to the server (whose HTML
     * error pages name it and its version).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
