package jp.go.mhlw.kpi.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** Establishes the logged-in browser user as the request's {@link CurrentCaller}: roles as the container sees them, organisation from the ID token. */
@WebFilter("/*")
public class CallerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentCaller currentCaller;

    @Inject
    transient OpenIdContext openIdContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            Set<Role> roles = Arrays.stream(Role.values())
                    .filter(role -> request.isUserInRole(role.roleName()))
                    .collect(Collectors.toUnmodifiableSet());
            Optional<String> org = Optional.ofNullable(openIdContext.getIdentityToken())
                    .flatMap(token -> token.getJwtClaims().getStringClaim("org"));
            currentCaller.establish(new Caller(request.getUserPrincipal().getName(), roles, org));
        }
        chain.doFilter(request, response);
    }
}
