package jp.go.mhlw.kpi.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** Makes the logged-in browser user available as a {@link Caller}; roles as the container sees them. */
@RequestScoped
public class CallerProducer {

    @Inject
    SecurityContext securityContext;

    @Inject
    OpenIdContext openIdContext;

    /** Dependent scope: a record cannot be proxied; inject it into request-scoped beans only. */
    @Produces
    Caller caller() {
        if (securityContext.getCallerPrincipal() == null) {
            throw new IllegalStateException("No caller: the page must require login");
        }
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> securityContext.isCallerInRole(role.roleName()))
                .collect(Collectors.toUnmodifiableSet());
        Optional<String> org = Optional.ofNullable(openIdContext.getIdentityToken())
                .flatMap(token -> token.getJwtClaims().getStringClaim("org"));
        return new Caller(securityContext.getCallerPrincipal().getName(), roles, org);
    }
}
