package jp.go.mhlw.kpi.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Hands the logged-in user's groups to the container again on every request of their session.
 *
 * <p>Why: for a user already logged in, the OpenID Connect mechanism names only the caller, and the server then
 * looks for the session's groups through a security context that its request threads share. Under concurrent
 * requests that lookup sometimes misses, and the request runs without roles: a 403 for a user who may see the page
 * (about 1 in 60 requests with six sessions at once; the server's fix came after the last Payara 6 Community
 * release). Adding the groups of the session's own tokens, as the mechanism did at login, makes each request carry
 * its roles whatever the shared context holds.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SessionGroupsMechanism implements HttpAuthenticationMechanism {

    /** The claim the login maps to groups ({@link OidcLogin}'s callerGroupsClaim). */
    static final String GROUPS_CLAIM = "groups";

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Inject
    OpenIdContext openIdContext;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        boolean loggedInBefore = request.getUserPrincipal() != null;
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        if (loggedInBefore && status == AuthenticationStatus.SUCCESS) {
            List<String> groups = sessionGroups();
            if (!groups.isEmpty()) {
                try {
                    context.getHandler().handle(new Callback[] {
                        new GroupPrincipalCallback(context.getClientSubject(), groups.toArray(String[]::new))});
                } catch (IOException | UnsupportedCallbackException failed) {
                    throw new AuthenticationException("The session's groups could not be handed to the container", failed);
                }
            }
        }
        return status;
    }

    /** The groups as the mechanism reads them at login: from the access token, else from the identity token. */
    private List<String> sessionGroups() {
        List<String> fromAccessToken = claims(openIdContext.getAccessToken() == null ? null
                : openIdContext.getAccessToken().getJwtClaims());
        if (!fromAccessToken.isEmpty()) {
            return fromAccessToken;
        }
        return claims(openIdContext.getIdentityToken() == null ? null : openIdContext.getIdentityToken().getJwtClaims());
    }

    private static List<String> claims(JwtClaims claims) {
        return claims == null ? List.of() : claims.getArrayStringClaim(GROUPS_CLAIM);
    }
}
