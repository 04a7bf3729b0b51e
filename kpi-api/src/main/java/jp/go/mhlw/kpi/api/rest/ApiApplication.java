package jp.go.mhlw.kpi.api.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** The REST API; the web module's context root is /api. */
@ApplicationPath("/")
@DeclareRoles({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER,
        Role.Names.SURVEY_REPORTER, Role.Names.MANUFACTURER, Role.Names.INDUSTRY_ASSOCIATION,
        Role.Names.COMMITTEE_MEMBER, Role.Names.ADMIN})
public class ApiApplication extends Application {
}
