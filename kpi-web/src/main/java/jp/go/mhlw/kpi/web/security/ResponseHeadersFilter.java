package jp.go.mhlw.kpi.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The protective headers of every response. The Content-Security-Policy set here is the strict one for everything that
 * is not a screen (downloads, diagrams): nothing may run or load. A screen's policy, with the nonce of its scripts,
 * is set by PrimeFaces (context-param {@code primefaces.CSP_POLICY}) and replaces the one set here.
 * Screens and downloads are not stored by browsers or proxies (they show one user's data); the static resources are.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class ResponseHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private String screenPolicy = STRICT_POLICY;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(CSP, isScreen(request) ? screenPolicy : STRICT_POLICY);
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new SinglePolicy(response));
    }

    @Override
    public void init() throws ServletException {
        String configured = getServletContext().getInitParameter("primefaces.CSP_POLICY");
        screenPolicy = configured == null ? STRICT_POLICY : configured;
    }

    /**
     * A Faces page, also an error page the server forwards to: until PrimeFaces sets the policy with its nonce (it does
     * not on every error page), the screens' policy without one, so that the page keeps its stylesheets and files.
     */
    static boolean isScreen(HttpServletRequest request) {
        return request.getServletPath().endsWith(".xhtml");
    }

    /** The stylesheets, scripts and images of the screens (the same for every user, cacheable). */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** A response whose Content-Security-Policy a later one replaces: two policies would both apply. */
    static final class SinglePolicy extends HttpServletResponseWrapper {

        SinglePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
