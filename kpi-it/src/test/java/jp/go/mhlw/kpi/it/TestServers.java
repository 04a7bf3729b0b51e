package jp.go.mhlw.kpi.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Where the servers of this test run answer, as the build configured them (kpi-it/pom.xml). */
public final class TestServers {

    public static final String BASE_URL = System.getProperty("kpi.baseUrl", "http://localhost:28080");
    public static final String KEYCLOAK_URL = System.getProperty("kpi.keycloakUrl", "http://localhost:28180");
    public static final String DEMO_PASSWORD = System.getProperty("kpi.demoPassword", "kpi-demo");

    private TestServers() {
    }

    /** The EAR exactly as built by kpi-ear: the tests deploy what production runs. */
    public static EnterpriseArchive builtEar() {
        File ear = new File(System.getProperty("kpi.ear", "target/kpi.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn verify from the top): " + ear);
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
