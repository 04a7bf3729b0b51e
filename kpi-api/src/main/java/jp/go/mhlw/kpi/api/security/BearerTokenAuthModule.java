package jp.go.mhlw.kpi.api.security;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import jp.go.mhlw.kpi.api.rest.Problems;

/**
 * Authenticates API requests by their {@code Authorization: Bearer} token (Jakarta Authentication). The
 * token's {@code groups} claim becomes the caller's groups, which the container maps to roles; the verified
 * claims stay on the request for the resources (the organisation code). No token on a protected resource,
 * or a bad token anywhere: 401 with a WWW-Authenticate header.
 */
public class BearerTokenAuthModule implements ServerAuthModule {

    /** The request attribute holding the verified {@link JWTClaimsSet}. */
    public static final String CLAIMS_ATTRIBUTE = BearerTokenAuthModule.class.getName() + ".claims";

    private static final Logger LOG = Logger.getLogger(BearerTokenAuthModule.class.getName());
    private static final String BEARER = "Bearer ";
    private static final String IS_MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    /** The 401's body, a problem document like every error of the API (its {@code message} for older clients). */
    private static final JsonObject UNAUTHORIZED = Problems.complete(HttpServletResponse.SC_UNAUTHORIZED,
            Json.createObjectBuilder().add("message", "A valid bearer token is required.").build());

    private final AccessTokenVerifier verifier;
    private CallbackHandler handler;

    public BearerTokenAuthModule(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
            Map options) {
        this.handler = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo messageInfo, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) messageInfo.getRequestMessage();
        HttpServletResponse response = (HttpServletResponse) messageInfo.getResponseMessage();
        String authorization = request.getHeader("Authorization");
        boolean mandatory = Boolean.parseBoolean(String.valueOf(messageInfo.getMap().get(IS_MANDATORY)));

        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            if (!mandatory) {
                return AuthStatus.SUCCESS; // a public resource, called anonymously
            }
            return unauthorized(response, "Bearer realm=\"kpi\"");
        }
        try {
            JWTClaimsSet claims = verifier.verify(authorization.substring(BEARER.length()).strip());
            List<String> groups = claims.getStringListClaim("groups");
            handle(new CallerPrincipalCallback(client, claims.getStringClaim("preferred_username")),
                    new GroupPrincipalCallback(client, groups == null ? new String[0] : groups.toArray(String[]::new)));
            request.setAttribute(CLAIMS_ATTRIBUTE, claims);
            return AuthStatus.SUCCESS;
        } catch (AccessTokenVerifier.InvalidTokenException | ParseException e) {
            LOG.fine(() -> "API request with an invalid token: " + e.getMessage());
            return unauthorized(response, "Bearer realm=\"kpi\", error=\"invalid_token\"");
        }
    }

    private AuthStatus unauthorized(HttpServletResponse response, String challenge) throws AuthException {
        try {
            ResponseHeadersFilter.protect(response);
            response.setHeader("WWW-Authenticate", challenge);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().write(UNAUTHORIZED.toString());
            return AuthStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw (AuthException) new AuthException("could not answer 401").initCause(e);
        }
    }

    private void handle(Callback... callbacks) throws AuthException {
        try {
            handler.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("the container refused the caller").initCause(e);
        }
    }

    @Override
    public AuthStatus secureResponse(MessageInfo messageInfo, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo messageInfo, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }
}
