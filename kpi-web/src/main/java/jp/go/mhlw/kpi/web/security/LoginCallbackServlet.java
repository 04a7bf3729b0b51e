package jp.go.mhlw.kpi.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.go.mhlw.kpi.application.security.LoginAudit;

/**
 * The OpenID Connect redirect URI: the mechanism has logged the user in by now; the login goes into the audit
 * trail and the user to their home page.
 */
@WebServlet("/callback")
public class LoginCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LoginAudit loginAudit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() != null) {
            loginAudit.loggedIn();
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
