package jp.go.mhlw.kpi.web.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page a logged-out user asked for, kept in the session until the login callback sends them there. Only a screen of
 * this application qualifies: a path of plain segments ending in {@code .xhtml} (or the start page, or the login link)
 * under the application's context, with an ordinary query. Anything else (another host, {@code //host}, backslashes,
 * percent-encoded path characters, dot segments, another application on the server) is refused, so the callback is
 * never an open redirect.
 */
public final class LoginTarget {

    /** The session attribute holding the requested page (context path, path and query, as the browser sent them). */
    public static final String REQUESTED_PAGE = LoginTarget.class.getName() + ".requestedPage";

    /** Set once the user has logged in through the callback: later pages are not login targets. */
    public static final String LOGGED_IN = LoginTarget.class.getName() + ".loggedIn";

    static final int MAX_LENGTH = 2048;

    private static final Pattern SCREEN_PATH = Pattern.compile("/(login|([A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\\.xhtml)?");

    /** The characters RFC 3986 allows in a query (percent-escapes included); no space, quote, angle bracket or '#'. */
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@/?%-]*");

    private LoginTarget() {
    }

    /**
     * The page to remember for a request: its URI and query if it is a screen of the application under
     * {@code contextPath}.
     */
    public static Optional<String> of(String contextPath, String requestUri, String query) {
        if (requestUri == null) {
            return Optional.empty();
        }
        String candidate = query == null ? requestUri : requestUri + "?" + query;
        return isScreen(contextPath, candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** Where the callback sends the user: the remembered page if it is safe, otherwise the start page. */
    public static String redirectFor(String contextPath, String remembered) {
        return isScreen(contextPath, remembered) ? remembered : contextPath + "/";
    }

    static boolean isScreen(String contextPath, String candidate) {
        if (candidate == null || contextPath == null || candidate.length() > MAX_LENGTH
                || !candidate.startsWith(contextPath)) {
            return false;
        }
        String rest = candidate.substring(contextPath.length());
        int queryStart = rest.indexOf('?');
        String path = queryStart < 0 ? rest : rest.substring(0, queryStart);
        String query = queryStart < 0 ? "" : rest.substring(queryStart + 1);
        return SCREEN_PATH.matcher(path).matches() && QUERY.matcher(query).matches();
    }
}
