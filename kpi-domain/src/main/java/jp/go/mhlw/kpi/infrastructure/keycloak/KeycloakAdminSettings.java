package jp.go.mhlw.kpi.infrastructure.keycloak;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;

/**
 * Where Keycloak's admin REST API is and how the application logs in to it, from MicroProfile Config:
 * {@code kpi.keycloak.admin-url} (Keycloak's base URL, e.g. {@code https://idp.example.go.jp}),
 * {@code kpi.keycloak.realm} ({@code kpi}), {@code kpi.keycloak.admin-client-id} ({@code kpi-admin}: a confidential
 * client whose service account holds only realm-management's view-users, query-users and manage-users) and its
 * secret {@code kpi.admin.client-secret}, best given as the environment variable {@code KPI_ADMIN_CLIENT_SECRET}.
 */
record KeycloakAdminSettings(URI baseUrl, String realm, String clientId, String clientSecret) {

    static final String ADMIN_URL = "kpi.keycloak.admin-url";
    static final String REALM = "kpi.keycloak.realm";
    static final String CLIENT_ID = "kpi.keycloak.admin-client-id";
    static final String CLIENT_SECRET = "kpi.admin.client-secret";

    KeycloakAdminSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        String url = baseUrl.toString();
        if (url.endsWith("/")) {
            baseUrl = URI.create(url.substring(0, url.length() - 1));
        }
    }

    /** Reads the settings through the lookup (a MicroProfile Config); missing ones are named, the secret's value never. */
    static KeycloakAdminSettings from(Function<String, Optional<String>> lookup) {
        List<String> missing = new ArrayList<>();
        String url = value(lookup, ADMIN_URL, missing);
        String realm = lookup.apply(REALM).filter(v -> !v.isBlank()).orElse("kpi");
        String clientId = lookup.apply(CLIENT_ID).filter(v -> !v.isBlank()).orElse("kpi-admin");
        String secret = value(lookup, CLIENT_SECRET, missing);
        if (!missing.isEmpty()) {
            String names = String.join(", ", missing);
            throw new IdentityProviderException(IdentityProviderException.Reason.UNAVAILABLE, "keycloak.notConfigured",
                    names);
        }
        return new KeycloakAdminSettings(URI.create(url.strip()), realm.strip(), clientId.strip(), secret);
    }

    private static String value(Function<String, Optional<String>> lookup, String name, List<String> missing) {
        Optional<String> value = lookup.apply(name).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            missing.add(name);
        }
        return value.orElse(null);
    }

    /** Host and port only: what error messages may name. */
    String server() {
        return baseUrl.getHost() + (baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort());
    }

    @Override
    public String toString() {
        return "KeycloakAdminSettings[" + baseUrl + ", realm " + realm + ", client " + clientId + "]";
    }
}
