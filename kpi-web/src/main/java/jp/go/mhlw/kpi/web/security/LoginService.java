package jp.go.mhlw.kpi.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the login service (the OpenID provider, Keycloak) answers, so that the start page can say so instead of
 * sending visitors to an address their browser cannot reach. Asked at most every {@link #RECHECK_AFTER}: a start
 * page under load does not turn into load on the provider. Logged-in sessions do not depend on it.
 */
@Named("loginService")
@ApplicationScoped
public class LoginService {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(15);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private record Check(boolean available, Instant at) {
    }

    private final AtomicReference<Check> last = new AtomicReference<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String providerUri;
    private Clock clock = Clock.systemUTC();

    @Inject
    OidcSettings settings;

    public LoginService() {
        // for the container
    }

    LoginService(String providerUri, Clock clock) {
        this.providerUri = providerUri;
        this.clock = clock;
    }

    public boolean isAvailable() {
        Instant now = clock.instant();
        Check known = last.get();
        if (known != null && known.at().plus(RECHECK_AFTER).isAfter(now)) {
            return known.available();
        }
        boolean available = answers();
        last.set(new Check(available, now));
        return available;
    }

    private boolean answers() {
        String provider = providerUri != null ? providerUri : settings.getProviderUri();
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(provider.replaceAll("/+$", "")
                    + "/.well-known/openid-configuration")).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException | IllegalArgumentException unreachable) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
