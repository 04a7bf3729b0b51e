package jp.go.mhlw.kpi.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A logged-out browser's page is remembered before the login and opened after the callback. */
class LoginTargetListenerTest {

    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    private final Map<String, Object> session = new HashMap<>();
    private boolean hasSession;

    @Test
    void aLoggedOutBrowserOpeningAFormHasItRemembered() {
        open("GET", "/report/form.xhtml", "request=42", HTML);

        assertThat(session).containsEntry(LoginTarget.REQUESTED_PAGE, "/report/form.xhtml?request=42");
    }

    @Test
    void aLoggedInUsersPagesAreNotLoginTargets() {
        hasSession = true;
        session.put(LoginTarget.LOGGED_IN, Boolean.TRUE);

        open("GET", "/report/form.xhtml", "request=42", HTML);

        assertThat(session).doesNotContainKey(LoginTarget.REQUESTED_PAGE);
    }

    @Test
    void postsScriptsImagesAndOtherAddressesAreNotRemembered() {
        open("POST", "/report/form.xhtml", null, HTML);
        open("GET", "/favicon.ico", null, "image/avif,image/webp,*/*");
        open("GET", "/jakarta.faces.resource/theme.css.xhtml", "ln=primefaces-saga", "text/css,*/*;q=0.1");
        open("GET", "//evil.example/x.xhtml", null, HTML);

        assertThat(session).doesNotContainKey(LoginTarget.REQUESTED_PAGE);
        assertThat(hasSession).isFalse();
    }

    @Test
    void theCallbackSendsTheNewlyLoggedInUserToTheRememberedPageAndForgetsIt() throws Exception {
        open("GET", "/report/form.xhtml", "request=42", HTML);

        List<String> redirects = callback(true);

        assertThat(redirects).containsExactly("/report/form.xhtml?request=42");
        assertThat(session).doesNotContainKey(LoginTarget.REQUESTED_PAGE).containsEntry(LoginTarget.LOGGED_IN, true);
    }

    @Test
    void theCallbackRefusesAnUnsafeRememberedPage() throws Exception {
        hasSession = true;
        session.put(LoginTarget.REQUESTED_PAGE, "//evil.example/x.xhtml");

        assertThat(callback(true)).containsExactly("/");
    }

    @Test
    void aFailedLoginGoesToTheStartPage() throws Exception {
        open("GET", "/report/form.xhtml", "request=42", HTML);

        assertThat(callback(false)).containsExactly("/");
        assertThat(session).doesNotContainKey(LoginTarget.LOGGED_IN);
    }

    private void open(String method, String uri, String query, String accept) {
        ServletContext context = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, m, args) -> null);
        new LoginTargetListener().requestInitialized(new ServletRequestEvent(context, request(method, uri, query, accept, null)));
    }

    private List<String> callback(boolean loggedIn) throws Exception {
        List<String> redirects = new ArrayList<>();
        LoginCallbackServlet servlet = new LoginCallbackServlet();
        servlet.loginAudit = new jp.go.mhlw.kpi.application.audit.LoginAudit() {
            @Override
            public void loggedIn() {
                // the audit trail is tested with the domain
            }
        };
        Principal user = loggedIn ? () -> "hub-hiroshima" : null;
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    if (m.getName().equals("sendRedirect")) {
                        redirects.add((String) args[0]);
                    }
                    return null;
                });
        servlet.doGet(request("GET", "/callback", "code=c&state=s", HTML, user), response);
        return redirects;
    }

    private HttpServletRequest request(String method, String uri, String query, String accept, Principal user) {
        HttpSession httpSession = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getAttribute" -> session.get(args[0]);
                    case "setAttribute" -> session.put((String) args[0], args[1]);
                    case "removeAttribute" -> session.remove(args[0]);
                    default -> null;
                });
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    case "getContextPath" -> "";
                    case "getHeader" -> "Accept".equals(args[0]) ? accept : null;
                    case "getUserPrincipal" -> user;
                    case "getSession" -> {
                        boolean create = args == null || (Boolean) args[0];
                        if (create) {
                            hasSession = true;
                        }
                        yield hasSession ? httpSession : null;
                    }
                    default -> null;
                });
    }
}
