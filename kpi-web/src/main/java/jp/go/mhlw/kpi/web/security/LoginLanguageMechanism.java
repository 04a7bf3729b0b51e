package jp.go.mhlw.kpi.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import jp.go.mhlw.kpi.web.view.LanguageSelector;

/**
 * Sends the language chosen in the application to the identity provider's login page ({@code ui_locales}), so that
 * a person who chose English before logging in is not asked to log in in Japanese. The mechanism's redirect is
 * built from fixed settings; only the redirect to the provider's authorization endpoint is changed.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 10)
public abstract class LoginLanguageMechanism implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Inject
    OidcSettings oidcSettings;

    @Inject
    LanguageSelector languageSelector;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Optional<Locale> chosen = chosenLanguage(request);
        if (chosen.isEmpty()) {
            return mechanism.validateRequest(request, response, context);
        }
        String language = chosen.get().getLanguage();
        String providerUri = oidcSettings.getProviderUri();
        return mechanism.validateRequest(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(withLoginLanguage(location, providerUri, language));
            }
        }, context);
    }

    /** The session's language, only where the session exists already (a login must not create one for it). */
    private Optional<Locale> chosenLanguage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.of(languageSelector.getLocale());
    }

    /** The authorization request to the provider with the login page's language; any other address unchanged. */
    static String withLoginLanguage(String location, String providerUri, String language) {
        boolean authorizationRequest = location.startsWith(providerUri) && location.contains("response_type=")
                && !location.contains("ui_locales=");
        if (!authorizationRequest) {
            return location;
        }
        return location + (location.contains("?") ? "&" : "?") + "ui_locales=" + language;
    }
}
