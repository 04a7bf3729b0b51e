package jp.go.mhlw.kpi.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The headers a browser receives: one policy per response, no-store for pages, caching for static resources. */
class ResponseHeadersFilterTest {

    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    @Test
    void thePolicyPrimeFacesAddsForAScreenReplacesTheDefaultInsteadOfJoiningIt() throws Exception {
        FilterChain primeFaces = (request, response) -> ((HttpServletResponse) response)
                .addHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc';");

        new ResponseHeadersFilter().doFilter(request("/cycle/index.xhtml"), response(), primeFaces);

        assertThat(headers.get("Content-Security-Policy")).containsExactly("script-src 'self' 'nonce-abc';");
        assertThat(headers.get("Cache-Control")).containsExactly("no-store");
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers).containsKey("Referrer-Policy");
    }

    @Test
    void aDownloadMayRunAndLoadNothing() throws Exception {
        new ResponseHeadersFilter().doFilter(request("/supply/attachment"), response(), (request, response) -> { });

        assertThat(headers.get("Content-Security-Policy")).containsExactly(ResponseHeadersFilter.STRICT_POLICY);
        assertThat(headers.get("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void theScreensStaticResourcesStayCacheable() throws Exception {
        new ResponseHeadersFilter().doFilter(request("/jakarta.faces.resource/theme.css.xhtml"), response(),
                (request, response) -> { });

        assertThat(headers).doesNotContainKey("Cache-Control");
    }

    private static HttpServletRequest request(String servletPath) {
        return (HttpServletRequest) Proxy.newProxyInstance(ResponseHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    default -> null;
                });
    }

    /** Records setHeader as replacing and addHeader as adding, as a servlet container does. */
    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(ResponseHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) args[0], name -> new ArrayList<>())
                                .add((String) args[1]);
                        default -> {
                            // nothing else is asked of the response here
                        }
                    }
                    return null;
                });
    }
}
