package jp.go.mhlw.kpi.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect settings, from MicroProfile Config: {@code kpi.oidc.provider-uri}, {@code kpi.oidc.client-id}
 * and {@code kpi.oidc.client-secret} (best given as the environment variable {@code KPI_OIDC_CLIENT_SECRET}).
 * Read by the expressions of {@link OidcLogin}.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "kpi.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "kpi.oidc.client-id", defaultValue = "kpi-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "kpi.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
