package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People logged in at the same time keep their roles on every request. Before the session's groups were handed to
 * the server on each request ({@code SessionGroupsMechanism}), about one request in sixty of six sessions at once was
 * answered 403 on a page the user may open.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentSessionsIT {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final int REQUESTS_PER_SESSION = 100;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @Test
    void sixPeopleWorkingAtOnceAreNeverRefusedAPageTheirRoleMayOpen() throws Exception {
        Map<String, String> pageOfUser = Map.of(
                "officer1", "/cycle/index.xhtml",
                "secretariat1", "/cycle/index.xhtml",
                "maker-a", "/manufacturer/supply-report.xhtml",
                "maker-b", "/manufacturer/supply-report.xhtml",
                "hub-hiroshima", "/hub/index.xhtml",
                "committee1", "/committee/index.xhtml");
        List<Callable<Map<String, Integer>>> sessions = new ArrayList<>();
        for (Map.Entry<String, String> user : pageOfUser.entrySet()) {
            HttpClient browser = logIn(user.getKey());
            sessions.add(() -> answers(browser, user.getKey(), user.getValue()));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Integer>> answered = AtOnce.call(sessions.toArray(Callable[]::new));

        Map<String, Integer> all = new TreeMap<>();
        answered.forEach(answers -> answers.forEach((answer, count) -> all.merge(answer, count, Integer::sum)));
        assertThat(all).as("answers to %d requests of %d people at once", REQUESTS_PER_SESSION * pageOfUser.size(),
                pageOfUser.size()).containsOnlyKeys(pageOfUser.keySet().stream().map(user -> user + " 200").toList());
    }

    /** How often each answer came, as "user status" (a redirect names where it went). */
    private static Map<String, Integer> answers(HttpClient browser, String user, String page) throws Exception {
        Map<String, Integer> answers = new TreeMap<>();
        for (int i = 0; i < REQUESTS_PER_SESSION; i++) {
            HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + page))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
            String answer = user + " " + response.statusCode()
                    + response.headers().firstValue("Location").map(to -> " to " + to).orElse("");
            answers.merge(answer, 1, Integer::sum);
        }
        return answers;
    }

    /** A browser's cookies after the identity provider's login form, as a person logs in; redirects not followed. */
    private static HttpClient logIn(String user) throws Exception {
        CookieHandler cookies = new BrowserCookies();
        HttpClient following = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> form = following.send(HttpRequest.newBuilder(
                URI.create(TestServers.BASE_URL + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(form.body());
        assertThat(action.find()).as("the login form at %s", form.uri()).isTrue();
        String credentials = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestServers.DEMO_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> home = following.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().toString()).as("%s's home page after login", user).startsWith(TestServers.BASE_URL);
        assertThat(home.body()).as("%s's home page", user).contains("id=\"currentUser\"");
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * A browser's cookie jar, cut down to what the login needs: every cookie a host set goes back to that host. The
     * JDK's {@code CookieManager} files cookies of {@code localhost} under {@code localhost.local} and never sends them
     * back, so the identity provider would answer that its cookies are missing.
     */
    private static final class BrowserCookies extends CookieHandler {

        private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = byHost.getOrDefault(uri.getHost(), Map.of());
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ",
                    cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList())));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int equals = pair.indexOf('=');
                        if (equals > 0) {
                            byHost.computeIfAbsent(uri.getHost(), host -> new ConcurrentHashMap<>())
                                    .put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                        }
                    }
                }
            });
        }
    }
}
