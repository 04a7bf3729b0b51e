package jp.go.mhlw.kpi.domain.model.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated user behind a request: user name, platform roles and organisation code, as the identity
 * provider asserted them. Screens and the API build it from their tokens; services use it for the
 * organisation check that roles alone cannot make.
 */
public record Caller(String userName, Set<Role> roles, Optional<String> organisationCode) {

    public Caller {
        Objects.requireNonNull(userName, "userName");
        roles = Set.copyOf(roles);
        organisationCode = organisationCode.filter(code -> !code.isBlank());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** True when the caller belongs to the organisation with this code. */
    public boolean belongsTo(String code) {
        return organisationCode.map(code::equals).orElse(false);
    }
}
