package jp.go.mhlw.kpi.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Ends the application session and the identity provider's session, then returns to the start page. */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    OpenIdContext openIdContext;

    @Inject
    OidcSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endSession = null;
        String idToken = null;
        if (request.getUserPrincipal() != null) {
            endSession = openIdContext.getProviderMetadata().getString("end_session_endpoint", null);
            idToken = openIdContext.getIdentityToken().getToken(); // lets the provider skip its confirmation page
        }
        // the login lives in the session (tokens included): ending it logs out here; request.logout() would let
        // the mechanism answer the request itself before we can send the user on to the provider
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = request.getRequestURL().toString().replace(request.getServletPath(), "/");
        if (endSession == null) {
            response.sendRedirect(home);
            return;
        }
        response.sendRedirect(endSession + "?client_id=" + encode(settings.getClientId())
                + "&id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(home));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
