package jp.go.mhlw.kpi.api.security;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** The API caller, from the bearer token that {@link BearerTokenAuthModule} verified for this request. */
@RequestScoped
public class TokenCallerProducer {

    @Inject
    HttpServletRequest request;

    /** Dependent scope: a record cannot be proxied; inject it into request-scoped beans only. */
    @Produces
    Caller caller() {
        JWTClaimsSet claims = (JWTClaimsSet) request.getAttribute(BearerTokenAuthModule.CLAIMS_ATTRIBUTE);
        if (claims == null || request.getUserPrincipal() == null) {
            throw new IllegalStateException("No caller: the resource must require authentication");
        }
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> request.isUserInRole(role.roleName()))
                .collect(Collectors.toUnmodifiableSet());
        try {
            return new Caller(request.getUserPrincipal().getName(), roles,
                    Optional.ofNullable(claims.getStringClaim("org")));
        } catch (ParseException e) {
            throw new IllegalStateException("The organisation claim is not a string", e);
        }
    }
}
