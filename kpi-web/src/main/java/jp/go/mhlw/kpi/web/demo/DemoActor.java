package jp.go.mhlw.kpi.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import jp.go.mhlw.kpi.application.security.CurrentCaller;

/**
 * Acts in a demo user's name: a request of its own (as a screen's request would be) with the user as its
 * {@link CurrentCaller}, and the user's role for the services' role checks. Each call is one user's one step.
 */
@ApplicationScoped
public class DemoActor {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AsSecretariat secretariat;

    @Inject
    AsOfficer officer;

    @Inject
    AsHubReporter hubReporter;

    @Inject
    AsManufacturer manufacturer;

    @ActivateRequestContext
    public <T> T as(DemoUser user, Callable<T> step) throws Exception {
        currentCaller.establish(user.caller());
        return switch (user.role()) {
            case SECRETARIAT -> secretariat.call(step);
            case MINISTRY_OFFICER -> officer.call(step);
            case HUB_REPORTER -> hubReporter.call(step);
            case MANUFACTURER -> manufacturer.call(step);
            default -> throw new IllegalArgumentException("The demo does not act as " + user.role());
        };
    }
}
