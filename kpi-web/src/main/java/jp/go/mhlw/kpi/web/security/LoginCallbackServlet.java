package jp.go.mhlw.kpi.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import jp.go.mhlw.kpi.application.audit.LoginAudit;

/**
 * The OpenID Connect redirect URI: the mechanism has logged the user in by now; the login goes into the audit
 * trail and the user to the screen they asked for before logging in ({@link LoginTargetListener}), or home.
 */
@WebServlet("/callback")
public class LoginCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LoginAudit loginAudit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String requested = null;
        if (session != null) {
            requested = (String) session.getAttribute(LoginTarget.REQUESTED_PAGE);
            session.removeAttribute(LoginTarget.REQUESTED_PAGE);
        }
        if (request.getUserPrincipal() != null) {
            loginAudit.loggedIn();
            request.getSession().setAttribute(LoginTarget.LOGGED_IN, Boolean.TRUE);
            response.sendRedirect(LoginTarget.redirectFor(request.getContextPath(), requested));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
