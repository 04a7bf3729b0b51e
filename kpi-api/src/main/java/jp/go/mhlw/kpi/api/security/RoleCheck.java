package jp.go.mhlw.kpi.api.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code @RolesAllowed} of a resource method (or its class), checked before the request's body is read: a caller
 * whose role may not call it gets 403, not an answer about the body it should not have sent (400, 413). The services
 * behind check the role again, and the organisation.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        List<String> roles = rolesOf(resource.getResourceMethod(), resource.getResourceClass());
        if (!roles.isEmpty()) {
            context.register(new RoleFilter(roles));
        }
    }

    /** The roles the method names, else those its class names; none when neither does. */
    static List<String> rolesOf(Method method, Class<?> resourceClass) {
        RolesAllowed allowed = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (allowed == null && resourceClass != null) {
            allowed = resourceClass.getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? List.of() : Arrays.asList(allowed.value());
    }

    /** Lets a request through if its caller has one of the roles. */
    @Priority(Priorities.AUTHORIZATION)
    static final class RoleFilter implements ContainerRequestFilter {

        private final List<String> roles;

        RoleFilter(List<String> roles) {
            this.roles = List.copyOf(roles);
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (roles.stream().noneMatch(request.getSecurityContext()::isUserInRole)) {
                // text, made a problem document by the API's response filter
                throw new ForbiddenException(Response.status(Response.Status.FORBIDDEN)
                        .entity("Your role does not allow this operation.").type(MediaType.TEXT_PLAIN_TYPE).build());
            }
        }
    }
}
