package jp.go.mhlw.kpi.application.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.security.Caller;

/**
 * The caller of the current request, established once by the web module that authenticated it (screens from the
 * OpenID Connect login, the API from the bearer token). Application services read it for the organisation
 * checks and the audit trail; roles alone cannot say which hub or manufacturer the caller belongs to.
 */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    /** Called by the authenticating module at the start of a request; the caller cannot change afterwards. */
    public void establish(Caller authenticated) {
        Objects.requireNonNull(authenticated, "authenticated");
        if (caller != null && !caller.equals(authenticated)) {
            throw new IllegalStateException("The caller of a request cannot change");
        }
        caller = authenticated;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }

    /** The caller, or {@link NotAuthenticatedException} for an anonymous request. */
    public Caller require() {
        if (caller == null) {
            throw new NotAuthenticatedException();
        }
        return caller;
    }
}
