package jp.go.mhlw.kpi.web.security;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Remembers the screen a logged-out browser opens (a link in a request e-mail, say) so that the login callback can
 * send the user there. A request listener, because the server calls it before the OpenID Connect mechanism redirects
 * to the identity provider; a filter would run only after the login. The mechanism's own
 * {@code redirectToOriginalResource} replays the request at the callback, which Faces pages do not survive.
 */
@WebListener
public class LoginTargetListener implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request) || !isPageNavigation(request)) {
            return;
        }
        HttpSession existing = request.getSession(false);
        if (existing != null && existing.getAttribute(LoginTarget.LOGGED_IN) != null) {
            return;
        }
        LoginTarget.of(request.getContextPath(), request.getRequestURI(), request.getQueryString())
                .ifPresent(page -> request.getSession(true).setAttribute(LoginTarget.REQUESTED_PAGE, page));
    }

    /** A browser opening a page (not a script, stylesheet, image or API call). */
    static boolean isPageNavigation(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
    }
}
