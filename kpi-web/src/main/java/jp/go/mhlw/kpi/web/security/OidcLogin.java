package jp.go.mhlw.kpi.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * Browser login through the identity provider (Keycloak) with the standard Jakarta Security mechanism.
 * Realm roles arrive as the flat {@code groups} claim; Payara's default principal-to-role mapping turns
 * them into the roles declared here. After the callback, {@link LoginCallbackServlet} sends the user to the screen
 * they asked for ({@link LoginTargetListener}); redirectToOriginalResource replays the first request at the callback,
 * which breaks Faces pages on this server.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER,
        Role.Names.SURVEY_REPORTER, Role.Names.MANUFACTURER, Role.Names.INDUSTRY_ASSOCIATION,
        Role.Names.COMMITTEE_MEMBER, Role.Names.ADMIN})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        tokenAutoRefresh = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class OidcLogin {
}
