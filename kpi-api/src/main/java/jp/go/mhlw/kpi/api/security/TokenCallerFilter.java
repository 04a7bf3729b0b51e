package jp.go.mhlw.kpi.api.security;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** Establishes the API caller, from the bearer token that {@link BearerTokenAuthModule} verified, as the request's {@link CurrentCaller}. */
@WebFilter("/*")
public class TokenCallerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentCaller currentCaller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        JWTClaimsSet claims = (JWTClaimsSet) request.getAttribute(BearerTokenAuthModule.CLAIMS_ATTRIBUTE);
        if (claims != null && request.getUserPrincipal() != null) {
            Set<Role> roles = Arrays.stream(Role.values())
                    .filter(role -> request.isUserInRole(role.roleName()))
                    .collect(Collectors.toUnmodifiableSet());
            try {
                currentCaller.establish(new Caller(request.getUserPrincipal().getName(), roles,
                        Optional.ofNullable(claims.getStringClaim("org"))));
            } catch (ParseException e) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "The organisation claim is not a string");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
