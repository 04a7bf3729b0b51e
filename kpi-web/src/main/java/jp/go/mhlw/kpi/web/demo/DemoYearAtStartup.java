package jp.go.mhlw.kpi.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the demo's {@link LivingYear} once the application is up, when {@code kpi.demo.living-year} is true
 * (set by the run command only: never in production, nor in the tests, which count what they make themselves).
 */
@Singleton
@Startup
public class DemoYearAtStartup {

    private static final Logger LOG = Logger.getLogger(DemoYearAtStartup.class.getName());

    @Inject
    @ConfigProperty(name = "kpi.demo.living-year", defaultValue = "false")
    boolean enabled;

    @Resource
    ManagedExecutorService executor;

    @Inject
    LivingYear livingYear;

    @PostConstruct
    void start() {
        if (enabled) {
            // after deployment, as the services' flows need the engine and the job executor running
            executor.submit(this::make);
        }
    }

    private void make() {
        try {
            Thread.sleep(3_000);
            LOG.info(livingYear.make() ? "Demo: the living year is made (FY2024 in collection, supply cases)"
                    : "Demo: the living year was made before");
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (Exception failed) {
            LOG.log(Level.WARNING, "Demo: the living year could not be made completely", failed);
        }
    }
}
