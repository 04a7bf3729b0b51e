package jp.go.mhlw.kpi.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page the login callback sends a user to: a screen of this application, never anywhere else. */
class LoginTargetTest {

    @Test
    void aRequestFormLinkIsRememberedWithItsQuery() {
        assertThat(LoginTarget.of("", "/report/form.xhtml", "request=42")).contains("/report/form.xhtml?request=42");
        assertThat(LoginTarget.redirectFor("", "/report/form.xhtml?request=42")).isEqualTo("/report/form.xhtml?request=42");
    }

    @Test
    void theStartPageAndTheLoginLinkAreScreensToo() {
        assertThat(LoginTarget.of("", "/", null)).contains("/");
        assertThat(LoginTarget.of("", "/login", null)).contains("/login");
    }

    @Test
    void underAContextPathTheScreenKeepsIt() {
        assertThat(LoginTarget.redirectFor("/kpi", "/kpi/supply/case.xhtml?case=7&tab=2"))
                .isEqualTo("/kpi/supply/case.xhtml?case=7&tab=2");
    }

    @Test
    void nothingRememberedMeansTheStartPage() {
        assertThat(LoginTarget.redirectFor("", null)).isEqualTo("/");
        assertThat(LoginTarget.redirectFor("/kpi", null)).isEqualTo("/kpi/");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://evil.example/report/form.xhtml",
        "http:/evil.example/x.xhtml",
        "javascript:alert(1)",
        "//evil.example/report/form.xhtml",
        "///evil.example/x.xhtml",
        "/\\evil.example/x.xhtml",
        "\\\\evil.example\\x.xhtml",
        "/report\\..\\..\\x.xhtml",
        "/%2F%2Fevil.example/x.xhtml",
        "/%5Cevil.example/x.xhtml",
        "/%252F%252Fevil.example/x.xhtml",
        "/report/%2e%2e/x.xhtml",
        "/report/../admin/users.xhtml",
        "/./report/form.xhtml",
        "/report//form.xhtml",
        "/report/form.xhtml#https://evil.example",
        "/report/form.xhtml?request=1 https://evil.example",
        "/report/form.xhtml?request=<script>",
        "/report/form.xhtml\r\nLocation: https://evil.example",
        "/\u00a0/evil.example/x.xhtml",
        "/\uff0fevil.example/x.xhtml",
        "/api/v1/cycles",
        "/callback",
        "/logout",
        "/jakarta.faces.resource/kpi.css.xhtml?ln=x",
        "/resources/kpi.css",
        "",
        "report/form.xhtml"
    })
    void anythingButAScreenOfThisApplicationIsRefused(String candidate) {
        assertThat(LoginTarget.isScreen("", candidate)).isFalse();
        assertThat(LoginTarget.redirectFor("", candidate)).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kpiother/report/form.xhtml", "/report/form.xhtml", "/kpi", "/kpi/../x.xhtml",
        "//kpi/x.xhtml", "/kpi//evil.example/x.xhtml"})
    void aPathOutsideTheContextIsRefused(String candidate) {
        assertThat(LoginTarget.redirectFor("/kpi", candidate)).isEqualTo("/kpi/");
    }

    @Test
    void anOverlongAddressIsRefused() {
        String query = "q=" + "a".repeat(LoginTarget.MAX_LENGTH);

        assertThat(LoginTarget.of("", "/report/form.xhtml", query)).isEmpty();
    }
}
