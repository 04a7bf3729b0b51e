package jp.go.mhlw.kpi.api.security;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Installs {@link BearerTokenAuthModule} for this web module only, configured from MicroProfile Config
 * ({@code kpi.oidc.provider-uri} as the issuer, {@code kpi.api.audience}).
 */
@WebListener
public class BearerTokenAuthInstaller implements ServletContextListener {

    private String registrationId;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        String issuer = config.getValue("kpi.oidc.provider-uri", String.class);
        String audience = config.getOptionalValue("kpi.api.audience", String.class).orElse("kpi-api");
        registrationId = AuthConfigFactory.getFactory().registerServerAuthModule(
                new BearerTokenAuthModule(new AccessTokenVerifier(issuer, audience)), event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (registrationId != null) {
            AuthConfigFactory.getFactory().removeRegistration(registrationId);
        }
    }
}
