package jp.go.mhlw.kpi.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.util.Set;

/**
 * Verifies the identity provider's access tokens: RS256 signature against the provider's published keys,
 * issuer, audience, expiry. The keys are found through the provider's discovery document and cached.
 */
public class AccessTokenVerifier {

    /** A token that does not verify; the message says why and never contains the token. */
    public static class InvalidTokenException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidTokenException(String message) {
            super(message);
        }
    }

    private final String issuer;
    private final String audience;
    private volatile ConfigurableJWTProcessor<SecurityContext> processor;

    public AccessTokenVerifier(String issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
    }

    public JWTClaimsSet verify(String token) throws InvalidTokenException {
        try {
            return processor().process(token, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("malformed token");
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("rejected token: " + e.getMessage());
        } catch (JOSEException | IOException e) {
            throw new InvalidTokenException("token could not be checked: " + e.getMessage());
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> processor() throws IOException {
        ConfigurableJWTProcessor<SecurityContext> current = processor;
        if (current == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = createProcessor();
                }
                current = processor;
            }
        }
        return current;
    }

    private ConfigurableJWTProcessor<SecurityContext> createProcessor() throws IOException {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwksUrl()).retrying(true).build();
        DefaultJWTProcessor<SecurityContext> jwtProcessor = new DefaultJWTProcessor<>();
        jwtProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        jwtProcessor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("sub", "exp", "iat", "preferred_username")));
        return jwtProcessor;
    }

    private URL jwksUrl() throws IOException {
        URL discovery = URI.create(issuer + "/.well-known/openid-configuration").toURL();
        try (InputStream in = discovery.openStream(); JsonReader reader = Json.createReader(in)) {
            JsonObject document = reader.readObject();
            return URI.create(document.getString("jwks_uri")).toURL();
        }
    }
}
